const SECTOR = 512;
const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;
const NO_STREAM = 0xffffffff;

/**
 * A minimal OLE compound file (MS-CFB, version 3, 512-byte sectors) holding the named streams, each of
 * 4,096 bytes so they live in ordinary sectors, not the mini stream. No writer of .doc or .xls is
 * installed, so the tests build the container the way Word and Excel lay it out: header, one FAT
 * sector, a directory chain (several sectors when there are many names), then the streams.
 */
export function compoundFile(streamNames: string[]): Buffer {
  const entries = ['Root Entry', ...streamNames];
  const directorySectors = Math.ceil(entries.length / 4);
  const streamSectors = 4_096 / SECTOR;
  const totalSectors = 1 + directorySectors + streamNames.length * streamSectors;
  if (totalSectors > SECTOR / 4) throw new Error('too many streams for one FAT sector');

  const fat = Buffer.alloc(SECTOR, 0xff);
  const chain = (first: number, count: number) => {
    for (let i = 0; i < count; i++) fat.writeUInt32LE(i === count - 1 ? END_OF_CHAIN : first + i + 1, (first + i) * 4);
  };
  fat.writeUInt32LE(FAT_SECTOR, 0);
  chain(1, directorySectors);
  const directory = Buffer.alloc(directorySectors * SECTOR);
  entries.forEach((name, index) => {
    const at = index * 128;
    const start = 1 + directorySectors + (index - 1) * streamSectors;
    if (index > 0) chain(start, streamSectors);
    directory.write(name, at, 'utf16le');
    directory.writeUInt16LE((name.length + 1) * 2, at + 0x40);
    directory[at + 0x42] = index === 0 ? 5 : 2; // root storage, or stream
    directory[at + 0x43] = 1; // black in the red-black tree
    // Siblings chain right to right: root → 1 → 2 → …, a valid (if unbalanced) tree.
    directory.writeUInt32LE(NO_STREAM, at + 0x44);
    directory.writeUInt32LE(index > 0 && index < entries.length - 1 ? index + 1 : NO_STREAM, at + 0x48);
    directory.writeUInt32LE(index === 0 ? 1 : NO_STREAM, at + 0x4c);
    directory.writeUInt32LE(index === 0 ? END_OF_CHAIN : start, at + 0x74);
    directory.writeUInt32LE(index === 0 ? 0 : 4_096, at + 0x78);
  });

  const header = Buffer.alloc(SECTOR, 0);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 0x18);
  header.writeUInt16LE(3, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e);
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(1, 0x2c); // FAT sectors
  header.writeUInt32LE(1, 0x30); // first directory sector
  header.writeUInt32LE(4_096, 0x38); // mini stream cutoff
  header.writeUInt32LE(END_OF_CHAIN, 0x3c);
  header.writeUInt32LE(END_OF_CHAIN, 0x44);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : FREE, 0x4c + i * 4);

  const streams = Buffer.alloc(streamNames.length * 4_096, 0x20);
  return Buffer.concat([header, fat, directory, streams]);
}
