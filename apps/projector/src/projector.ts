import { hostname } from 'node:os';
import type { AllSubscription, EventStore, RecordedEvent } from '@office/event-store';
import { LOCK_SPACES, projectionLockKey, type Projection } from '@office/read-models';
import type { DataSource } from 'typeorm';
import { LockSession } from './runner/lock-session';
import { isTransient } from './runner/transient-errors';
import { nestProjectorLogger, type ProjectorLogger } from './projector-log';

export type { ProjectorLogger } from './projector-log';

export interface ProjectorOptions {
  instanceId?: string;
  heartbeatMs?: number;
  /** Largest batch read from the log at once (default 500). */
  maxBatch?: number;
  /** How often projections nobody holds are tried and swap requests of rebuilds noticed (default 1 s). */
  lockPollMs?: number;
  /** Connection string of the lock connection; default: the DataSource's. */
  databaseUrl?: string;
  logger?: ProjectorLogger;
}

interface Tracked {
  projection: Projection;
  key: number;
  /** This process holds the projection's advisory lock. */
  owned: boolean;
  /** Last position committed with the rows, as this process knows it. */
  position: bigint;
  failed: boolean;
  /** Being handed over: no new batch starts on it. */
  releasing: boolean;
  inflight?: Promise<void>;
}

/** The checkpoint is not where this process left it: another writer moved it (a takeover, a rebuild's swap). */
class FenceLost extends Error {}

/** Low enough that a projector resubscribes within 5 s of its database's return, however long it was away. */
const MAX_BACKOFF_MS = 4_000;
const ADVANCE = `UPDATE projection_checkpoints SET position = $3, updated_at = now() WHERE name = $1 AND position = $2 AND status = 'running'`;
const ADVANCE_IDLE = `UPDATE projection_checkpoints c SET position = $3, updated_at = now()
  FROM unnest($1::varchar[], $2::bigint[]) AS k(name, position)
  WHERE c.name = k.name AND c.position = k.position AND c.status = 'running' RETURNING c.name`;

/**
 * Runs projections from one catch-up subscription over the whole log.
 *
 * - Ownership: each projection is run by the one process holding its advisory lock (on a
 *   dedicated connection held for life); a standby tries every `lockPollMs` and takes over within
 *   that time when the holder dies. A rebuild asks for a projection by holding its swap-request
 *   lock: the holder finishes its batch and lets go until the rebuild has swapped.
 * - Exactly once: a projection's rows and its checkpoint change in the same transaction, which
 *   first moves the checkpoint from the position this process read (compare-and-set: it also
 *   fences off a process that lost its lock without noticing). The projections held take each
 *   batch side by side, each in its own transaction.
 * - Failure: a projection whose batch fails for a reason other than the connection is replayed
 *   event by event up to the culprit, then stopped and marked failed at that event (never skipped);
 *   the others keep running. `reset-failed` makes it try again.
 * - Supervision: any subscription or connection error resubscribes from the committed
 *   checkpoints with backoff.
 */
export class Projector {
  readonly instanceId: string;
  private readonly logger: ProjectorLogger;
  private readonly tracked: Tracked[];
  private readonly locks: LockSession;
  private subscription?: AllSubscription;
  private timers: NodeJS.Timeout[] = [];
  private running?: Promise<void>;
  private maintaining?: Promise<void>;
  private restartRequested = false;
  private wake?: () => void;
  private stopping = false;
  private registered = false;

  constructor(
    private readonly store: EventStore,
    private readonly dataSource: DataSource,
    projections: readonly Projection[],
    private readonly options: ProjectorOptions = {},
  ) {
    this.instanceId = options.instanceId ?? `${hostname()}-${process.pid}`;
    this.logger = options.logger ?? nestProjectorLogger();
    this.tracked = projections.map((projection) => ({ projection, key: projectionLockKey(projection.name), owned: false, position: -1n, failed: false, releasing: false }));
    const url = options.databaseUrl ?? (dataSource.options as { url?: string }).url;
    if (!url) throw new Error('the projector needs a connection string for its lock connection (options.databaseUrl)');
    this.locks = new LockSession(url, `${this.instanceId} locks`.slice(0, 63), (reason) => this.lockLost(reason));
  }

