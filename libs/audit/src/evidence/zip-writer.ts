import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { ZipForm } from './hashed-output';

/**
 * One entry of a zip whose bytes are ready as the zip stores them: deflated or stored, with the
 * CRC-32 and size of the original bytes known, so every header is written before its data and
 * the writer only copies (no data descriptors, no compression at zip time).
 */
export interface ReadyEntry extends ZipForm {
  name: string;
  /** Size of the original bytes. */
  size: number;
  /** The stored bytes: in memory, or in a file read as the zip is consumed. */
  data: Buffer | { path: string };
}

export interface ZipWriterOptions {
  mtime: Date;
  /** Sizes and offsets from this value on are written as ZIP64 (tests lower it to exercise that path). */
  zip64From?: number;
}

const MAX_32 = 0xffffffff;
const MAX_16 = 0xffff;
const UTF8_NAMES = 0x0800;
const VERSION_NEEDED = 20;
const VERSION_NEEDED_ZIP64 = 45;
/** Made by Unix (3), spec 6.3: what `zip` writes; the external attributes then hold a Unix mode. */
const VERSION_MADE_BY = (3 << 8) | 63;
/** -rw-r--r--, a regular file. */
const EXTERNAL_ATTRIBUTES = (0o100644 << 16) >>> 0;
const METHOD = { store: 0, deflate: 8 } as const;

/**
 * The zip (APPNOTE 6.3) of entries laid out in advance, as a stream that reads each file only
 * when the consumer asks for more (backpressure), with ZIP64 records when a size, an offset or the
 * number of entries needs them. Names are UTF-8 (flag 11); each central record carries the Unix
 * modification time ("UT" extra field) beside the DOS one.
 */
export function zipReadyEntries(entries: readonly ReadyEntry[], { mtime, zip64From = MAX_32 }: ZipWriterOptions): Readable {
  return Readable.from(zipParts(entries, mtime, zip64From), { objectMode: false });
}

async function* zipParts(entries: readonly ReadyEntry[], mtime: Date, zip64From: number): AsyncGenerator<Buffer> {
  const dos = dosDateTime(mtime);
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const sizes64 = entry.size >= zip64From || entry.storedSize >= zip64From;
    const local = localHeader(entry, name, dos, sizes64);
    yield local;
    const written = yield* entryData(entry);
    if (written !== entry.storedSize) throw new Error(`zip: ${entry.name} holds ${written} bytes on disk, ${entry.storedSize} were announced`);
    central.push(centralRecord(entry, name, dos, mtime, offset, sizes64 || offset >= zip64From));
    offset += local.length + written;
  }
  const directory = Buffer.concat(central);
  yield* endRecords(entries.length, directory.length, offset, zip64From, directory);
}

async function* entryData(entry: ReadyEntry): AsyncGenerator<Buffer, number> {
  if (Buffer.isBuffer(entry.data)) {
    yield entry.data;
    return entry.data.length;
  }
  let written = 0;
  for await (const chunk of createReadStream(entry.data.path, { highWaterMark: 256 * 1024 })) {
    written += (chunk as Buffer).length;
    yield chunk as Buffer;
  }
  return written;
}

function localHeader(entry: ReadyEntry, name: Buffer, dos: DosDateTime, zip64: boolean): Buffer {
  // The local ZIP64 field holds both sizes, and only the sizes.
  const extra = zip64 ? zip64Field([entry.size, entry.storedSize]) : Buffer.alloc(0);
  const signature = Buffer.alloc(4);
  signature.writeUInt32LE(0x04034b50, 0);
  return Buffer.concat([signature, describedEntry(entry, dos, zip64, name.length, extra.length), name, extra]);
}

function centralRecord(entry: ReadyEntry, name: Buffer, dos: DosDateTime, mtime: Date, offset: number, zip64: boolean): Buffer {
  // When ZIP64 is needed at all, all three values move to its field (each header field then reads 0xFFFFFFFF).
  const extra = Buffer.concat([zip64 ? zip64Field([entry.size, entry.storedSize, offset]) : Buffer.alloc(0), unixTimeField(mtime)]);
  const head = Buffer.alloc(6);
  head.writeUInt32LE(0x02014b50, 0);
  head.writeUInt16LE(VERSION_MADE_BY, 4);
  const tail = Buffer.alloc(14);
  // comment length, disk number start, internal attributes: 0
  tail.writeUInt32LE(EXTERNAL_ATTRIBUTES, 6);
  tail.writeUInt32LE(zip64 ? MAX_32 : offset, 10);
  return Buffer.concat([head, describedEntry(entry, dos, zip64, name.length, extra.length), tail, name, extra]);
}

