import { Client } from 'pg';

/** Notified in the transaction that moves org_meta's revision (applyOrganisationEvents), so delivered at its commit. */
export const ORGANISATION_CHANNEL = 'organisation_applied';

/** How soon a lost LISTEN connection is opened again; meanwhile every lookup reads org_meta, as without it. */
const RECONNECT_MS = 1_000;

/**
 * A link that dies without a word (a half-open TCP connection) would deliver no notification and
 * report no error: the connection is asked a question this often, and one not answered within
 * HEARTBEAT_TIMEOUT_MS counts as lost. That bounds how long such a link can be trusted.
 */
const HEARTBEAT_MS = 5_000;
const HEARTBEAT_TIMEOUT_MS = 2_000;

/**
 * Tells the directory whether the organisation it keeps may have changed, without asking the
 * database: a LISTEN connection on ORGANISATION_CHANNEL. `token()` is a number that moves with
 * every change notified and every time the connection is lost or not yet listening (then it is
 * null): a cached organisation read under token t is current while `token()` is still t. A lost
 * notification can only come with a lost connection, which moves the token too, so a cache is
 * never trusted across a gap.
 */
export class OrganisationChanges {
  private client?: Client;
  private listening = false;
  private generation = 0;
  private closed = false;
  private retry?: NodeJS.Timeout;
  private heartbeat?: NodeJS.Timeout;

  constructor(private readonly connectionString: string) {}

  /** Null while not listening: the caller then reads the revision each time. */
  token(): number | null {
    return this.listening ? this.generation : null;
  }

  /** This process changed the organisation: what was read before is not to be trusted after. */
  moved(): void {
    this.generation++;
  }

  start(): void {
    if (this.closed || this.client) return;
    const client = new Client({ connectionString: this.connectionString, keepAlive: true, connectionTimeoutMillis: HEARTBEAT_TIMEOUT_MS * 2 });
    this.client = client;
    client.on('notification', () => this.generation++);
    client.on('error', () => this.lose(client));
    client.on('end', () => this.lose(client));
    client
      .connect()
      .then(() => client.query(`LISTEN ${ORGANISATION_CHANNEL}`))
      .then(() => {
        if (this.client !== client) return;
        // Changes committed before LISTEN took effect were not notified: the first lookup reads the revision.
        this.generation++;
        this.listening = true;
        this.beat(client);
      })
      .catch(() => this.lose(client));
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    const client = this.client;
    this.forget();
    await client?.end().catch(() => undefined);
  }

  private beat(client: Client): void {
    this.heartbeat = setTimeout(() => {
      const unanswered = setTimeout(() => this.lose(client), HEARTBEAT_TIMEOUT_MS);
      unanswered.unref();
      client.query('SELECT 1').then(
        () => {
          clearTimeout(unanswered);
          if (this.client === client) this.beat(client);
        },
        () => {
          clearTimeout(unanswered);
          this.lose(client);
        },
      );
    }, HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  private lose(client: Client): void {
    if (this.client !== client) return;
    this.forget();
    void client.end().catch(() => undefined);
    if (this.closed) return;
    this.retry = setTimeout(() => this.start(), RECONNECT_MS);
    this.retry.unref();
  }

  private forget(): void {
    clearTimeout(this.heartbeat);
    this.client = undefined;
    this.listening = false;
    this.generation++;
  }
}
