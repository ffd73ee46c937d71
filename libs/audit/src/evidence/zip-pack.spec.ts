import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buffer } from 'node:stream/consumers';
import { afterAll, describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { unzip } from '../testing/unzip';
import { CsvAndXlsx } from './csv-and-xlsx';
import { HashedOutput } from './hashed-output';
import { zipPack } from './zip-pack';

describe('pack files: hashed while written, zipped from disk', () => {
  const dir = mkdtempSync(join(tmpdir(), 'audit-zip-spec-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('knows each file\'s SHA-256 and size without reading it back, and the zip holds exactly those bytes', async () => {
    const text = new HashedOutput('ghi-chu.txt', join(dir, 'ghi-chu.txt'));
    await text.write('Văn phòng UBND tỉnh — ');
    await text.write(Buffer.from('sổ đăng ký văn bản đến\n'));
    const table = new CsvAndXlsx(dir, 'so-den', 'Sổ văn bản đến');
    await table.add('\uFEFFSố đến,Tác giả\r\n');
    await table.add('1,Sở Tài chính\r\n2,"Sở Xây dựng, tỉnh"\r\n');
    const files = [await text.finished(), ...(await table.finish())];
    expect(table.rows).toBe(2);
    const entries = unzip(await buffer(zipPack(dir, Buffer.from('{"files":[]}'), files, new Date('2026-03-05T03:00:00Z'))));
    expect(entries.map((e) => e.name)).toEqual(['manifest.json', 'ghi-chu.txt', 'so-den.csv', 'so-den.xlsx']);
    for (const file of files) {
      const data = entries.find((e) => e.name === file.name)!.data;
      expect(data.length).toBe(file.size);
      expect(createHash('sha256').update(data).digest('hex')).toBe(file.sha256);
    }
    expect(entries[1].data.toString('utf8')).toBe('Văn phòng UBND tỉnh — sổ đăng ký văn bản đến\n');
    expect(entries[2].data.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    // The sheet holds the same cells: the shared-strings-free XLSX keeps them inline in the sheet XML.
    const sheet = unzip(entries[3].data).find((e) => e.name === 'xl/worksheets/sheet1.xml')!.data.toString('utf8');
    expect(sheet).toContain('Sở Xây dựng, tỉnh');
    expect(sheet).toContain('Tác giả');
  });
});
