import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@office/event-store';
import { readProjectionsStatus, type ProjectionsStatus } from '@office/read-models';
import { Gauge, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { replace } from './http-metrics';
import { METRIC_PREFIX } from './metric-names';

/**
 * Projection figures for Prometheus, read at scrape time from `projection_checkpoints`, the
 * projectors' heartbeats and the head of the log (the projector may run in another process):
 * checkpoint position, lag in events and in seconds, failed and held flags per projection.
 */
@Injectable()
export class ProjectionMetrics implements OnModuleInit {
  private readonly logger = new Logger('ProjectionMetrics');
  /** The reading in flight: a scrape collects every gauge at once, and they all share it. */
  private reading?: Promise<ProjectionsStatus | null>;

  constructor(
    private readonly registry: Registry,
    private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  onModuleInit(): void {
    const read = () => this.status();
    const perProjection = (name: string, help: string, value: (p: ProjectionsStatus['projections'][number]) => number | null) =>
      this.gauge(name, help, ['projection'], async (gauge) => {
        const status = await read();
        for (const p of status?.projections ?? []) {
          const v = value(p);
          if (v !== null) gauge.set({ projection: p.name }, v);
        }
      });
    perProjection('projection_checkpoint_position', 'Global position of the last event the projection committed with its rows', (p) => Number(p.position));
    perProjection('projection_lag_events', 'Events in the log after the projection checkpoint (counted up to 1,000,000)', (p) => p.lagEvents);
    perProjection('projection_lag_seconds', 'Seconds since the oldest event the projection has not applied was recorded (0 when caught up)', (p) => p.lagSeconds);
    perProjection('projection_failed', '1 when the projection stopped on an event it cannot apply (see /health and npm run projections -- status)', (p) => (p.status === 'failed' ? 1 : 0));
    perProjection('projection_held', '1 when a live projector process holds the projection', (p) => (p.heldBy ? 1 : 0));
    this.gauge('event_store_head_position', 'Global position of the last event readers may see', [], async (gauge) => {
      const status = await read();
      if (status) gauge.set(Number(status.head));
    });
  }

  private gauge(name: string, help: string, labelNames: string[], fill: (gauge: Gauge<string>) => Promise<void>): void {
    replace(this.registry, `${METRIC_PREFIX}${name}`, (prefixed) =>
      new Gauge({
        name: prefixed,
        help,
        labelNames,
        registers: [this.registry],
        // Every API worker reads the same database: across API_WORKERS, one reading, not their sum.
        aggregator: 'first',
        async collect() {
          this.reset();
          await fill(this);
        },
      }),
    );
  }

  /** Null when the database cannot be read: the gauges are then absent, and /health says why. */
  private status(): Promise<ProjectionsStatus | null> {
    this.reading ??= readProjectionsStatus(this.dataSource, this.store)
      .catch((error: unknown) => {
        this.logger.warn(`projection metrics unavailable: ${error instanceof Error ? error.message : String(error)}`);
        return null;
      })
      .finally(() => (this.reading = undefined));
    return this.reading;
  }
}
