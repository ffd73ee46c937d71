import { DEMO_CATALOGUE, DEMO_ORGANISATION, decideProcedure, procedureStreamName } from '@office/domain';
import type { Platform } from '@office/runtime';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { lastWritten } from '../../../../../test/support/database';
import { expect } from '../../../../../test/support/expect';
import { openMigratedPlatform } from '../../../../../test/support/test-app';
import { CommandPipeline } from '../../commands/command-pipeline';
import { PROCEDURE_FOLD } from '../procedure-streams';
import { seedDemoCatalogue } from './seed-demo-catalogue';

/** Every start seeds the demo catalogue: a restart must append nothing, a crash half-way must be finished. */
describe('seedDemoCatalogue', () => {
  let platform: Platform;
  const now = new Date('2026-03-02T02:00:00.000Z');

  beforeAll(async () => {
    platform = await openMigratedPlatform('seed_catalogue');
  });
  afterAll(async () => {
    await platform?.close();
  });

  it('finishes a procedure a crash left registered only, seeds the rest, and on the next start appends nothing', async () => {
    // The seed's own first step of one procedure, under the seed's idempotency key, as if the process died after it.
    const [first] = DEMO_CATALOGUE;
    const secretary = DEMO_ORGANISATION.users.find((user) => user.roles.includes('iso_secretary'))!;
    const actor = { userId: secretary.id, roles: secretary.roles, departmentId: secretary.departmentId };
    const key = `demo-catalogue-${first.code}-register`;
    const organisation = await platform.directory.organisation();
    await new CommandPipeline(platform.eventStore).handle(procedureStreamName(first.code), PROCEDURE_FOLD,
      { actor, actorRole: 'iso_secretary', now: now.toISOString(), correlationId: key, idempotencyKey: key },
      (state) => decideProcedure({ type: 'register', code: first.code, name: first.name, fieldCode: first.fieldCode, actor, now: now.toISOString() }, state, { organisation }),
      { command: 'register' });

    const seeded = await seedDemoCatalogue(platform, now, () => undefined);
    expect(seeded).toEqual({ seeded: DEMO_CATALOGUE.length, refused: [] });
    expect((await platform.eventStore.readStream(procedureStreamName(first.code))).map((event) => event.type))
      .toEqual(['ProcedureRegistered', 'ProcedureVersionDrafted', 'ProcedureVersionApproved']);

    const head = await lastWritten(platform.dataSource);
    expect(await seedDemoCatalogue(platform, now, () => undefined)).toEqual({ seeded: 0, refused: [] });
    expect(await lastWritten(platform.dataSource)).toBe(head);
  });
});
