import { createWriteStream, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { Client, type ClientConfig } from 'pg';
import { BackupError } from './backup-error';

/** Where the server's base backup began and ended, from its own answers. */
export interface BaseBackup {
  serverVersion: string;
  systemIdentifier: string;
  timeline: number;
  startLsn: string;
  stopLsn: string;
}

/** The archive the server streams, and its manifest (JSON, a SHA-256 per file), as written into the backup folder. */
export const BASE_ARCHIVE = 'base.tar';
export const SERVER_MANIFEST = 'backup_manifest';

/**
 * Takes a base backup of the server of `url` into `outDir` (base.tar and backup_manifest), as
 * `pg_basebackup -Ft -X fetch --manifest-checksums=SHA256` would: the server's own BASE_BACKUP
 * command over a replication connection. The embedded package ships initdb, pg_ctl and postgres
 * but no pg_basebackup, and a pg_basebackup of another major version refuses the server, so the
 * command is spoken here (pg, the driver, carries the COPY stream).
 *
 * Online and consistent: the server checkpoints, copies its files while writers go on, and adds
 * to base.tar's pg_wal every WAL segment from the start of the backup to its end, which is all that
 * recovery needs to reach a consistent state. `-X stream` would ship that WAL over a second
 * connection while copying; here a temporary replication slot, held by this connection, keeps the
 * server from recycling it until the end instead, which needs no second connection.
 */
export async function takeBaseBackup(url: string, outDir: string, label: string): Promise<BaseBackup> {
  const config: ClientConfig & { replication: string } = { connectionString: url, replication: 'true' };
  const client = new Client(config);
  await client.connect();
  try {
    const versionNumber = Number(await single(client, 'SHOW server_version_num'));
    if (versionNumber < 150000) throw new BackupError(`PostgreSQL ${versionNumber} is too old for this backup: it needs 15 or later (BASE_BACKUP with a manifest and the new COPY protocol)`);
    const serverVersion = await single(client, 'SHOW server_version');
    const { rows: [system] } = await client.query<{ systemid: string; timeline: string }>('IDENTIFY_SYSTEM');
    // Dropped by the server when this connection ends, whatever happens to this process.
    await client.query(`CREATE_REPLICATION_SLOT office_ledger_backup_${process.pid} TEMPORARY PHYSICAL RESERVE_WAL`);
    const query = new BaseBackupQuery(
      `BASE_BACKUP (LABEL '${label.replace(/'/g, "''")}', CHECKPOINT 'fast', WAL true, MANIFEST 'yes', MANIFEST_CHECKSUMS 'SHA256')`,
      outDir,
    );
    client.query(query);
    const [start, stop] = await query.done;
    return { serverVersion, systemIdentifier: system.systemid, timeline: Number(start[1]), startLsn: String(start[0]), stopLsn: String(stop[0]) };
  } finally {
    await client.end();
  }
}

async function single(client: Client, command: string): Promise<string> {
  const { rows } = await client.query<Record<string, string>>(command);
  return Object.values(rows[0])[0];
}

type Row = Array<string | null>;

/**
 * BASE_BACKUP as a query the driver can submit (pg's "submittable" interface, as pg-copy-streams
 * uses): the driver hands over each message; this collects the result sets (start position, the
 * tablespaces, end position) and writes the CopyData stream to files. Since PostgreSQL 15 every
 * CopyData message starts with a type byte: `n` a new archive (name, tablespace location), `m` the
 * manifest follows, `d` bytes of the current file, `p` progress.
 */
class BaseBackupQuery {
  readonly done: Promise<[Row, Row]>;
  private settle!: { resolve(value: [Row, Row]): void; reject(error: Error): void };
  private readonly resultSets: Row[][] = [];
  private rows: Row[] = [];
  private file: WriteStream | null = null;
  private readonly closing: Array<Promise<void>> = [];
  private failure: Error | null = null;
  private pausedSocket: { resume(): void } | null = null;

  constructor(
    readonly text: string,
    private readonly outDir: string,
  ) {
    this.done = new Promise((resolve, reject) => (this.settle = { resolve, reject }));
  }

  submit(connection: { query(text: string): void }): void {
    connection.query(this.text);
  }

  handleRowDescription(): void {
    this.rows = [];
  }

  handleDataRow(message: { fields: Row }): void {
    this.rows.push(message.fields);
  }

  handleCommandComplete(): void {
    this.resultSets.push(this.rows);
    this.rows = [];
  }

  handleCopyData(message: { chunk: Buffer }, connection: { stream: NodeJS.ReadableStream & { destroy(error?: Error): void } }): void {
    if (this.failure) return;
    const { chunk } = message;
    const type = String.fromCharCode(chunk[0]);
    if (type === 'n') {
      const [name, location] = chunk.subarray(1).toString('utf8').split('\0');
      // The product creates no tablespace; one would need its own folder and link on restore.
      if (location) return this.fail(new BackupError(`the server has a tablespace in ${location}: tablespaces are not supported by this backup`), connection);
      this.openFile(name, connection);
    } else if (type === 'm') {
      this.openFile(SERVER_MANIFEST, connection);
    } else if (type === 'd') {
      // A copy: the driver's parser reuses the buffer the message points into before the write is done.
      // Backpressure: the socket waits while the disk catches up (the file drains, or is closed with what it held).
      if (this.file && !this.file.write(Buffer.from(chunk.subarray(1))) && !this.pausedSocket) {
        connection.stream.pause();
        this.pausedSocket = connection.stream;
        this.file.once('drain', () => this.resumeSocket());
      }
    }
  }

  handleError(error: Error): void {
    this.failure ??= error;
    this.finish();
  }

  handleReadyForQuery(): void {
    this.finish();
  }

  /** Never sent for BASE_BACKUP; answered as pg's own Query does, and the server's error ends the query. */
  handleCopyInResponse(connection: { sendCopyFail(message: string): void }): void {
    connection.sendCopyFail('BASE_BACKUP takes no input');
  }

  private openFile(name: string, connection: { stream: { destroy(error?: Error): void } }): void {
    if (!/^[\w.]+$/.test(name)) return this.fail(new BackupError(`unexpected archive name "${name}" from the server`), connection);
    this.closeFile();
    // `wx`: never overwrite; `flush`: on disk before the backup says it is done.
    const file = createWriteStream(join(this.outDir, name), { flags: 'wx', mode: 0o600, flush: true, highWaterMark: 1 << 20 });
    file.on('error', (error) => this.fail(error, connection));
    file.on('close', () => this.resumeSocket());
    this.file = file;
  }

  private resumeSocket(): void {
    const socket = this.pausedSocket;
    this.pausedSocket = null;
    socket?.resume();
  }

  private closeFile(): void {
    const file = this.file;
    if (!file) return;
    this.file = null;
    // 'close' comes after the flush to disk (and after an error, which fail() has recorded).
    this.closing.push(new Promise((resolve) => file.once('close', resolve).end()));
  }

  private fail(error: Error, connection?: { stream: { destroy(error?: Error): void } }): void {
    this.failure ??= error;
    // The server would go on streaming the whole cluster for nothing: cut the connection.
    connection?.stream.destroy(error);
  }

  private finish(): void {
    this.closeFile();
    void Promise.all(this.closing).then(() => {
      if (this.failure) return this.settle.reject(this.failure);
      const [start, , stop] = this.resultSets;
      if (!start?.[0] || !stop?.[0]) return this.settle.reject(new Error('BASE_BACKUP ended without its start and end positions'));
      this.settle.resolve([start[0], stop[0]]);
    });
  }
}
