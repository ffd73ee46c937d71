import { createConnection, type Socket } from 'node:net';
import type { Readable } from 'node:stream';
import { formatClamdAddress, type ClamdAddress } from './clamd-address';

/** What a scan found: nothing, or the name of the signature that matched. */
export type ScanResult = { clean: true } | { clean: false; signature: string };

/** clamd cannot be reached (refused, no such socket, timed out, went away): nothing is known of the file. */
export class ScannerUnavailable extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ScannerUnavailable';
  }
}

/** clamd answered but could not scan (e.g. `INSTREAM size limit exceeded`): the file is not known clean. */
export class ScanFailed extends Error {
  constructor(readonly reply: string) {
    super(`clamd could not scan the file: ${reply}`);
    this.name = 'ScanFailed';
  }
}

export interface ClamdScannerOptions {
  /** Connecting longer than this means clamd is not there (default 5 s). */
  connectTimeoutMs?: number;
  /** No byte from or to clamd for this long ends the scan (default 60 s: a big archive takes a while). */
  idleTimeoutMs?: number;
}

/**
 * A client of clamd's own protocol (clamd(8)): `zINSTREAM`, then the bytes as chunks each after its
 * length in 4 bytes big-endian, then a zero length; clamd answers `stream: OK` or
 * `stream: <signature> FOUND`. Commands are NUL-terminated (the `z` prefix), one connection each.
 */
export class ClamdScanner {
  private readonly connectTimeoutMs: number;
  private readonly idleTimeoutMs: number;

  constructor(
    readonly address: ClamdAddress,
    options: ClamdScannerOptions = {},
  ) {
    this.connectTimeoutMs = options.connectTimeoutMs ?? 5_000;
    this.idleTimeoutMs = options.idleTimeoutMs ?? 60_000;
  }

  /** Resolves when clamd answers PONG; a ScannerUnavailable otherwise. */
  async ping(): Promise<void> {
    const reply = await this.command('zPING\0');
    if (reply !== 'PONG') throw new ScannerUnavailable(`clamd at ${this.describe()} answered "${reply}" to PING`);
  }

  /** clamd's version line, e.g. `ClamAV 1.4.6/27480/Tue Dec 1 09:12:00 2026` (engine/signatures/date). */
  version(): Promise<string> {
    return this.command('zVERSION\0');
  }

  async scan(content: Readable): Promise<ScanResult> {
    const socket = await this.connect();
    const reply = readReply(socket, this.idleTimeoutMs);
    reply.catch(() => undefined); // awaited below; a failure while still writing must not go unhandled meanwhile
    let sent = 0;
    try {
      await send(socket, Buffer.from('zINSTREAM\0'));
      for await (const chunk of content) {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
        if (bytes.length === 0) continue; // a zero length would end the stream early
        const length = Buffer.alloc(4);
        length.writeUInt32BE(bytes.length);
        socket.write(length);
        await send(socket, bytes);
        sent += bytes.length;
      }
      await send(socket, Buffer.alloc(4));
    } catch (error) {
      socket.destroy();
      if (!(error instanceof ScannerUnavailable) || sent === 0) throw error;
      return this.hungUpMidStream(error, await reply.catch(() => ''), sent);
    }
    return parseScanReply(await reply);
  }

  /**
   * clamd answers early and hangs up when the stream passes its StreamMaxLength. Its answer usually
   * arrives before our next write fails, but not always (the write's EPIPE can win the race and the
   * socket is gone before the answer is read). So: its answer if we have it; otherwise, if clamd
   * still answers PING, it refused this stream (a failed scan); if not, clamd itself went away.
   */
  private async hungUpMidStream(error: ScannerUnavailable, early: string, sent: number): Promise<ScanResult> {
    if (early) return parseScanReply(early);
    const alive = await this.ping().then(
      () => true,
      () => false,
    );
    if (!alive) throw error;
    throw new ScanFailed(`clamd stopped reading after ${sent} bytes and is still up (the stream passed its StreamMaxLength?)`);
  }

  describe(): string {
    return formatClamdAddress(this.address);
  }

  private async command(text: string): Promise<string> {
    const socket = await this.connect();
    const reply = readReply(socket, this.idleTimeoutMs);
    socket.write(text);
    return reply;
  }

  private connect(): Promise<Socket> {
    return new Promise((resolve, reject) => {
      const socket = createConnection('path' in this.address ? { path: this.address.path } : { host: this.address.host, port: this.address.port });
      const fail = (reason: string, cause?: unknown) => {
        socket.destroy();
        reject(new ScannerUnavailable(`clamd at ${this.describe()} cannot be reached: ${reason}`, { cause }));
      };
      const timer = setTimeout(() => fail(`no connection after ${this.connectTimeoutMs} ms`), this.connectTimeoutMs);
      socket.once('error', (error) => {
        clearTimeout(timer);
        fail((error as NodeJS.ErrnoException).code ?? error.message, error);
      });
      socket.once('connect', () => {
        clearTimeout(timer);
        socket.removeAllListeners('error');
        resolve(socket);
      });
    });
  }
}

/** Reads everything clamd says up to its NUL (or until it closes), as one line. */
function readReply(socket: Socket, idleTimeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    const done = () => {
      socket.destroy();
      const text = Buffer.concat(parts).toString('utf8');
      resolve(text.slice(0, text.includes('\0') ? text.indexOf('\0') : undefined).trim());
    };
    socket.setTimeout(idleTimeoutMs, () => {
      socket.destroy();
      reject(new ScannerUnavailable(`clamd went silent for ${idleTimeoutMs} ms`));
    });
    socket.on('data', (part: Buffer) => {
      parts.push(part);
      if (part.includes(0)) done();
    });
    socket.on('end', done);
    socket.on('close', done);
    socket.on('error', (error) => (parts.length ? done() : reject(new ScannerUnavailable(`clamd connection failed: ${error.message}`, { cause: error }))));
  });
}

/** Writes and waits until the bytes are handed to the system, so a fast reader never floods a slow clamd. */
function send(socket: Socket, bytes: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.write(bytes, (error) => (error ? reject(new ScannerUnavailable(`clamd stopped reading: ${error.message}`, { cause: error })) : resolve()));
  });
}

/** `stream: OK`, `stream: Eicar-Signature FOUND`, or an error line such as `INSTREAM size limit exceeded. ERROR`. */
export function parseScanReply(reply: string): ScanResult {
  if (reply === 'stream: OK') return { clean: true };
  const found = /^stream: (.+) FOUND$/.exec(reply);
  if (found) return { clean: false, signature: found[1] };
  throw new ScanFailed(reply);
}
