import { decideDelegation, decideDocument, evolveDelegation, evolveDocument, initialDelegationState, initialDocumentState, type DelegationCommand, type DocumentCommand } from '@office/domain';
import { CONTEXT, DELEGATION_ID, delegationCmd, grant, vn } from '@office/domain/delegations/testing/delegation-fixtures';
import { actor, cmd, DEMO_CONTEXT, DOCUMENT_ID, userId } from '@office/domain/testing/document-fixtures';
import type { JsonObject } from '@office/event-store';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import {
  applyDirectly, catchUp, openHarness, projectLive, resetProjection, snapshotAll, wholeLog, type JsonRow, type ProjectionHarness,
} from '../../../../apps/projector/src/testing/projection-harness';
import type { ScenarioEvent } from '../../../../apps/projector/src/testing/scenario';
import { DelegationQueries } from './delegation.queries';
import { delegationsProjection, signaturesProjection } from './delegations.projection';

/*
 * On real PostgreSQL: the chairman's KT. to the vice-chairman (5–9/5/2025), recorded and revoked on
 * 7/5, and a decision submitted to the chairman that the vice-chairman signs "KT. CHỦ TỊCH" on 6/5.
 */

const scenario = (events: Array<{ type: string; data: object & { by: string } }>, stream: string): ScenarioEvent[] =>
  events.map((e) => ({ stream, type: e.type, data: e.data as unknown as JsonObject, actorId: e.data.by }));

function delegationEvents(): ScenarioEvent[] {
  let state = initialDelegationState;
  return scenario(
    [delegationCmd.record(), delegationCmd.revoke()].flatMap((command: DelegationCommand) => {
      const out = decideDelegation(command, state, CONTEXT);
      state = out.reduce(evolveDelegation, state);
      return out;
    }),
    `delegation-${DELEGATION_ID}`,
  );
}

function signedDocument(): ScenarioEvent[] {
  let state = initialDocumentState;
  const context = { ...DEMO_CONTEXT, delegations: [grant()] };
  const commands: DocumentCommand[] = [
    cmd.receive(), cmd.distribute(), cmd.assign(), cmd.appraise(), cmd.submit({ leaderIds: [userId('chu.tich')] }), cmd.initial(),
    cmd.sign({ actor: actor('pho.chu.tich.kt'), capacity: 'KT' }),
  ];
  return scenario(
    commands.flatMap((command) => {
      const out = decideDocument(command, state, context);
      state = out.reduce(evolveDocument, state);
      return out;
    }),
    `document-${DOCUMENT_ID}`,
  );
}

const cases = [
  { projection: delegationsProjection, tables: [{ table: 'rm_delegations', orderBy: 'id' }], events: delegationEvents },
  { projection: signaturesProjection, tables: [{ table: 'rm_signatures', orderBy: 'document_id' }], events: signedDocument },
];

describe.each(cases)('$projection.name', ({ projection, tables, events }) => {
  let h: ProjectionHarness;
  let live: Record<string, JsonRow[]>;

  beforeAll(async () => {
    h = await openHarness();
    live = await projectLive(h, projection, events(), tables);
  });
  afterAll(async () => h?.close());

  if (projection === delegationsProjection) {
    it('keeps one row per delegation; in force within its period until revoked', async () => {
      expect(live.rm_delegations).toEqual([
        expect.objectContaining({ id: DELEGATION_ID, kind: 'KT', grantor_id: userId('chu.tich'), grantee_id: userId('pho.chu.tich.kt'), valid_from: '2025-05-05', valid_to: '2025-05-09', field_codes: ['KH-DT'], on_behalf_of_title: 'CHỦ TỊCH' }),
      ]);
      const queries = new DelegationQueries(h.dataSource);
      expect((await queries.list({ at: vn('2025-05-06'), status: 'in_force' })).map((d) => d.id)).toEqual([DELEGATION_ID]);
      expect(await queries.list({ at: vn('2025-05-07', '09:00'), status: 'in_force' })).toEqual([]);
      expect((await queries.list({ at: vn('2025-05-07', '09:00'), status: 'past' }))[0]).toMatchObject({ status: 'revoked', revocation: { reason: 'Chủ tịch đã trở lại làm việc' } });
      expect(await queries.heldBy(userId('pho.chu.tich.kt'))).toEqual([grant({ revokedAt: vn('2025-05-07', '08:00') })]);
    });
  }

  if (projection === signaturesProjection) {
    it('keeps the signature’s capacity, for whom and the delegation', () => {
      expect(live.rm_signatures).toEqual([
        expect.objectContaining({ document_id: DOCUMENT_ID, signer_id: userId('pho.chu.tich.kt'), capacity: 'KT', on_behalf_of_id: userId('chu.tich'), on_behalf_of_title: 'CHỦ TỊCH', delegation_id: DELEGATION_ID }),
      ]);
    });
  }

  it('gives the same rows when every event is applied a second time, and when rebuilt from zero', async () => {
    const log = await wholeLog(h.store);
    await applyDirectly(h, projection, log);
    expect(await snapshotAll(h, tables)).toEqual(live);
    await resetProjection(h, projection, tables.map((t) => t.table));
    await catchUp(h, [projection], 1);
    expect(await snapshotAll(h, tables)).toEqual(live);
  });
});
