import { crc32, inflateRawSync } from 'node:zlib';

export interface UnzippedEntry {
  name: string;
  data: Buffer;
}

const MAX_32 = 0xffffffff;

/**
 * Just enough of a zip reader for tests: the central directory (ZIP64 included, no encryption),
 * stored or deflated entries, each entry's CRC-32 checked. Reads the sizes from the central
 * directory, since streamed entries leave them out of the local headers.
 */
export function unzip(zip: Buffer): UnzippedEntry[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip: no end of central directory');
  let count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  if (at === MAX_32) {
    const locator = end - 20;
    if (zip.readUInt32LE(locator) !== 0x07064b50) throw new Error('ZIP64 end of central directory locator missing');
    const record = Number(zip.readBigUInt64LE(locator + 8));
    if (zip.readUInt32LE(record) !== 0x06064b50) throw new Error('ZIP64 end of central directory record missing');
    count = Number(zip.readBigUInt64LE(record + 32));
    at = Number(zip.readBigUInt64LE(record + 48));
  }
  const entries: UnzippedEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central directory entry ${i}`);
    const method = zip.readUInt16LE(at + 10);
    const checksum = zip.readUInt32LE(at + 16);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const wide = zip64Values(zip.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength));
    // The ZIP64 field holds, in this order, only the values whose header field reads 0xFFFFFFFF.
    const value = (offset: number) => (zip.readUInt32LE(at + offset) === MAX_32 ? Number(wide.shift()) : zip.readUInt32LE(at + offset));
    const size = value(24);
    const compressedSize = value(20);
    const localHeader = value(42);
    if (zip.readUInt32LE(localHeader) !== 0x04034b50) throw new Error(`${name}: no local header at ${localHeader}`);
    const dataStart = localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
    const raw = zip.subarray(dataStart, dataStart + compressedSize);
    const data = method === 0 ? Buffer.from(raw) : inflateRawSync(raw);
    if (data.length !== size) throw new Error(`${name}: ${data.length} bytes, the directory says ${size}`);
    if (crc32(data) !== checksum) throw new Error(`${name}: CRC-32 does not match`);
    entries.push({ name, data });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The 8-byte values of an extra field's ZIP64 block (tag 1), in order; none when it has no such block. */
function zip64Values(extra: Buffer): bigint[] {
  for (let at = 0; at + 4 <= extra.length; at += 4 + extra.readUInt16LE(at + 2)) {
    if (extra.readUInt16LE(at) !== 0x0001) continue;
    const values: bigint[] = [];
    for (let v = at + 4; v < at + 4 + extra.readUInt16LE(at + 2); v += 8) values.push(extra.readBigUInt64LE(v));
    return values;
  }
  return [];
}
