import type { ServerResponse } from 'node:http';
import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { NOTICE_CHANNEL, NoticeQueries } from '@office/read-models';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

/** Comment lines keep proxies and browsers from closing a quiet stream. */
export const HEARTBEAT_MS = 25_000;
const MAX_BACKOFF_MS = 10_000;

/**
 * The open notice streams of this API process, by user, and the one PostgreSQL connection that
 * LISTENs on NOTICE_CHANNEL for them: the projector (any process) NOTIFYs in the transaction that
 * writes a notice, PostgreSQL delivers it at commit, and each API process pushes it to its own
 * streams of that user. The connection is opened with the first stream and kept; when it drops it
 * is opened again with backoff and every stream is told to `resync` (a notice may have passed).
 */
@Injectable()
export class NoticeStreams implements OnModuleDestroy {
  private readonly logger = new Logger('NoticeStreams');
  private readonly byUser = new Map<string, Set<ServerResponse>>();
  private client?: Client;
  private connecting?: Promise<void>;
  private heartbeat?: NodeJS.Timeout;
  private backoff = 250;
  private closed = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly notices: NoticeQueries,
  ) {}

  /** Adds a stream already answered with 200 text/event-stream; it is forgotten when the client goes. */
  async open(userId: string, stream: ServerResponse): Promise<void> {
    const streams = this.byUser.get(userId) ?? new Set<ServerResponse>();
    this.byUser.set(userId, streams);
    streams.add(stream);
    stream.on('close', () => {
      streams.delete(stream);
      if (streams.size === 0) this.byUser.delete(userId);
    });
    this.heartbeat ??= setInterval(() => this.broadcast(': nhịp\n\n'), HEARTBEAT_MS);
    await this.listen();
    send(stream, 'unread', { unread: await this.notices.unread(userId) });
  }

  /** Streams open now (tests, metrics). */
  count(): number {
    let n = 0;
    for (const streams of this.byUser.values()) n += streams.size;
    return n;
  }

  /** On shutdown: every stream ends (clients reconnect to another instance), then the listening connection. */
  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    clearInterval(this.heartbeat);
    for (const streams of this.byUser.values()) for (const stream of streams) stream.end();
    this.byUser.clear();
    await this.client?.end().catch(() => undefined);
  }

  private listen(): Promise<void> {
    if (this.client || this.closed) return Promise.resolve();
    this.connecting ??= this.connect().finally(() => (this.connecting = undefined));
    return this.connecting;
  }

  private async connect(): Promise<void> {
    const url = (this.dataSource.options as { url?: string }).url;
    const client = new Client({ connectionString: url, application_name: 'notice-streams' });
    client.on('notification', (message) => {
      if (message.channel === NOTICE_CHANNEL && message.payload) void this.deliver(message.payload);
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('connection ended')));
    try {
      await client.connect();
      await client.query(`LISTEN ${NOTICE_CHANNEL}`);
      this.client = client;
      this.backoff = 250;
    } catch (error) {
      await client.end().catch(() => undefined);
      this.retry(error);
    }
  }

  private lost(client: Client, error: unknown): void {
    if (this.client !== client) return;
    this.client = undefined;
    void client.end().catch(() => undefined);
    this.broadcast(event('resync', {}));
    this.retry(error);
  }

  private retry(error: unknown): void {
    if (this.closed || this.byUser.size === 0) return;
    this.logger.warn(`notice listener: ${error instanceof Error ? error.message : String(error)}; again in ${this.backoff} ms`);
    setTimeout(() => void this.listen(), this.backoff).unref();
    this.backoff = Math.min(this.backoff * 2, MAX_BACKOFF_MS);
  }

  private async deliver(payload: string): Promise<void> {
    try {
      const { id, userId } = JSON.parse(payload) as { id: string; userId: string };
      const streams = this.byUser.get(userId);
      if (!streams?.size) return;
      // Read back from the live table: a rebuild's copies announce nothing that is not there yet.
      const notice = await this.notices.byId(id, userId);
      if (!notice) return;
      const unread = await this.notices.unread(userId);
      for (const stream of streams) send(stream, 'notice', { notice, unread }, id);
    } catch (error) {
      this.logger.warn(`notice not pushed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private broadcast(text: string): void {
    for (const streams of this.byUser.values()) for (const stream of streams) stream.write(text);
  }
}

function event(name: string, data: unknown, id?: string): string {
  return `${id ? `id: ${id}\n` : ''}event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
}

function send(stream: ServerResponse, name: string, data: unknown, id?: string): void {
  if (!stream.writableEnded) stream.write(event(name, data, id));
}
