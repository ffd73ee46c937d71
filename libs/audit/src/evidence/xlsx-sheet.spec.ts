import { PassThrough, Writable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import ExcelJS from 'exceljs';
import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { XlsxSheet } from './xlsx-sheet';

describe('XlsxSheet', () => {
  it('writes a package Excel reads back: the bold frozen header, numbers, dates and texts of the CSV', async () => {
    const out = new PassThrough();
    const bytes = buffer(out);
    const sheet = new XlsxSheet(out, 'Sổ văn bản đến (mật)');
    await sheet.add('\uFEFFSố đến,Ngày đến,Tác giả,Ghi chú\r\n');
    await sheet.add('1,24/04/2025,"Sở Xây dựng, tỉnh","V/v ""khẩn"" <a> & b\nngay"\r\n2,,\'=1+1,0123\r\n');
    await sheet.finish();
    expect(sheet.rows).toBe(2);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await bytes) as unknown as ArrayBuffer);
    const read = workbook.getWorksheet('Sổ văn bản đến (mật)')!;
    expect(read.getRow(1).values).toEqual([undefined, 'Số đến', 'Ngày đến', 'Tác giả', 'Ghi chú']);
    expect(read.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(read.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(read.getRow(2).values).toEqual([undefined, 1, new Date(Date.UTC(2025, 3, 24)), 'Sở Xây dựng, tỉnh', 'V/v "khẩn" <a> & b\nngay']);
    expect(read.getRow(2).getCell(2).numFmt).toBe('dd/mm/yyyy');
    // An empty cell stays empty; a formula the CSV defused is text, and a number with a leading zero stays text.
    expect(read.getRow(3).values).toEqual([undefined, 2, undefined, '=1+1', '0123']);
  });

  it('stops taking rows while its reader does not read (backpressure), and goes on when it does', async () => {
    let held: (() => void) | undefined;
    let firstHeld: () => void = () => undefined;
    const firstWrite = new Promise<void>((resolve) => (firstHeld = resolve));
    let reading = false;
    let received = 0;
    const stalled = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _encoding, callback) {
        received += chunk.length;
        if (reading) return callback();
        held = () => callback();
        firstHeld();
      },
    });
    const sheet = new XlsxSheet(stalled, 'Sổ');
    await sheet.add('Số,Trích yếu\r\n');
    // Rows that do not compress (each a different text) well past every buffer on the way.
    const rows = (from: number) => Array.from({ length: 2_000 }, (_, i) => `${from + i},${(from + i).toString(36).repeat(20)}${Math.sin(from + i)}\r\n`).join('');
    let taken = 0;
    const adding = (async () => {
      for (let from = 0; from < 40_000; from += 2_000) {
        await sheet.add(rows(from));
        taken += 2_000;
      }
    })();
    await firstWrite;
    // However long the reader holds its first chunk, the producer takes a bounded number of rows: let it run until it parks.
    for (let still = 0, last = -1; still < 20; still = taken === last ? still + 1 : 0, last = taken) await new Promise((resolve) => setTimeout(resolve, 5));
    // The reader took one chunk and holds it: the producer is parked after a bounded number of rows
    // (the streams' buffers between: 16 KiB each on Node 20, 64 KiB from Node 22, so 6,000 and 12,000 rows).
    expect(taken).toBeLessThan(20_000);
    const parkedAt = received;
    // Once the reader reads, everything goes through.
    reading = true;
    held?.();
    await adding;
    await sheet.finish();
    expect(sheet.rows).toBe(40_000);
    expect(received).toBeGreaterThan(parkedAt);
  });
});
