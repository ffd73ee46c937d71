import {
  canView, decideDelegation, decideDocument, DEMO_ORGANISATION, documentQueueStep, evolveDelegation, evolveDocument, grantOf, initialDelegationState,
  initialDocumentState, RESPONSIBILITIES, signedWork, signingOptions, WHO,
  type Actor, type DelegationCommand, type DelegationGrant, type DocumentCommand, type DocumentState, type RegisteredDocument, type SigningDelegations,
} from '@office/domain';
import { delegationCmd } from '@office/domain/delegations/testing/delegation-fixtures';
import { actor, cmd, DEMO_CONTEXT, userId, vn } from '@office/domain/testing/document-fixtures';
import type { JsonObject } from '@office/event-store';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { documentSummariesProjection } from './document-summaries.projection';
import { catchUp, openHarness, type ProjectionHarness } from '../../../../apps/projector/src/testing/projection-harness';
import { appendAll, type ScenarioEvent } from '../../../../apps/projector/src/testing/scenario';
import { delegationsProjection } from '../delegations/delegations.projection';
import { OrganisationDirectory } from '../organisation/organisation-directory';
import { Sql } from '../sql/sql';
import { documentQueueActionSql, documentSigningCapacitySql, documentVisibleSql, responsibilitySql, type QueueViewer } from './document-queue';

/*
 * The turns table's two languages agree (issue 10 item 3): on real PostgreSQL, one row of
 * rm_document_summaries per state of a document's life (normal and secret, the specialist's
 * variants, submissions to the field's vice-chairman and to the chairman with a draft inside and
 * outside a delegation's scope), and rm_delegations holding a live KT., an expired one and a
 * revoked one. For every row × every demo user, the SQL's answer is compared with the TypeScript
 * function's: visibility (`documentVisibleSql` / `canView`), the queue (`documentQueueActionSql` /
 * `documentQueueStep`), each responsibility (`WHO[...].owes`) and the capacity a deputy signs in.
 */

const AT = vn('2025-05-07', '10:00');
const LIVE = '0b6f5a3e-0000-4000-8000-0000000000f1';
const EXPIRED = '0b6f5a3e-0000-4000-8000-0000000000f2';
const REVOKED = '0b6f5a3e-0000-4000-8000-0000000000f3';

const delegations: DelegationCommand[][] = [
  // The chairman's KT. to the vice-chairman for the economy: KH-DT decisions, 5–9/5 (live at AT).
  [delegationCmd.record({ delegationId: LIVE, scope: { fieldCodes: ['KH-DT'], documentTypes: ['decision'] } })],
  // To the other vice-chairman, ended on 6/5.
  [delegationCmd.record({ delegationId: EXPIRED, granteeId: userId('pho.chu.tich.vx'), validTo: '2025-05-06', scope: { fieldCodes: [] } })],
  // To the office chief, revoked on 7/5 at 08:00, before AT.
  [delegationCmd.record({ delegationId: REVOKED, granteeId: userId('chanh.vp'), scope: { fieldCodes: [] } }), delegationCmd.revoke({ delegationId: REVOKED })],
];

