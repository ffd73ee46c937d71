import type { ByteSource } from './byte-source';

export const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

const END_OF_CHAIN = 0xfffffffe;
/** Enough directory sectors for any office file; a loop in a damaged chain stops here. */
const MAX_DIRECTORY_SECTORS = 1_000;

/**
 * The stream names in an OLE compound file's directory ("WordDocument", "Workbook"…): the directory
 * is a chain of sectors found through the FAT, whose sectors the header (and DIFAT sectors) list.
 */
export async function oleStreamNames(source: ByteSource): Promise<string[]> {
  const header = await source.read(0, 512);
  if (header.length < 512 || !header.subarray(0, 8).equals(OLE_SIGNATURE)) return [];
  const sectorSize = 1 << header.readUInt16LE(0x1e);
  if (sectorSize !== 512 && sectorSize !== 4096) return [];
  const sectorOffset = (sector: number) => (sector + 1) * sectorSize;
  const perSector = sectorSize / 4;

  const fatSectors = new Map<number, number>();
  const fatSector = async (index: number): Promise<number | undefined> => {
    if (index < 109) return header.readUInt32LE(0x4c + index * 4);
    // Past the 109 the header holds, the FAT sectors are listed in a chain of DIFAT sectors.
    let difat = header.readUInt32LE(0x44);
    for (let skip = Math.floor((index - 109) / (perSector - 1)); skip > 0 && difat !== END_OF_CHAIN; skip--) {
      difat = (await source.read(sectorOffset(difat) + (perSector - 1) * 4, 4)).readUInt32LE(0);
    }
    if (difat === END_OF_CHAIN) return undefined;
    return (await source.read(sectorOffset(difat) + ((index - 109) % (perSector - 1)) * 4, 4)).readUInt32LE(0);
  };
  const next = async (sector: number): Promise<number> => {
    const index = Math.floor(sector / perSector);
    if (!fatSectors.has(index)) fatSectors.set(index, (await fatSector(index)) ?? END_OF_CHAIN);
    const entry = await source.read(sectorOffset(fatSectors.get(index) as number) + (sector % perSector) * 4, 4);
    return entry.length === 4 ? entry.readUInt32LE(0) : END_OF_CHAIN;
  };

  const names: string[] = [];
  for (let sector = header.readUInt32LE(0x30), seen = 0; sector < 0xfffffffa && seen < MAX_DIRECTORY_SECTORS; sector = await next(sector), seen++) {
    const directory = await source.read(sectorOffset(sector), sectorSize);
    for (let at = 0; at + 128 <= directory.length; at += 128) {
      const nameBytes = Math.min(directory.readUInt16LE(at + 0x40), 64);
      if (nameBytes >= 2 && directory[at + 0x42] === 2) names.push(directory.toString('utf16le', at, at + nameBytes - 2));
    }
  }
  return names;
}
