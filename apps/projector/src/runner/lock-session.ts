import { LOCKS_HELD_BY_OTHERS_SQL } from '@office/read-models';
import { Client } from 'pg';

const CONNECT_TIMEOUT_MS = 5_000;

/**
 * One dedicated PostgreSQL connection that holds session-level advisory locks for as long as it
 * lives (never a pooled connection: a pool would hand the lock to whoever borrows it next). When
 * the connection breaks, PostgreSQL has released every lock: `onLost` says so at once, and the
 * owner must stop acting on what it held.
 */
export class LockSession {
  private client?: Client;
  private connecting?: Promise<Client>;

  constructor(
    private readonly url: string,
    private readonly applicationName: string,
    private readonly onLost: (reason: string) => void = () => undefined,
  ) {}

  /** Connects if needed; a failure leaves the session disconnected (try again later). */
  async connect(): Promise<void> {
    if (this.client) return;
    this.connecting ??= this.open().finally(() => (this.connecting = undefined));
    await this.connecting;
  }

  /** Takes the lock now if it is free; false if another session holds it. */
  async tryLock(space: number, key: number): Promise<boolean> {
    const [row] = await this.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1::int, $2::int) AS locked', [space, key]);
    return row.locked;
  }

  /** Waits for the lock up to `timeoutMs`; false when it did not come in time. */
  async lock(space: number, key: number, timeoutMs: number): Promise<boolean> {
    await this.query(`SET lock_timeout = ${Math.max(1, Math.round(timeoutMs))}`);
    try {
      await this.query('SELECT pg_advisory_lock($1::int, $2::int)', [space, key]);
      return true;
    } catch (error) {
      if ((error as { code?: string }).code === '55P03') return false; // lock_not_available
      throw error;
    } finally {
      if (this.client) await this.query('SET lock_timeout = 0').catch(() => undefined);
    }
  }

  async unlock(space: number, key: number): Promise<void> {
    await this.query('SELECT pg_advisory_unlock($1::int, $2::int)', [space, key]);
  }

  /** Keys of `space` that other sessions of this database hold now. */
  async heldByOthers(space: number): Promise<Set<number>> {
    const rows = await this.query<{ key: string }>(LOCKS_HELD_BY_OTHERS_SQL, [space]);
    return new Set(rows.map((r) => Number(r.key)));
  }

  /** Ends the connection cleanly: PostgreSQL releases every lock it held. */
  async close(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async open(): Promise<Client> {
    // The timeout: a connect that hangs (link cut) would hold up every later attempt to take the locks again.
    const client = new Client({ connectionString: this.url, application_name: this.applicationName, keepAlive: true, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
    const lost = (reason: string) => {
      if (this.client !== client) return;
      this.client = undefined;
      client.end().catch(() => undefined);
      this.onLost(reason);
    };
    client.on('error', (error) => lost(error.message));
    client.on('end', () => lost('connection ended'));
    try {
      await client.connect();
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    this.client = client;
    return client;
  }

  private async query<Row>(text: string, values: unknown[] = []): Promise<Row[]> {
    if (!this.client) throw new Error('lock session is not connected');
    return (await this.client.query(text, values)).rows as Row[];
  }
}
