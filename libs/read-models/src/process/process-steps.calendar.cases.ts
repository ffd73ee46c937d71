import { randomUUID } from 'node:crypto';
import {
  calendarSeedOf, calendarYearStreamName, decideCalendarYear, dueSoonLimit, evolveCalendarYear, initialCalendarYearState, VIETNAM_2025, VIETNAM_CALENDAR,
  type CalendarYearCommand, type CalendarYearState,
} from '@office/domain';
import type { JsonObject } from '@office/event-store';
import { ApprovedCalendar, calendarInForce, setCalendarInForce } from '@office/read-models';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { processStepsProjection } from './process-steps.projection';
import { catchUp, openHarness, projectLive, resetProjection, snapshotAll, type JsonRow, type ProjectionHarness } from '../../../../apps/projector/src/testing/projection-harness';
import { appendAll, DOC, scenarioEvents } from '../../../../apps/projector/src/testing/scenario';

const TABLES = [
  { table: 'rm_process_documents', orderBy: 'document_id' },
  { table: 'rm_process_steps', orderBy: 'document_id, step' },
];
const admin = { userId: randomUUID(), roles: ['admin' as const], departmentId: null };

/** The year's commands decided by the real rules and appended to its stream, as the API's pipeline would. */
async function runCalendar(h: ProjectionHarness, commands: Array<Omit<CalendarYearCommand, 'actor' | 'now' | 'year'>>): Promise<void> {
  let state: CalendarYearState = initialCalendarYearState;
  for (const command of commands) {
    const events = decideCalendarYear({ ...command, actor: admin, now: '2025-04-20T03:00:00.000Z', year: 2025 } as CalendarYearCommand, state);
    state = events.reduce(evolveCalendarYear, state);
    await appendAll(h.store, events.map((e) => ({ stream: calendarYearStreamName(2025), type: e.type, data: e.data as unknown as JsonObject, actorId: admin.userId })));
  }
}

/**
 * Issue #17 item 3: the projector computes working-day figures with the approved calendar. A new
 * version of 2025 makes Mon 28/4 a day off; figures computed afterwards count it, the deadlines
 * stored with the documents (due days, their calendar version) keep what they were computed with.
 */
describe('process-steps.v1 with the calendar in force', () => {
  let h: ProjectionHarness;
  let calendar: ApprovedCalendar;
  let before: Record<string, JsonRow[]>;
  const step = (rows: Record<string, JsonRow[]>, documentId: string, name: string) => rows.rm_process_steps.find((r) => r.document_id === documentId && r.step === name);

  beforeAll(async () => {
    h = await openHarness();
    calendar = new ApprovedCalendar(h.store);
    calendar.onChange(setCalendarInForce);
    await calendar.refresh();
    before = await projectLive(h, processStepsProjection(), scenarioEvents(), TABLES);
  });
  afterAll(async () => {
    calendar.stop();
    // The calendar in force is the process's: the parts run after this one count with the shipped years again.
    setCalendarInForce(VIETNAM_CALENDAR);
    await h?.close();
  });

  it('counts with the shipped year until a version is approved', () => {
    expect(calendarInForce().version).toBe('VN 2025.1+2026.1+2027.0-provisional');
    expect(step(before, DOC.a, 'submit')).toMatchObject({ done_on: '2025-04-29', working_days: 4 });
    expect(step(before, DOC.c, 'distribute')).toMatchObject({ due: '2025-04-25', days_late: 2, state: 'late' });
    expect(dueSoonLimit('2025-04-26', calendarInForce())).toBe('2025-04-28');
  });

  it('follows a newly approved version for figures computed afterwards, and keeps the stored deadlines', async () => {
    const seed = calendarSeedOf(VIETNAM_2025)!;
    await runCalendar(h, [
      { type: 'propose' },
      { type: 'changeDays', changes: seed.changes },
      { type: 'approve', notice: seed.notice, provisional: false },
      { type: 'revise', reason: 'Thông báo điều chỉnh (thử)' },
      { type: 'changeDays', changes: [{ date: '2025-04-28', kind: 'swapped_day_off', note: 'Nghỉ hoán đổi (thử)' }] },
      { type: 'approve', notice: seed.notice, provisional: false },
    ] as Array<Omit<CalendarYearCommand, 'actor' | 'now' | 'year'>>);
    await calendar.refresh();
    expect(calendarInForce().version).toBe('VN 2025.2+2026.1+2027.0-provisional');
    expect(dueSoonLimit('2025-04-26', calendarInForce())).toBe('2025-04-29');

    const projection = processStepsProjection();
    await resetProjection(h, projection, ['rm_process_steps', 'rm_process_documents']);
    await catchUp(h, [projection], 1000);
    const after = await snapshotAll(h, TABLES);
    // Fri 25, Sat 26 (worked), Tue 29: Mon 28 is now off.
    expect(step(after, DOC.a, 'submit')).toMatchObject({ done_on: '2025-04-29', working_days: 3 });
    expect(step(after, DOC.c, 'distribute')).toMatchObject({ days_late: 1, state: 'late' });
    // Every due day and the version it was computed with stay as stored.
    const deadlines = (rows: Record<string, JsonRow[]>) => rows.rm_process_steps.map((r) => [r.document_id, r.step, r.due, r.calendar_version]);
    expect(deadlines(after)).toEqual(deadlines(before));
    expect(new Set(after.rm_process_steps.map((r) => r.calendar_version))).toEqual(new Set(['VN 2025.1+2026.1+2027.0-provisional']));
  });
});
