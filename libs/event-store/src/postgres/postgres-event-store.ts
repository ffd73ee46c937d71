import { randomUUID } from 'node:crypto';
import { DatabaseError, Pool } from 'pg';
import type {
  AdapterAppendOptions, AdapterAppendResult, AdapterCapabilities, AllSubscription, ChainedEvent, EventStoreAdapter, ExpectedRevision, ReadAllOptions,
  ReadStreamOptions, RecordedEvent, StreamRead, SubscribeOptions,
} from '../event-store.port';
import { AppendSignal } from './append-signal';
import { type BatchRow, GroupCommit, type PendingAppend } from './group-commit';
import { storeError } from './postgres-errors';
import { checkedSchema, migrateSchema } from './postgres-schema';
import { postgresStatements, type PostgresStatements, type Statement } from './postgres-statements';
import { PostgresSubscription } from './postgres-subscription';
import { type EventRow, toRecordedEvent } from './row-mapping';

export interface PostgresEventStoreOptions {
  connectionString: string;
  /** Connections for appends and reads; subscriptions share one more for LISTEN. Default 10. */
  poolSize?: number;
  /** Schema holding the log; default `event_store`. */
  schema?: string;
  /** Append transactions running at once (group commit); appends arriving meanwhile share the next one. Default 4, at most the pool. */
  appendTransactions?: number;
}

/** How long opening a connection may take before the call fails as unavailable. */
const CONNECT_TIMEOUT_MS = 5_000;

/** How long an unused connection stays open. */
const IDLE_CONNECTION_MS = 300_000;

/** `append_events` and `append_batch` encode the loose expectations as negative revisions. */
const EXPECTED_CODES = { any: '-1', no_stream: '-2', exists: '-3' } as const;

function expectedCode(expected: ExpectedRevision): string {
  return typeof expected === 'bigint' ? expected.toString() : EXPECTED_CODES[expected];
}

/** An append as the group commit takes it: its events serialised once, here. */
function pending(streamId: string, events: readonly ChainedEvent[], expected: ExpectedRevision): PendingAppend {
  const payload = JSON.stringify(events.map(({ eventId, type, data, metadata }) => ({ eventId, type, data, metadata })));
  return { streamId, expected, events: payload, count: events.length };
}

/** The event store on PostgreSQL through `pg`; call `migrate()` once before use. */
export class PostgresEventStore implements EventStoreAdapter {
  /** `events.event_id` is UNIQUE across the log. */
  static readonly capabilities: AdapterCapabilities = { globalEventIdUniqueness: true };
  readonly capabilities = PostgresEventStore.capabilities;
  private readonly pool: Pool;
  private readonly schema: string;
  private readonly sql: PostgresStatements;
  private readonly signal: AppendSignal;
  private readonly subscriptions = new Set<PostgresSubscription>();
  private readonly groups: GroupCommit;
  private readonly poolSize: number;
  private readonly appendTransactions: number;
  private closing?: Promise<void>;

  constructor(options: PostgresEventStoreOptions) {
    this.schema = checkedSchema(options.schema ?? 'event_store');
    this.sql = postgresStatements(this.schema);
    // A server that does not answer (link cut) fails a call in seconds rather than holding it; keepalive finds dead idle connections.
    const connection = { connectionString: options.connectionString, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, keepAlive: true };
    this.poolSize = options.poolSize ?? 10;
    // Idle connections stay for minutes, not pg's 10 s: reopening them is what made the first appends after a pause slow.
    this.pool = new Pool({ ...connection, max: this.poolSize, idleTimeoutMillis: IDLE_CONNECTION_MS });
    // An idle connection that dies emits here; the next query opens a fresh one, so there is nothing to do.
    this.pool.on('error', () => undefined);
    this.signal = new AppendSignal(this.pool, connection, `${this.schema}_appended`, randomUUID());
    this.appendTransactions = Math.min(options.appendTransactions ?? 4, this.poolSize);
    this.groups = new GroupCommit((appends) => this.writeGroup(appends), this.appendTransactions, () => this.signal.appended());
  }

  /** Creates or upgrades the schema, then readies the connections appends use; safe to call from several processes at once. */
  async migrate(): Promise<void> {
    await migrateSchema(this.pool, this.schema);
    await this.warm();
  }

  /**
   * Opens the connections of the append transactions and a reader, and has each plan the append and
   * compile `append_batch` (an empty group writes nothing). Done later, by the first burst of appends,
   * this took hundreds of milliseconds: the subscription latency tail (README, "Group commit").
   */
  private async warm(): Promise<void> {
    // Only an optimisation: a connection that fails here is opened again, the slow way, by the first append.
    const warmOne = async () => {
      const client = await this.pool.connect();
      const ignore = () => undefined;
      client.on('error', ignore);
      const failed = await client.query({ ...this.sql.appendBatch, values: ['[]'] }).then(() => undefined, (error: unknown) => (error instanceof Error ? error : new Error(String(error))));
      client.off('error', ignore);
      client.release(failed);
    };
    await Promise.all(Array.from({ length: Math.min(this.appendTransactions + 1, this.poolSize) }, () => warmOne().catch(() => undefined)));
  }

  /** The whole log is indexed by event id, so a retry is found wherever it landed: no need to know whether the caller's expectation was loose. */
  append(streamId: string, events: readonly ChainedEvent[], expected: ExpectedRevision): Promise<AdapterAppendResult> {
    return this.groups.append(pending(streamId, events, expected));
  }

