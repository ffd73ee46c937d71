import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { calendarSeedOf, VIETNAM_CALENDAR_YEARS, type CalendarYear } from '@office/domain';
import type { CommandContext } from '../../commands/command-context';
import { CLOCK, type Clock } from '../../commands/request-context';
import { SYSTEM_ACTOR_ID } from '../../documents/numbering/number-reconciler';
import { CalendarInForce } from '../calendar-in-force';
import { CalendarStreams, type CalendarCommandInput } from '../calendar-streams';

/**
 * At start, the years shipped with the code (vietnam-<year>.ts) become approved versions, entered
 * through the very commands an admin uses: propose, change the days to the shipped data, approve on
 * its notice (2027 provisional). Each step has a fixed Idempotency-Key, so a restart, or several
 * processes starting together, replays instead of writing twice; a year an admin already
 * proposed is left alone.
 */
@Injectable()
export class CalendarSeed implements OnApplicationBootstrap {
  private readonly logger = new Logger('CalendarSeed');

  constructor(
    private readonly streams: CalendarStreams,
    private readonly inForce: CalendarInForce,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const year of VIETNAM_CALENDAR_YEARS) {
      await this.seed(year).catch((error: unknown) => this.logger.warn(`calendar ${year.year} not seeded (the shipped data stays in use): ${String(error)}`));
    }
    await this.inForce.refresh().catch(() => undefined);
  }

  private async seed(year: CalendarYear): Promise<void> {
    const seed = calendarSeedOf(year);
    if (!seed) return;
    const steps: Array<[string, CalendarCommandInput]> = [
      ['propose', { type: 'propose', year: year.year }],
      ...(seed.changes.length ? [['days', { type: 'changeDays', year: year.year, changes: seed.changes }] as [string, CalendarCommandInput]] : []),
      ['approve', { type: 'approve', year: year.year, notice: seed.notice, provisional: seed.provisional }],
    ];
    for (const [name, input] of steps) await this.streams.run(input, this.context(`calendar-seed-${year.year}-${name}`));
  }

  private context(key: string): CommandContext {
    return {
      actor: { userId: SYSTEM_ACTOR_ID, roles: ['admin'], departmentId: null },
      actorRole: 'system',
      now: this.clock().toISOString(),
      correlationId: key,
      idempotencyKey: key,
    };
  }
}
