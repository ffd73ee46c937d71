import { hostname } from 'node:os';
import { Logger } from '@nestjs/common';
import type { AllSubscription, EventStore, RecordedEvent } from '@office/event-store';
import type { DataSource } from 'typeorm';
import type { Projection } from './projection';

export interface ProjectorOptions {
  instanceId?: string;
  heartbeatMs?: number;
  maxBatch?: number;
}

interface Tracked {
  projection: Projection;
  position: bigint;
  failed: boolean;
}

const MAX_BACKOFF_MS = 10_000;

/**
 * Runs projections from one catch-up subscription over the whole log. Each batch is applied per
 * projection in one transaction together with that projection's checkpoint, so a crash at any
 * point leaves rows and checkpoint in agreement. A projection that throws is stopped and marked
 * failed (never skipped past); the others keep running. Errors of the subscription itself make
 * the supervisor resubscribe from the committed checkpoints with backoff.
 */
export class Projector {
  readonly instanceId: string;
  private readonly logger = new Logger('Projector');
  private readonly tracked: Tracked[];
  private subscription?: AllSubscription;
  private heartbeat?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopping = false;

  constructor(
    private readonly store: EventStore,
    private readonly dataSource: DataSource,
    projections: readonly Projection[],
    private readonly options: ProjectorOptions = {},
  ) {
    this.instanceId = options.instanceId ?? `${hostname()}-${process.pid}`;
    this.tracked = projections.map((projection) => ({ projection, position: -1n, failed: false }));
  }

  async start(): Promise<void> {
    await this.loadCheckpoints();
    await this.beat();
    this.heartbeat = setInterval(() => void this.beat().catch((e) => this.logger.warn(`heartbeat failed: ${String(e)}`)), this.options.heartbeatMs ?? 5_000);
    this.running = this.supervise();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    clearInterval(this.heartbeat);
    await this.subscription?.close();
    await this.running;
    await this.dataSource.query('DELETE FROM projector_heartbeats WHERE instance_id = $1', [this.instanceId]).catch(() => undefined);
  }

  /** Positions each projection has committed, for `projectedPosition` and lag. */
  positions(): Record<string, bigint> {
    return Object.fromEntries(this.tracked.map((t) => [t.projection.name, t.position]));
  }

  private async supervise(): Promise<void> {
    let backoff = 100;
    while (!this.stopping) {
      try {
        await this.consume();
        backoff = 100;
      } catch (error) {
        if (this.stopping) break;
        this.logger.error(`subscription failed, resubscribing in ${backoff} ms: ${error instanceof Error ? error.message : String(error)}`);
        await new Promise((resolve) => setTimeout(resolve, backoff));
        backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
      }
    }
  }

  private async consume(): Promise<void> {
    const live = this.tracked.filter((t) => !t.failed);
    if (live.length === 0 && this.tracked.length > 0) return this.idle();
    const after = live.reduce((min, t) => (t.position < min ? t.position : min), live[0]?.position ?? -1n);
    this.subscription = this.store.subscribeToAll({ after: after < 0n ? undefined : after, maxBatch: this.options.maxBatch ?? 500 });
    for await (const batch of this.subscription) {
      for (const tracked of this.tracked) if (!tracked.failed) await this.applyBatch(tracked, batch);
      if (this.stopping) break;
    }
  }

  /** Every projection has failed: stay up for /health to report it, but read nothing. */
  private async idle(): Promise<void> {
    while (!this.stopping) await new Promise((resolve) => setTimeout(resolve, 500));
  }

  private async applyBatch(tracked: Tracked, batch: readonly RecordedEvent[]): Promise<void> {
    const last = batch[batch.length - 1].position;
    if (last <= tracked.position) return;
    const { projection } = tracked;
    const events = batch.filter((e) => e.position > tracked.position && projection.handles.has(e.type));
    try {
      await this.dataSource.transaction(async (tx) => {
        if (events.length > 0) await projection.apply(events, tx);
        await tx.query(`UPDATE projection_checkpoints SET position = $2, updated_at = now() WHERE name = $1`, [projection.name, last.toString()]);
      });
      tracked.position = last;
    } catch (error) {
      tracked.failed = true;
      const message = error instanceof Error ? error.message : String(error);
      const at = events[0]?.position ?? last;
      this.logger.error(`projection ${projection.name} stopped at position ${at}: ${message}`);
      await this.dataSource.query(
        `UPDATE projection_checkpoints SET status = 'failed', error = $2, failed_position = $3, updated_at = now() WHERE name = $1`,
        [projection.name, message, at.toString()],
      );
    }
  }

  private async loadCheckpoints(): Promise<void> {
    for (const tracked of this.tracked) {
      await this.dataSource.query(`INSERT INTO projection_checkpoints (name) VALUES ($1) ON CONFLICT (name) DO NOTHING`, [tracked.projection.name]);
      const [row] = await this.dataSource.query(`SELECT position, status FROM projection_checkpoints WHERE name = $1`, [tracked.projection.name]);
      tracked.position = BigInt(row.position);
      tracked.failed = row.status === 'failed';
    }
  }

  private async beat(): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO projector_heartbeats (instance_id, projections, head_position, beat_at) VALUES ($1, $2, $3, now())
       ON CONFLICT (instance_id) DO UPDATE SET projections = EXCLUDED.projections, head_position = EXCLUDED.head_position, beat_at = now()`,
      [this.instanceId, this.tracked.map((t) => t.projection.name), (await this.store.headPosition()).toString()],
    );
  }
}
