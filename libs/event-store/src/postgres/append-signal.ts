import { Client, type ClientConfig, type Pool } from 'pg';

/** At most one NOTIFY per this interval per process: NOTIFY takes a cluster-wide lock at commit. */
const NOTIFY_INTERVAL_MS = 10;

/**
 * Tells waiting subscriptions that the log may have grown: at once for appends made by this
 * process, through LISTEN/NOTIFY for appends of other processes. A missed signal only delays a
 * subscription until its next poll, so failures here are swallowed.
 */
export class AppendSignal {
  private sequence = 0;
  private readonly waiters = new Set<() => void>();
  private listeners = 0;
  private listener?: Client;
  private notifyTimer?: NodeJS.Timeout;
  private notifyAgain = false;
  private closed = false;
  /**
   * Asynchronous commit: a NOTIFY gives its transaction an id and a commit record, and waiting for
   * that WAL flush would compete with the appends' own. One lost in a crash costs nothing (subscribers poll).
   */
  private readonly notify: string;

  /** `channel` must be a plain identifier and `instanceId` a UUID: both go into SQL text. */
  constructor(
    private readonly pool: Pool,
    /** How the LISTEN connection is opened: the pool's own settings. */
    private readonly connection: ClientConfig,
    private readonly channel: string,
    /** Payload of our own NOTIFYs, so our LISTEN can ignore them. */
    private readonly instanceId: string,
  ) {
    this.notify = `SET LOCAL synchronous_commit = off; SELECT pg_notify('${channel}', '${instanceId}')`;
  }

  /** Changes whenever the log may have grown; read it before reading the log, pass it to `wait`. */
  get current(): number {
    return this.sequence;
  }

  /** Called after an append of this process has committed. */
  appended(): void {
    this.wake();
    this.notifyOthers();
  }

  /** Resolves when the log may have grown since `since`, after `ms`, or on `abort`, whichever comes first. */
  wait(since: number, ms: number, abort: AbortSignal): Promise<void> {
    this.listen();
    if (this.sequence !== since || abort.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        abort.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.waiters.add(done);
      abort.addEventListener('abort', done, { once: true });
    });
  }

  /** A subscription starts: keep a LISTEN connection while there is at least one. */
  acquire(): void {
    this.listeners++;
    this.listen();
  }

  release(): Promise<void> {
    this.listeners--;
    return this.listeners === 0 ? this.unlisten() : Promise.resolve();
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.notifyTimer);
    for (const done of [...this.waiters]) done();
    await this.unlisten();
  }

  private wake(): void {
    this.sequence++;
    for (const done of [...this.waiters]) done();
  }

  /** Leading edge at once, then at most one more per interval, so a burst costs two NOTIFYs, not one per append. */
  private notifyOthers(): void {
    if (this.closed) return;
    if (this.notifyTimer) {
      this.notifyAgain = true;
      return;
    }
    this.pool.query(this.notify).catch(() => undefined);
    this.notifyTimer = setTimeout(() => {
      this.notifyTimer = undefined;
      if (this.notifyAgain) {
        this.notifyAgain = false;
        this.notifyOthers();
      }
    }, NOTIFY_INTERVAL_MS);
    this.notifyTimer.unref();
  }

  /** Opens the LISTEN connection if one is needed and missing; `wait` calls it, so a lost connection comes back by the next poll. */
  private listen(): void {
    if (this.listener || this.closed || this.listeners === 0) return;
    // Its own client, not a pool connection: it is held for as long as anyone subscribes.
    const client = new Client(this.connection);
    this.listener = client;
    client.on('notification', (message) => {
      if (message.payload !== this.instanceId) this.wake();
    });
    client.on('error', () => this.drop(client));
    client
      .connect()
      .then(() => client.query(`LISTEN ${this.channel}`))
      .catch(() => this.drop(client));
  }

  private drop(client: Client): Promise<void> {
    if (this.listener === client) this.listener = undefined;
    return client.end().catch(() => undefined);
  }

  private async unlisten(): Promise<void> {
    if (this.listener) await this.drop(this.listener);
  }
}
