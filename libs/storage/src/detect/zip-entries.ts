import type { ByteSource } from './byte-source';

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
/** The end record is 22 bytes plus a comment of at most 65,535. */
const END_SEARCH = 22 + 0xffff;

export interface ZipEntry {
  name: string;
  /** 0 = stored (uncompressed), 8 = deflated. */
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

/**
 * A ZIP's entries, from the central directory when the end of the file is there (the authoritative
 * list), else by walking the local headers from the start (when only the head of a file is at hand).
 */
export async function zipEntries(source: ByteSource): Promise<ZipEntry[]> {
  return (await centralDirectory(source)) ?? localHeaders(await source.read(0, 64 * 1024));
}

/** The bytes of a stored (uncompressed) entry, at most `limit` of them; null for a compressed one. */
export async function storedEntryBytes(source: ByteSource, entry: ZipEntry, limit: number): Promise<Buffer | null> {
  if (entry.method !== 0) return null;
  const header = await source.read(entry.localHeaderOffset, 30);
  if (header.length < 30 || header.readUInt32LE(0) !== LOCAL_HEADER) return null;
  const dataOffset = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  return source.read(dataOffset, Math.min(entry.compressedSize, limit));
}

async function centralDirectory(source: ByteSource): Promise<ZipEntry[] | null> {
  const tailStart = Math.max(0, source.size - END_SEARCH);
  const tail = await source.read(tailStart, source.size - tailStart);
  for (let at = tail.length - 22; at >= 0; at--) {
    if (tail.readUInt32LE(at) !== END_OF_CENTRAL_DIRECTORY) continue;
    const size = tail.readUInt32LE(at + 12);
    const offset = tail.readUInt32LE(at + 16);
    // ZIP64 (0xFFFFFFFF) or a directory that does not fit: not for us, the local headers will tell.
    if (offset + size > tailStart + at) return null;
    return parseCentralDirectory(await source.read(offset, size));
  }
  return null;
}

function parseCentralDirectory(bytes: Buffer): ZipEntry[] {
  const entries: ZipEntry[] = [];
  for (let at = 0; at + 46 <= bytes.length && bytes.readUInt32LE(at) === CENTRAL_HEADER; ) {
    const nameLength = bytes.readUInt16LE(at + 28);
    entries.push({
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      localHeaderOffset: bytes.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
}

function localHeaders(head: Buffer): ZipEntry[] {
  const entries: ZipEntry[] = [];
  for (let at = 0; at + 30 <= head.length && head.readUInt32LE(at) === LOCAL_HEADER; ) {
    const nameLength = head.readUInt16LE(at + 26);
    const compressedSize = head.readUInt32LE(at + 18);
    entries.push({ name: head.toString('utf8', at + 30, at + 30 + nameLength), method: head.readUInt16LE(at + 8), compressedSize, localHeaderOffset: at });
    // Sizes deferred to a data descriptor (flag bit 3) leave no way to find the next header from here.
    if (head.readUInt16LE(at + 6) & 0x08) break;
    at += 30 + nameLength + head.readUInt16LE(at + 28) + compressedSize;
  }
  return entries;
}
