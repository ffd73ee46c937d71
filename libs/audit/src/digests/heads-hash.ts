import { createHash, type Hash } from 'node:crypto';

/** A stream's last event at some position. */
export interface StreamHead {
  streamId: string;
  revision: bigint;
  hash: string;
}

/**
 * Orders stream ids by Unicode code point, which is the byte order of their UTF-8 (what
 * PostgreSQL's `COLLATE "C"` gives), so that SQL and JavaScript hash the heads in the same order.
 */
export function compareStreamIds(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const xs = x >= 0xd800 && x <= 0xdfff;
    const ys = y >= 0xd800 && y <= 0xdfff;
    // A surrogate stands for a code point above U+FFFF: above any other UTF-16 unit.
    if (xs !== ys) return xs ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}

/** SHA-256 over `<streamId>:<revision>:<hash>\n` lines, fed in stream-id order (checked). */
export class HeadsHasher {
  private readonly sha: Hash = createHash('sha256');
  private last: string | undefined;
  count = 0;

  add(head: StreamHead): void {
    if (this.last !== undefined && compareStreamIds(this.last, head.streamId) >= 0) {
      throw new Error(`stream heads must be hashed in stream-id order: "${head.streamId}" after "${this.last}"`);
    }
    this.last = head.streamId;
    this.count++;
    this.sha.update(`${head.streamId}:${head.revision}:${head.hash}\n`);
  }

  digest(): string {
    return this.sha.digest('hex');
  }
}

/** The heads hash of a set of heads held in memory (the verifier's walk of the log). */
export function headsHashOf(heads: ReadonlyMap<string, { revision: bigint; hash: string }>): { hash: string; streams: number } {
  const hasher = new HeadsHasher();
  for (const streamId of [...heads.keys()].sort(compareStreamIds)) {
    const head = heads.get(streamId)!;
    hasher.add({ streamId, revision: head.revision, hash: head.hash });
  }
  return { hash: hasher.digest(), streams: hasher.count };
}
