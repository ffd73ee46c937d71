/**
 * Batches applied to several projections, each projection taking them in order on a lane of its
 * own: a projection whose writes are quick goes on folding the next batches while a slower one's
 * statement still runs on the server, so the process folds while PostgreSQL writes instead of both
 * waiting, batch after batch, for the slowest projection. A lane runs at most `ahead` batches in
 * front of the slowest (those batches stay in memory until every lane has applied them).
 */
export class Lanes<Target, Batch> {
  private readonly tails: Array<Promise<void>>;
  /** Per batch pushed and not yet awaited: every lane has applied it. */
  private readonly pending: Array<Promise<unknown>> = [];
  private failure?: { error: unknown };

  constructor(
    private readonly targets: readonly Target[],
    private readonly apply: (target: Target, batch: Batch) => Promise<void>,
    private readonly ahead: number,
  ) {
    this.tails = targets.map(() => Promise.resolve());
  }

  /** Queues the batch on every lane; waits while the batch `ahead` back is still being applied. Rejects with the first failure of any lane. */
  async push(batch: Batch): Promise<void> {
    if (this.failure) throw this.failure.error;
    // A lane that failed skips what follows (its promise chain stays rejected): nothing is applied past the failure.
    const done = this.targets.map((target, i) => (this.tails[i] = this.tails[i].then(() => this.apply(target, batch))));
    const all = Promise.all(done);
    all.catch((error: unknown) => (this.failure ??= { error })); // awaited by push or drain; meanwhile it must not go unhandled
    this.pending.push(all);
    if (this.pending.length > this.ahead) await this.pending.shift();
  }

  /** Waits until every lane has applied every batch pushed. */
  async drain(): Promise<void> {
    while (this.pending.length > 0) await this.pending.shift();
  }

  /** Waits until no lane is applying anything, whatever failed (before the tables they write are dropped). */
  async settle(): Promise<void> {
    await Promise.allSettled(this.tails);
    this.pending.length = 0;
  }
}