  /** Takes every projection that is free now, then runs. */
  async start(): Promise<void> {
    await this.maintainOnce();
    await this.beat();
    this.timers.push(setInterval(() => void this.beat().catch((e) => this.logger.warn(`heartbeat failed: ${messageOf(e)}`, { instance: this.instanceId })), this.options.heartbeatMs ?? 5_000));
    this.timers.push(setInterval(() => void this.maintain(), this.options.lockPollMs ?? 1_000));
    this.running = this.supervise();
  }

  /** Finishes the batches in flight, says goodbye, and lets go of every projection. */
  async stop(): Promise<void> {
    this.halt();
    await this.running;
    await this.maintaining;
    await Promise.all(this.tracked.map((t) => t.inflight?.catch(() => undefined)));
    await this.dataSource.query('DELETE FROM projector_heartbeats WHERE instance_id = $1', [this.instanceId]).catch(() => undefined);
    await this.locks.close();
  }

  /**
   * Stops starting anything, at once and without cleaning up: what a killed process does from the
   * database's point of view once its connections are cut (crash drills do that next).
   */
  halt(): void {
    this.stopping = true;
    for (const timer of this.timers) clearInterval(timer);
    this.timers = [];
    void this.subscription?.close();
    this.wake?.();
  }

  /** Positions each projection has committed, as this process knows them. */
  positions(): Record<string, bigint> {
    return Object.fromEntries(this.tracked.map((t) => [t.projection.name, t.position]));
  }

  /** Names of the projections this process holds now. */
  owned(): string[] {
    return this.tracked.filter((t) => t.owned).map((t) => t.projection.name);
  }

  private active(): Tracked[] {
    return this.tracked.filter((t) => t.owned && !t.failed && !t.releasing);
  }

  /* ------------------------------------------------------------ the subscription */

  private async supervise(): Promise<void> {
    let backoff = 100;
    while (!this.stopping) {
      if (this.active().length === 0) {
        await this.idle(1_000);
        continue;
      }
      try {
        await this.consume();
        backoff = 100;
      } catch (error) {
        if (this.stopping) break;
        this.logger.error(`subscription failed, resubscribing in ${backoff} ms: ${messageOf(error)}`, { instance: this.instanceId, retryInMs: backoff });
        await this.idle(backoff);
        backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
      }
    }
  }

  private async consume(): Promise<void> {
    const active = this.active();
    if (active.length === 0) return;
    const after = active.reduce((min, t) => (t.position < min ? t.position : min), active[0].position);
    this.restartRequested = false;
    const subscription = this.store.subscribeToAll({ after: after < 0n ? undefined : after, maxBatch: this.options.maxBatch ?? 500 });
    this.subscription = subscription;
    try {
      for await (const batch of subscription) {
        const targets = this.active();
        await this.applyToAll(targets, batch);
        if (this.stopping || this.restartRequested || targets.length === 0) break;
      }
    } finally {
      await subscription.close();
      if (this.subscription === subscription) this.subscription = undefined;
    }
  }

  /** Resubscribe from the lowest checkpoint (a projection joined or resumed below the others). */
  private restart(): void {
    this.restartRequested = true;
    void this.subscription?.close();
    this.wake?.();
  }

  /** Sleeps `ms`, or until `restart`/`halt` wakes it. */
  private idle(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        if (this.wake === done) this.wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }

  private inFlight(t: Tracked, work: Promise<void>): Promise<void> {
    const tracked = work.finally(() => {
      if (t.inflight === tracked) t.inflight = undefined;
    });
    t.inflight = tracked;
    return tracked;
  }

  /* ------------------------------------------------------------ applying */