/**
 * The 26 bytes both headers of an entry share, in the same order (APPNOTE 4.3.7 from "version needed"
 * to "extra field length", 4.3.12 likewise): version, flags, method, time, date, CRC-32, sizes, lengths.
 */
function describedEntry(entry: ReadyEntry, dos: DosDateTime, zip64: boolean, nameLength: number, extraLength: number): Buffer {
  const fields = Buffer.alloc(26);
  fields.writeUInt16LE(zip64 ? VERSION_NEEDED_ZIP64 : VERSION_NEEDED, 0);
  fields.writeUInt16LE(UTF8_NAMES, 2);
  fields.writeUInt16LE(METHOD[entry.method], 4);
  fields.writeUInt16LE(dos.time, 6);
  fields.writeUInt16LE(dos.date, 8);
  fields.writeUInt32LE(entry.crc32, 10);
  fields.writeUInt32LE(zip64 ? MAX_32 : entry.storedSize, 14);
  fields.writeUInt32LE(zip64 ? MAX_32 : entry.size, 18);
  fields.writeUInt16LE(nameLength, 22);
  fields.writeUInt16LE(extraLength, 24);
  return fields;
}

function* endRecords(count: number, directorySize: number, directoryOffset: number, zip64From: number, directory: Buffer): Generator<Buffer> {
  yield directory;
  const zip64 = count >= MAX_16 || directorySize >= zip64From || directoryOffset >= zip64From;
  if (zip64) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4); // size of the rest of this record
    record.writeUInt16LE(VERSION_MADE_BY, 12);
    record.writeUInt16LE(VERSION_NEEDED_ZIP64, 14);
    // this disk, the directory's disk: 0
    record.writeBigUInt64LE(BigInt(count), 24);
    record.writeBigUInt64LE(BigInt(count), 32);
    record.writeBigUInt64LE(BigInt(directorySize), 40);
    record.writeBigUInt64LE(BigInt(directoryOffset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(directoryOffset + directorySize), 8);
    locator.writeUInt32LE(1, 16); // disks in all
    yield Buffer.concat([record, locator]);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(zip64 ? MAX_16 : count, 8);
  end.writeUInt16LE(zip64 ? MAX_16 : count, 10);
  end.writeUInt32LE(zip64 ? MAX_32 : directorySize, 12);
  end.writeUInt32LE(zip64 ? MAX_32 : directoryOffset, 16);
  yield end;
}

function zip64Field(values: number[]): Buffer {
  const field = Buffer.alloc(4 + 8 * values.length);
  field.writeUInt16LE(0x0001, 0);
  field.writeUInt16LE(8 * values.length, 2);
  values.forEach((value, i) => field.writeBigUInt64LE(BigInt(value), 4 + 8 * i));
  return field;
}

/** Extended timestamp ("UT", 0x5455): the modification time in Unix seconds, which the DOS fields only approximate. */
function unixTimeField(mtime: Date): Buffer {
  const field = Buffer.alloc(9);
  field.writeUInt16LE(0x5455, 0);
  field.writeUInt16LE(5, 2);
  field.writeUInt8(1, 4); // flags: modification time present
  field.writeUInt32LE(Math.max(0, Math.min(MAX_32, Math.floor(mtime.getTime() / 1000))), 5);
  return field;
}

interface DosDateTime {
  date: number;
  time: number;
}

/** MS-DOS date and time, in the server's local time as zip tools write them (1980–2107, to 2 seconds). */
function dosDateTime(at: Date): DosDateTime {
  const year = Math.min(2107, Math.max(1980, at.getFullYear()));
  return {
    date: ((year - 1980) << 9) | ((at.getMonth() + 1) << 5) | at.getDate(),
    time: (at.getHours() << 11) | (at.getMinutes() << 5) | Math.floor(at.getSeconds() / 2),
  };
}