  /** Alone, one `append-and-read` statement; in a group, the group's append then the read. */
  async appendAndRead(
    streamId: string, events: readonly ChainedEvent[], expected: ExpectedRevision, _options: AdapterAppendOptions, read: StreamRead,
  ): Promise<AdapterAppendResult & { read: RecordedEvent[] }> {
    const { read: found = [], ...result } = await this.groups.append({ ...pending(streamId, events, expected), read });
    return { ...result, read: found };
  }

  /**
   * A group of one goes through the lighter `append_events` (a refusal is then raised, and GroupCommit maps it);
   * a larger one is one `append_batch` call, its JSON built from the appends' own so no event is serialised twice.
   */
  private async writeGroup(appends: readonly PendingAppend[]): Promise<BatchRow[]> {
    if (appends.length === 1) {
      const [{ streamId, expected, events, read }] = appends;
      if (read) return [await this.appendAlongside(streamId, expected, events, read)];
      const [[next, last, written]] = await this.query<[string, string, boolean]>(this.sql.append, [streamId, expectedCode(expected), events]);
      return [[next, last, written, null]];
    }
    const group = appends.map(({ streamId, expected, events }) => `{"stream":${JSON.stringify(streamId)},"expected":${expectedCode(expected)},"events":${events}}`);
    const rows = await this.query<BatchRow>(this.sql.appendBatch, [`[${group.join(',')}]`]);
    // Rare (appends arriving together): the reads follow the group's commit, so they see at least what stood when it was made.
    return Promise.all(rows.map(async (row, i): Promise<BatchRow> => {
      const read = appends[i].read;
      return read ? [row[0], row[1], row[2], row[3], await this.readStream(read.streamId, read)] : row;
    }));
  }

  /** One statement: the append's row, joined with each event of the read stream (NULLs when there is none). */
  private async appendAlongside(streamId: string, expected: ExpectedRevision, events: string, read: StreamRead): Promise<BatchRow> {
    type Row = [string, string, boolean, ...(EventRow | Array<null>)];
    const rows = await this.query<Row>(this.sql.appendAndRead, [streamId, expectedCode(expected), events, read.streamId, (read.fromRevision ?? 0n).toString()]);
    const [next, last, written, position] = rows[0];
    return [next, last, written, null, position === null ? [] : rows.map((row) => toRecordedEvent(row.slice(3) as EventRow))];
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const rows = await this.rows<EventRow>(this.sql.readStream, [streamId, (options.fromRevision ?? 0n).toString(), options.maxCount ?? null]);
    return rows.map(toRecordedEvent);
  }

  async readStreams(streamIds: readonly string[]): Promise<RecordedEvent[][]> {
    const byStream = new Map<string, RecordedEvent[]>();
    for (const row of await this.rows<EventRow>(this.sql.readStreams, [streamIds])) {
      const event = toRecordedEvent(row);
      const events = byStream.get(event.streamId);
      if (events) events.push(event);
      else byStream.set(event.streamId, [event]);
    }
    return streamIds.map((streamId) => byStream.get(streamId) ?? []);
  }

  async readLastEvent(streamId: string): Promise<RecordedEvent | null> {
    const [row] = await this.rows<EventRow>(this.sql.readLastEvent, [streamId]);
    return row ? toRecordedEvent(row) : null;
  }

  async readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    const rows = await this.rows<EventRow>(this.sql.readAll, [(options.after ?? -1n).toString(), options.maxCount]);
    return rows.map(toRecordedEvent);
  }

  async headPosition(): Promise<bigint> {
    const [[head]] = await this.rows<[string | null]>(this.sql.headPosition, []);
    return head === null ? -1n : BigInt(head);
  }

  /** Whether committed events lie past `after`, even ones the visibility bound still hides (subscriptions use it to look again soon). */
  async anyEventAfter(after: bigint): Promise<boolean> {
    const [[found]] = await this.rows<[boolean]>(this.sql.anyEventAfter, [after.toString()]);
    return found;
  }

  subscribeToAll(options: SubscribeOptions = {}): AllSubscription {
    const subscription = new PostgresSubscription(this, this.signal, options, (closed) => this.subscriptions.delete(closed));
    this.subscriptions.add(subscription);
    return subscription;
  }

  /** Ends every subscription, then the pool. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
      await this.signal.close();
      await this.pool.end();
    })();
    return this.closing;
  }

  private async rows<Row extends unknown[]>(statement: Statement, values: unknown[]): Promise<Row[]> {
    try {
      return await this.query<Row>(statement, values);
    } catch (error) {
      throw storeError(error);
    }
  }

  /** Not `pool.query`: that closes the connection after any error, even a refused append, and a new one costs milliseconds. */
  private async query<Row extends unknown[]>(statement: Statement, values: unknown[]): Promise<Row[]> {
    // Not connected: nothing was sent, so nothing can have been written.
    const client = await this.pool.connect().catch((error: unknown) => Promise.reject(storeError(error)));
    // A connection that breaks mid-query also emits 'error'; the query rejects with it, so listening is enough.
    const ignore = () => undefined;
    client.on('error', ignore);
    let broken: Error | undefined;
    try {
      return (await client.query<Row>({ ...statement, values, rowMode: 'array' })).rows;
    } catch (error) {
      if (!(error instanceof DatabaseError)) broken = error instanceof Error ? error : new Error(String(error));
      throw error;
    } finally {
      client.off('error', ignore);
      client.release(broken);
    }
  }
}
