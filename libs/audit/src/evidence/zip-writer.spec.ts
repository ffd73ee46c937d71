import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buffer } from 'node:stream/consumers';
import { crc32, deflateRawSync } from 'node:zlib';
import { afterAll, describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { unzip } from '../testing/unzip';
import { zipReadyEntries, type ReadyEntry } from './zip-writer';

const dir = mkdtempSync(join(tmpdir(), 'zip-writer-spec-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
/** Info-ZIP's unzip, an independent reader (CI installs it; `.ci/run`). */
const hasUnzip = (() => { try { execFileSync('unzip', ['-v'], { stdio: 'ignore' }); return true; } catch { return false; } })();
const mtime = new Date('2026-03-05T03:00:00Z');

/** Three entries as HashedOutput lays them out: a deflated file, a stored file, a deflated buffer. */
function entries(): ReadyEntry[] {
  const csv = Buffer.from('\uFEFFSố đến,Tác giả\r\n'.repeat(2_000) + '1,"Sở Xây dựng, tỉnh"\r\n', 'utf8');
  const deflated = deflateRawSync(csv);
  writeFileSync(join(dir, 'so-den.csv'), deflated);
  const pdf = Buffer.from('%PDF-1.7 — không nén lại\n');
  writeFileSync(join(dir, 'tom-tat.pdf'), pdf);
  const manifest = Buffer.from('{"files":[]}\n');
  const manifestDeflated = deflateRawSync(manifest);
  return [
    { name: 'manifest.json', size: manifest.length, method: 'deflate', crc32: crc32(manifest), storedSize: manifestDeflated.length, data: manifestDeflated },
    { name: 'so-den.csv', size: csv.length, method: 'deflate', crc32: crc32(csv), storedSize: deflated.length, data: { path: join(dir, 'so-den.csv') } },
    { name: 'tệp đính kèm/tom-tat.pdf', size: pdf.length, method: 'store', crc32: crc32(pdf), storedSize: pdf.length, data: { path: join(dir, 'tom-tat.pdf') } },
  ];
}

async function zipped(zip64From?: number): Promise<Buffer> {
  return buffer(zipReadyEntries(entries(), { mtime, zip64From }));
}

describe('the zip of entries laid out in advance', () => {
  it.each([['plain', undefined], ['ZIP64 records for every size and offset', 0]])('%s: every entry reads back with its name, bytes and CRC-32', async (_case, zip64From) => {
    const read = unzip(await zipped(zip64From));
    expect(read.map((e) => e.name)).toEqual(['manifest.json', 'so-den.csv', 'tệp đính kèm/tom-tat.pdf']);
    expect(read[1].data.toString('utf8')).toMatch(/^\uFEFFSố đến,Tác giả\r\n[^]*"Sở Xây dựng, tỉnh"\r\n$/);
    expect(read[2].data.toString('utf8')).toBe('%PDF-1.7 — không nén lại\n');
  });

  (hasUnzip ? it.each([['plain', undefined], ['ZIP64', 0]]) : it.skip.each([['plain', undefined], ['ZIP64', 0]]))(
    '%s: Info-ZIP\'s unzip tests it clean and lists the names and the time', async (_case, zip64From) => {
      const path = join(dir, `pack-${zip64From ?? 'plain'}.zip`);
      writeFileSync(path, await zipped(zip64From));
      expect(execFileSync('unzip', ['-t', path], { encoding: 'utf8' })).toContain('No errors detected in compressed data');
      const listing = execFileSync('unzip', ['-Z', '-T', path], { encoding: 'utf8' });
      expect(listing).toContain('tệp đính kèm/tom-tat.pdf');
      expect(execFileSync('unzip', ['-p', path, 'so-den.csv']).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    },
  );

  it('fails the stream, not the bytes, when a file on disk is not the size its header announced', async () => {
    const [manifest, csv] = entries();
    const stream = zipReadyEntries([manifest, { ...csv, storedSize: csv.storedSize + 1 }], { mtime });
    await expect(buffer(stream)).rejects.toThrow('so-den.csv holds');
  });
});
