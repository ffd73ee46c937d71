import { isSha256 } from './blob-store.port';

/**
 * Refuses a name that is not a SHA-256 before any adapter turns it into a path or a key: a name from a
 * URL could otherwise climb out of the store (`../..`) or reach an object that is not a blob.
 */
export function assertSha256(value: string): void {
  if (!isSha256(value)) throw new TypeError(`not a SHA-256 name: ${JSON.stringify(value).slice(0, 80)}`);
}

/** Refuses a byte range that names no bytes (both ends inclusive, as in HTTP `Range: bytes=start-end`). */
export function assertRange(range: { start: number; end: number }): void {
  const { start, end } = range;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end < start) {
    throw new RangeError(`not a byte range: ${start}-${end}`);
  }
}