  /**
   * Each projection takes the batch in its own transaction, all at once on separate connections:
   * live lag is then the slowest projection's time rather than the sum of them all, and a poison
   * event stops only its own projection.
   */
  private async applyToAll(targets: readonly Tracked[], batch: readonly RecordedEvent[]): Promise<void> {
    const last = batch[batch.length - 1].position;
    const due = targets.filter((t) => last > t.position && t.owned && !t.failed && !t.releasing);
    const work = due.map((t) => ({ t, events: batch.filter((e) => e.position > t.position && t.projection.handles.has(e.type)) }));
    // Most projections read none of a batch's events: their checkpoints move together, in one statement.
    const idle = work.filter((w) => w.events.length === 0).map((w) => w.t);
    const moved = idle.length > 0 ? this.advanceIdle(idle, last) : Promise.resolve();
    const results = await Promise.allSettled([
      ...idle.map((t) => this.inFlight(t, moved)),
      ...work.filter((w) => w.events.length > 0).map(({ t, events }) => this.inFlight(t, this.applyBatch(t, events, last))),
    ]);
    const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failure) throw failure.reason;
  }

  private async applyBatch(t: Tracked, events: readonly RecordedEvent[], last: bigint): Promise<void> {
    try {
      await this.commit(t, events, last);
    } catch (error) {
      if (error instanceof FenceLost) return this.refence(t);
      if (this.stopping || isTransient(error)) throw error;
      await this.isolate(t, events, last, error);
    }
  }

  /**
   * Moves the checkpoints of projections that had nothing to apply, compare-and-set each from the
   * position this process left it at, in one statement and one transaction instead of a transaction
   * each (a live batch of document events is read by six projections of twenty-eight: this was three
   * quarters of the runner's round trips). A checkpoint that was not where this process left it is
   * re-read, as after a failed `commit`.
   */
  private async advanceIdle(idle: readonly Tracked[], to: bigint): Promise<void> {
    const [rows] = await this.dataSource.transaction(async (tx): Promise<[Array<{ name: string }>, number]> => {
      // Asynchronous commit, as for the batches: a move lost in a crash only replays a batch that held nothing for them.
      await tx.query('SET LOCAL synchronous_commit = off');
      // TypeORM answers an UPDATE as [rows returned, rows affected].
      return tx.query(ADVANCE_IDLE, [idle.map((t) => t.projection.name), idle.map((t) => t.position.toString()), to.toString()]);
    });
    const advanced = new Set(rows.map((r) => r.name));
    for (const t of idle) if (advanced.has(t.projection.name)) t.position = to;
    await Promise.all(idle.filter((t) => !advanced.has(t.projection.name)).map((t) => this.refence(t)));
  }

  /** One transaction: move the checkpoint from where this process left it, then write the rows. */
  private async commit(t: Tracked, events: readonly RecordedEvent[], to: bigint): Promise<void> {
    const from = t.position;
    await this.dataSource.transaction(async (tx) => {
      // Read models are rebuilt from the log: a crash may lose the last few commits (rows and checkpoint together), never split them.
      await tx.query('SET LOCAL synchronous_commit = off');
      const [, moved] = await tx.query(ADVANCE, [t.projection.name, from.toString(), to.toString()]);
      if (moved !== 1) throw new FenceLost();
      if (events.length > 0) await t.projection.apply(events, tx);
    });
    t.position = to;
  }

  /** The batch failed: commit it event by event up to the one that fails, and stop there. */
  private async isolate(t: Tracked, events: readonly RecordedEvent[], last: bigint, batchError: unknown): Promise<void> {
    this.logger.warn(`projection ${t.projection.name}: a batch of ${events.length} events failed (${messageOf(batchError)}); applying them one by one`, { projection: t.projection.name, position: t.position, batchEnd: last, events: events.length });
    for (const event of events) {
      try {
        await this.commit(t, [event], event.position);
      } catch (error) {
        if (error instanceof FenceLost) return this.refence(t);
        if (this.stopping || isTransient(error)) throw error;
        return this.fail(t, event, error);
      }
    }
    await this.commit(t, [], last);
  }

  private async fail(t: Tracked, event: RecordedEvent, error: unknown): Promise<void> {
    const { name } = t.projection;
    const reason = `${event.type} (event ${event.eventId} of ${event.streamId}) at position ${event.position}: ${messageOf(error)}`;
    const [, marked] = await this.dataSource.query(
      `UPDATE projection_checkpoints SET status = 'failed', error = $2, failed_position = $3, updated_at = now() WHERE name = $1 AND position = $4`,
      [name, reason.slice(0, 2_000), event.position.toString(), t.position.toString()],
    );
    if (marked !== 1) return this.refence(t);
    t.failed = true;
    this.logger.error(`projection ${name} STOPPED, the others go on. ${reason}. Fix the cause, then: npm run projections -- reset-failed ${name}`, { projection: name, position: t.position, failedPosition: event.position, eventId: event.eventId, streamId: event.streamId });
  }

  /** Someone else moved the checkpoint: take it as it is now. */
  private async refence(t: Tracked): Promise<void> {
    this.logger.warn(`projection ${t.projection.name}: its checkpoint moved under this process; reloading it`, { projection: t.projection.name, position: t.position });
    if (t.owned) await this.adopt(t);
  }

  /* ------------------------------------------------------------ ownership */

  private maintain(): Promise<void> {
    this.maintaining ??= this.maintainOnce()
      .catch((error) => this.logger.warn(`taking projections: ${messageOf(error)}`, { instance: this.instanceId }))
      .finally(() => (this.maintaining = undefined));
    return this.maintaining;
  }

  /** Lets go of what a rebuild asks for, takes what nobody holds, resumes what was reset. */
  private async maintainOnce(): Promise<void> {
    if (this.stopping) return;
    await this.locks.connect();
    if (!this.registered) {
      await this.dataSource.query('INSERT INTO projection_checkpoints (name) SELECT unnest($1::varchar[]) ON CONFLICT (name) DO NOTHING', [this.tracked.map((t) => t.projection.name)]);
      this.registered = true;
    }
    const requested = await this.locks.heldByOthers(LOCK_SPACES.swapRequest);
    const failedOwned = this.tracked.filter((t) => t.owned && t.failed);
    const statuses = failedOwned.length > 0 ? await this.statuses(failedOwned) : new Map<string, string>();
    const taken: string[] = [];
    const heldBefore = this.owned().join();
    for (const t of this.tracked) {
      if (this.stopping) return;
      if (t.owned && requested.has(t.key)) await this.release(t, 'a rebuild swaps in its tables');
      else if (!t.owned && !requested.has(t.key) && (await this.locks.tryLock(LOCK_SPACES.projection, t.key))) taken.push(await this.adopt(t));
      else if (t.owned && t.failed && statuses.get(t.projection.name) === 'running') {
        await this.adopt(t);
        this.logger.log(`${t.projection.name} was reset: running again from position ${t.position}`, { projection: t.projection.name, position: t.position });
      }
    }
    if (taken.length > 0) this.logger.log(`${this.instanceId} runs ${taken.join(', ')}`, { instance: this.instanceId, projections: taken });
    // The heartbeat says who holds what (status, metrics): tell at once when that changed.
    if (this.owned().join() !== heldBefore && this.running) await this.beat();
  }

  /** Takes the projection as its checkpoint row says; answers how it was taken, for the log. */
  private async adopt(t: Tracked): Promise<string> {
    const [row] = await this.dataSource.query('SELECT position::text AS position, status FROM projection_checkpoints WHERE name = $1', [t.projection.name]);
    t.position = BigInt(row.position);
    t.failed = row.status === 'failed';
    t.owned = true;
    if (!t.failed) this.restart();
    return `${t.projection.name} from ${t.position}${t.failed ? ' (failed: waiting for reset-failed)' : ''}`;
  }

  private async release(t: Tracked, why: string): Promise<void> {
    t.releasing = true;
    try {
      await t.inflight?.catch(() => undefined);
      t.owned = false;
      await this.locks.unlock(LOCK_SPACES.projection, t.key);
      this.logger.log(`${this.instanceId} lets go of ${t.projection.name}: ${why}`, { instance: this.instanceId, projection: t.projection.name, position: t.position });
    } finally {
      t.releasing = false;
    }
  }

  private async statuses(tracked: readonly Tracked[]): Promise<Map<string, string>> {
    const rows: Array<{ name: string; status: string }> = await this.dataSource.query('SELECT name, status FROM projection_checkpoints WHERE name = ANY($1::varchar[])', [
      tracked.map((t) => t.projection.name),
    ]);
    return new Map(rows.map((r) => [r.name, r.status]));
  }

  /** PostgreSQL released every lock with the connection: stop acting on any of them now. */
  private lockLost(reason: string): void {
    const held = this.owned();
    for (const t of this.tracked) t.owned = false;
    if (this.stopping) return;
    this.logger.error(`lock connection lost (${reason}): stopped running ${held.join(', ') || 'nothing'}; taking them again when free`, { instance: this.instanceId, projections: held });
    this.restart();
  }

  private async beat(): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO projector_heartbeats (instance_id, projections, head_position, beat_at) VALUES ($1, $2, $3, now())
       ON CONFLICT (instance_id) DO UPDATE SET projections = EXCLUDED.projections, head_position = EXCLUDED.head_position, beat_at = now()`,
      [this.instanceId, this.owned(), (await this.store.headPosition()).toString()],
    );
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