const toChairman = { leaderIds: [userId('chu.tich')] };
const asPlan = { ...toChairman, draft: { documentType: 'plan', excerpt: 'Kế hoạch triển khai' } };
const STAGES: Record<string, DocumentCommand[]> = {
  received: [cmd.receive()],
  returned: [cmd.receive(), cmd.distribute(), cmd.assign(), cmd.return()],
  distributed: [cmd.receive(), cmd.distribute({ forInformation: { departmentIds: [], userIds: [userId('cv.nc1')] } })],
  assigned: [cmd.receive(), cmd.distribute(), cmd.assign()],
  supplementRequested: [cmd.receive(), cmd.distribute(), cmd.assign(), cmd.requestSupplement()],
  assignedAfterSupplement: [cmd.receive(), cmd.distribute(), cmd.assign(), cmd.requestSupplement(), cmd.receiveSupplement()],
  appraisedValid: [cmd.receive(), cmd.distribute(), cmd.assign(), cmd.appraise()],
  appraisedNeedsSupplement: [cmd.receive(), cmd.distribute(), cmd.assign(), cmd.appraise({ outcome: 'needs_supplement' })],
  appraisedAfterSupplement: [cmd.receive(), cmd.distribute(), cmd.assign(), cmd.requestSupplement(), cmd.receiveSupplement(), cmd.appraise({ outcome: 'needs_supplement' })],
  submitted: [cmd.receive(), cmd.distribute(), cmd.assign(), cmd.appraise(), cmd.submit()],
  submittedToChairman: [cmd.receive(), cmd.distribute(), cmd.assign(), cmd.appraise(), cmd.submit(toChairman)],
  initialled: [cmd.receive(), cmd.distribute(), cmd.assign(), cmd.appraise(), cmd.submit(), cmd.initial()],
  initialledToChairman: [cmd.receive(), cmd.distribute(), cmd.assign(), cmd.appraise(), cmd.submit(toChairman), cmd.initial()],
  initialledPlanToChairman: [cmd.receive(), cmd.distribute(), cmd.assign(), cmd.appraise(), cmd.submit(asPlan), cmd.initial()],
  initialledToChairmanOtherField: [cmd.receive({ fieldCode: 'TC' }), cmd.distribute(), cmd.assign(), cmd.appraise(), cmd.submit(toChairman), cmd.initial()],
  signed: [cmd.receive(), cmd.distribute(), cmd.assign(), cmd.appraise(), cmd.submit(), cmd.initial(), cmd.sign()],
  issued: [cmd.receive(), cmd.distribute(), cmd.assign(), cmd.appraise(), cmd.submit(), cmd.initial(), cmd.sign(), cmd.issue()],
  archived: [cmd.receive(), cmd.distribute(), cmd.assign(), cmd.appraise(), cmd.submit(), cmd.initial(), cmd.sign(), cmd.issue(), cmd.archive()],
  sealed: [cmd.receive({ sealedForUserId: userId('cv.th1') })],
};

interface Case {
  id: string;
  name: string;
  state: RegisteredDocument;
  events: ScenarioEvent[];
}

const scenario = (stream: string, events: Array<{ type: string; data: object & { by: string } }>): ScenarioEvent[] =>
  events.map((e) => ({ stream, type: e.type, data: e.data as unknown as JsonObject, actorId: e.data.by }));

