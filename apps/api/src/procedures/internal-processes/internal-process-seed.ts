import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { SHIPPED_INTERNAL_PROCESSES, type Actor, type ProcedureCommand } from '@office/domain';
import type { CommandContext } from '../../commands/command-context';
import { CLOCK, type Clock } from '../../commands/request-context';
import { SYSTEM_ACTOR_ID } from '../../documents/numbering/number-reconciler';
import { ProcedureStreams } from '../procedure-streams';

/** The system keeps the catalogue's shipped entries as the secretary and approves them as the chief would, on the decision below. */
const SEED_ACTOR: Actor = { userId: SYSTEM_ACTOR_ID, roles: ['iso_secretary', 'office_chief'], departmentId: null };

/** The decision the shipped version 1 is approved on: the office's working regulation, which the process restates. */
export const SEED_DECISION_REF = 'Quy chế làm việc của Văn phòng UBND tỉnh';

/**
 * At start, the internal processes the catalogue ships — QT-VB-01 Xử lý văn bản đến (the limits of
 * DOMAIN.md §3) and QT-VB-02 Xử lý văn bản đi (issue, ND30 Art. 18.1) — enter the catalogue with
 * version 1, approved: through the very commands the ISO secretary and the office chief use, each
 * with a fixed Idempotency-Key, so a restart, or several processes starting together, replays
 * instead of writing twice (as the calendar's seed does). A process someone already registered by
 * hand is left alone (the register step refuses and the rest of that process is skipped).
 */
@Injectable()
export class InternalProcessSeed implements OnApplicationBootstrap {
  private readonly logger = new Logger('InternalProcessSeed');

  constructor(
    private readonly streams: ProcedureStreams,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const process of SHIPPED_INTERNAL_PROCESSES) {
      await this.seed(process).catch((error: unknown) => this.logger.warn(`${process.code} not seeded (documents keep version 1's limits): ${String(error)}`));
    }
  }

  private async seed({ code, name, version1 }: (typeof SHIPPED_INTERNAL_PROCESSES)[number]): Promise<void> {
    const now = this.clock().toISOString();
    const steps: Array<[string, ProcedureCommand]> = [
      ['register', { type: 'register-internal', code, name, actor: SEED_ACTOR, now }],
      ['draft-1', { type: 'draft-internal-version', code, ...version1, actor: SEED_ACTOR, now }],
      ['approve-1', { type: 'approve-version', code, version: 1, decisionRef: SEED_DECISION_REF, actor: SEED_ACTOR, now }],
    ];
    for (const [step, command] of steps) await this.streams.run(command, this.context(`internal-process-seed-${code}-${step}`, now));
  }

  private context(key: string, now: string): CommandContext {
    return { actor: SEED_ACTOR, actorRole: 'system', now, correlationId: key, idempotencyKey: key };
  }
}
