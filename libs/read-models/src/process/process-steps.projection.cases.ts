import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { processStepsProjection } from './process-steps.projection';
import { applyDirectly, catchUp, openHarness, projectLive, resetProjection, snapshotAll, wholeLog, type JsonRow, type ProjectionHarness } from '../../../../apps/projector/src/testing/projection-harness';
import { DOC, scenarioEvents } from '../../../../apps/projector/src/testing/scenario';

const TABLES = [
  { table: 'rm_process_documents', orderBy: 'document_id' },
  { table: 'rm_process_steps', orderBy: 'document_id, step' },
];
const projection = processStepsProjection();

describe('process-steps.v1', () => {
  let h: ProjectionHarness;
  let live: Record<string, JsonRow[]>;
  const step = (documentId: string, name: string) => live.rm_process_steps.find((r) => r.document_id === documentId && r.step === name);

  beforeAll(async () => {
    h = await openHarness();
    live = await projectLive(h, projection, scenarioEvents(), TABLES);
  });
  afterAll(async () => h?.close());

  it('records each applicable step with start, due day, completion and working days (VIETNAM_CALENDAR)', () => {
    // Received Thu 24/4/2025, distributed the same day: 0 working days, on time.
    expect(step(DOC.a, 'distribute')).toMatchObject({ started_on: '2025-04-24', due: '2025-04-25', done_on: '2025-04-24', state: 'on_time', working_days: 0, days_late: 0 });
    // Submitted Tue 29/4: Fri 25, Sat 26 (worked in 2025), Mon 28, Tue 29 = 4 working days.
    expect(step(DOC.a, 'submit')).toMatchObject({ done_on: '2025-04-29', working_days: 4, state: 'on_time' });
    // Signed and issued Tue 6/5; the leader clock ran from distribution (24/4) to issue, due moved to 30/5.
    expect(step(DOC.a, 'issue')).toMatchObject({ started_on: '2025-05-06', done_on: '2025-05-06', working_days: 0 });
    expect(step(DOC.a, 'leader')).toMatchObject({ started_on: '2025-04-24', due: '2025-05-30', state: 'on_time' });
    // No supplement for a dossier found valid at once.
    expect(step(DOC.a, 'supplement')).toBeUndefined();
  });

  it('restarts the submit clock at the supplement, and keeps the supplement step', () => {
    expect(step(DOC.b, 'supplement')).toMatchObject({ started_on: '2025-04-24', done_on: '2025-04-25', state: 'on_time', working_days: 1 });
    expect(step(DOC.b, 'submit')).toMatchObject({ started_on: '2025-05-06', due: '2025-05-13', done_on: '2025-05-08', state: 'on_time' });
  });

  it('leaves open steps pending, without working days', () => {
    expect(step(DOC.d, 'distribute')).toMatchObject({ state: 'pending', done_at: null, working_days: null, days_late: null, urgency: 'urgent' });
    // Confidential C: distributed on Mon 28/4 although due Fri 25/4 (received Thu 24/4): 2 working days late (Sat 26 worked, Mon 28).
    expect(step(DOC.c, 'distribute')).toMatchObject({ state: 'late', days_late: 2, restricted: true });
  });

  it('gives the same rows when every event is applied a second time', async () => {
    const log = await wholeLog(h.store);
    await applyDirectly(h, projection, log);
    await applyDirectly(h, projection, log.slice(10, 40));
    expect(await snapshotAll(h, TABLES)).toEqual(live);
  });

  it('rebuilds from zero in one big batch to exactly the rows built live', async () => {
    await resetProjection(h, projection, ['rm_process_steps', 'rm_process_documents']);
    await catchUp(h, [projection], 1000);
    expect(await snapshotAll(h, TABLES)).toEqual(live);
  });
});