function documentCase(n: number, name: string, commands: DocumentCommand[], confidentiality: 'normal' | 'secret'): Case {
  const id = `d0c00000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
  let state: DocumentState = initialDocumentState;
  const events = commands.flatMap((command, i) => {
    const adjusted = { ...command, documentId: id, ...(i === 0 ? { incomingNumber: n, confidentiality } : {}) } as DocumentCommand;
    const out = decideDocument(adjusted, state, DEMO_CONTEXT);
    state = out.reduce(evolveDocument, state);
    return out;
  });
  return { id, name: `${name} (${confidentiality})`, state: state as RegisteredDocument, events: scenario(`document-${id}`, events) };
}

const CASES: Case[] = (['normal', 'secret'] as const).flatMap((confidentiality, c) =>
  Object.entries(STAGES).map(([name, commands], i) => documentCase(1 + c * 100 + i, name, commands, confidentiality)),
);

function delegationHistory(): { events: ScenarioEvent[]; grants: DelegationGrant[] } {
  const grants: DelegationGrant[] = [];
  const events = delegations.flatMap((commands) => {
    let state = initialDelegationState;
    const out = commands.flatMap((command) => {
      const produced = decideDelegation(command, state, { organisation: DEMO_ORGANISATION, heldByGrantor: [] });
      state = produced.reduce(evolveDelegation, state);
      return produced;
    });
    if (state.status !== 'none') grants.push(grantOf(state));
    return scenario(`delegation-${commands[0].delegationId}`, out);
  });
  return { events, grants };
}

const VIEWERS = DEMO_ORGANISATION.users.map((u) => u.username);
const queueViewer = (a: Actor): QueueViewer => ({ id: a.userId, roles: a.roles, departmentId: a.departmentId, at: AT });

describe('the turns table in SQL and in TypeScript agree on every state × viewer', () => {
  let h: ProjectionHarness;
  let grants: DelegationGrant[];
  const signingOf = (a: Actor): SigningDelegations => ({ delegations: grants.filter((g) => g.granteeId === a.userId), now: AT });
  /** One row per case for `viewer`: the expression's answer. */
  const answers = async (expression: (sql: Sql) => string): Promise<Map<string, unknown>> => {
    const sql = new Sql();
    const rows: Array<{ id: string; answer: unknown }> = await h.dataSource.query(
      `SELECT d.id, ${expression(sql)} AS answer FROM rm_document_summaries d LEFT JOIN org_fields f ON f.code = d.field_code`,
      sql.params,
    );
    return new Map(rows.map((r) => [r.id, r.answer]));
  };

  beforeAll(async () => {
    h = await openHarness();
    await new OrganisationDirectory(h.dataSource).seed(DEMO_ORGANISATION, async () => 'not-a-real-hash');
    const history = delegationHistory();
    grants = history.grants;
    await appendAll(h.store, [...history.events, ...CASES.flatMap((c) => c.events)]);
    await catchUp(h, [documentSummariesProjection, delegationsProjection], 50);
  });
  afterAll(async () => h?.close());

  it('holds every case as a row', async () => {
    const [{ count }] = await h.dataSource.query('SELECT count(*)::int AS count FROM rm_document_summaries');
    expect(count).toBe(CASES.length);
  });

  it.each(VIEWERS)('visibility: documentVisibleSql = canView for %s', async (username) => {
    const a = actor(username);
    const sql = await answers((s) => documentVisibleSql(s, queueViewer(a)));
    const mismatches = CASES.filter((c) => Boolean(sql.get(c.id)) !== canView(c.state, a, DEMO_ORGANISATION, signingOf(a))).map((c) => c.name);
    expect(mismatches).toEqual([]);
  });

  it.each(VIEWERS)('queue: documentQueueActionSql = documentQueueStep for %s', async (username) => {
    const a = actor(username);
    const sql = await answers((s) => documentQueueActionSql(s, queueViewer(a)));
    const mismatches = CASES.flatMap((c) => {
      const ts = documentQueueStep(c.state, a, DEMO_ORGANISATION, signingOf(a));
      return (sql.get(c.id) ?? null) === ts ? [] : [`${c.name}: SQL ${String(sql.get(c.id))}, TS ${String(ts)}`];
    });
    expect(mismatches).toEqual([]);
  });

  it.each(VIEWERS)('every responsibility and the deputy’s capacity agree for %s', async (username) => {
    const a = actor(username);
    const mismatches: string[] = [];
    for (const who of RESPONSIBILITIES) {
      const sql = await answers((s) => responsibilitySql(s, queueViewer(a), who));
      for (const c of CASES) {
        const ts = WHO[who].owes(c.state, a, DEMO_ORGANISATION, signingOf(a));
        if (Boolean(sql.get(c.id)) !== ts) mismatches.push(`${who} on ${c.name}: SQL ${String(sql.get(c.id))}, TS ${ts}`);
      }
    }
    const capacity = await answers((s) => documentSigningCapacitySql(s, queueViewer(a)));
    for (const c of CASES) {
      const submission = c.state.submission;
      const delegated = submission ? signingOptions(a, submission.leaderId, signedWork({ ...c.state, submission }), signingOf(a)).find((o) => o.capacity !== 'own') : undefined;
      const ts = delegated && a.userId !== submission?.leaderId ? `${delegated.capacity}. ${delegated.onBehalfOf?.title}` : null;
      if ((capacity.get(c.id) ?? null) !== ts) mismatches.push(`capacity on ${c.name}: SQL ${String(capacity.get(c.id))}, TS ${String(ts)}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('the deputy under the live KT. sees and owes the confidential decision awaiting the chairman, and nothing outside the delegation', async () => {
    const deputy = actor('pho.chu.tich.kt');
    const secret = (name: string) => CASES.find((c) => c.name === `${name} (secret)`)!;
    expect(documentQueueStep(secret('initialledToChairman').state, deputy, DEMO_ORGANISATION, signingOf(deputy))).toBe('sign');
    expect(canView(secret('initialledToChairman').state, deputy, DEMO_ORGANISATION, signingOf(deputy))).toBe(true);
    expect(canView(secret('initialledToChairman').state, deputy, DEMO_ORGANISATION)).toBe(false);
    for (const outside of ['initialledPlanToChairman', 'initialledToChairmanOtherField']) {
      expect(canView(secret(outside).state, deputy, DEMO_ORGANISATION, signingOf(deputy))).toBe(false);
    }
    const vx = actor('pho.chu.tich.vx');
    expect(canView(secret('initialledToChairman').state, vx, DEMO_ORGANISATION, signingOf(vx))).toBe(false);
    // And in SQL, as the queue, the counters and the list read it.
    const id = secret('initialledToChairman').id;
    expect((await answers((s) => documentQueueActionSql(s, queueViewer(deputy)))).get(id)).toBe('sign');
    expect((await answers((s) => documentVisibleSql(s, queueViewer(deputy)))).get(id)).toBe(true);
    expect((await answers((s) => documentSigningCapacitySql(s, queueViewer(deputy)))).get(id)).toBe('KT. CHỦ TỊCH');
  });
});
