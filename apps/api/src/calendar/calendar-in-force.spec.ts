import { randomUUID } from 'node:crypto';
import { calendarSeedOf, VIETNAM_2026 } from '@office/domain';
import { createPostgresEventStore, type EventStore } from '@office/event-store';
import { afterAll, beforeAll, describe, it, jest } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { createTestDatabase } from '../../../../test/support/database';
import type { CommandContext } from '../commands/command-context';
import { CommandPipeline } from '../commands/command-pipeline';
import { CALENDAR_POLL_MS, CalendarInForce } from './calendar-in-force';
import { CalendarStreams } from './calendar-streams';

type Input = Parameters<CalendarStreams['run']>[0];

const context = (): CommandContext => ({
  actor: { userId: randomUUID(), roles: ['admin'], departmentId: null },
  actorRole: 'admin',
  now: new Date().toISOString(),
  correlationId: randomUUID(),
});

/** Two API processes on one store: one approves, the other computes with it after its next poll, with no restart. */
describe('CalendarInForce', () => {
  let store: EventStore;
  beforeAll(async () => {
    store = await createPostgresEventStore(await createTestDatabase('calendar'), { poolSize: 4 });
  });
  afterAll(() => store.close());

  const process = () => {
    const inForce = new CalendarInForce(store);
    return { inForce, streams: new CalendarStreams(new CommandPipeline(store), inForce) };
  };

  it('falls back to the shipped years, takes an approval at once in its own process and within a poll in another', async () => {
    jest.useFakeTimers({ doNotFake: ['Date', 'hrtime', 'nextTick', 'performance', 'queueMicrotask', 'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback', 'cancelIdleCallback', 'setImmediate', 'clearImmediate', 'setTimeout', 'clearTimeout'] });
    try {
      const mine = process();
      const other = process();
      await Promise.all([mine.inForce.onModuleInit(), other.inForce.onModuleInit()]);
      expect(other.inForce.current().version).toBe('VN 2025.1+2026.1+2027.0-provisional');

      const seed = calendarSeedOf(VIETNAM_2026)!;
      const run = (input: Input) => mine.streams.run(input, context());
      await run({ type: 'propose', year: 2026 } as Input);
      await run({ type: 'changeDays', year: 2026, changes: seed.changes } as Input);
      expect(mine.inForce.current().version).toBe('VN 2025.1+2026.1+2027.0-provisional'); // a draft is not in force
      await run({ type: 'approve', year: 2026, notice: seed.notice, provisional: false } as Input);
      expect(mine.inForce.current().version).toBe('VN 2025.1+2026.1+2027.0-provisional'); // version 1 of 2026 bears the shipped label
      await run({ type: 'revise', year: 2026, reason: 'Thông báo bổ sung' } as Input);
      await run({ type: 'changeDays', year: 2026, changes: [{ date: '2026-12-31', kind: 'swapped_day_off', note: 'Nghỉ hoán đổi (thử)' }] } as Input);
      await run({ type: 'approve', year: 2026, notice: seed.notice, provisional: false } as Input);
      expect(mine.inForce.current().version).toBe('VN 2025.1+2026.2+2027.0-provisional');
      expect(mine.inForce.current().isWorkingDay('2026-12-31')).toBe(false);

      expect(other.inForce.current().version).toBe('VN 2025.1+2026.1+2027.0-provisional');
      await jest.advanceTimersByTimeAsync(CALENDAR_POLL_MS);
      // The poll has started a refresh (reading the streams takes real time): wait for it, calling nothing.
      for (let i = 0; i < 100 && other.inForce.current().version.includes('2026.1'); i++) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(other.inForce.current().version).toBe('VN 2025.1+2026.2+2027.0-provisional');
      mine.inForce.onModuleDestroy();
      other.inForce.onModuleDestroy();
    } finally {
      jest.useRealTimers();
    }
  });
});
