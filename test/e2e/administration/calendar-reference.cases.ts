import { describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { step } from '../../support/document-steps';
import { useTestApp } from '../../support/test-app';

/*
 * Issue #17 item 3: the browser counts working days with the approved calendar. reference.json
 * carries the calendar in force; approving a new version makes the file again, so its ETag
 * changes and a browser revalidating (no-cache) gets the new days on its next load, no restart.
 */

interface ReferenceCalendar {
  version: string;
  years: Array<{ year: number; daysOff: string[]; workedWeekendDays: string[] }>;
}

describe('the web reference data follows the approved calendar', () => {
  const app = useTestApp({ clock: () => new Date('2026-11-20T09:00:00+07:00') });

  const reference = async (headers?: Record<string, string>) => {
    const answer = await app.request('GET', '/assets/reference.json', { headers });
    return { status: answer.status, etag: answer.headers.get('etag'), calendar: answer.body?.calendar as ReferenceCalendar | undefined };
  };
  const year2027 = (calendar: ReferenceCalendar | undefined) => calendar?.years.find((y) => y.year === 2027);
  const admin = (path: string, body: unknown) => step(app, 'quantri', path, body);

  it('serves the approved versions, and a new one with a new ETag after its approval', async () => {
    const before = await reference();
    expect(before.status).toBe(200);
    expect(before.calendar?.version).toBe('VN 2025.1+2026.1+2027.1-provisional');
    expect(year2027(before.calendar)?.daysOff).toContain('2027-09-03');
    expect((await reference({ 'if-none-match': before.etag! })).status).toBe(304);

    expect((await admin('/api/calendar/years/2027/revise', { reason: 'Thông báo: nghỉ Quốc khánh thứ Tư 01/09 thay cho thứ Sáu 03/09' })).status).toBe(201);
    const changes = [
      { date: '2027-09-01', kind: 'holiday', note: 'Quốc khánh (ngày liền kề)' },
      { date: '2027-09-03', kind: 'working_day', note: 'Thông báo chọn ngày 01/09' },
    ];
    expect((await admin('/api/calendar/years/2027/days', { changes })).status).toBe(201);
    // A draft is not in force: the file is unchanged.
    expect((await reference({ 'if-none-match': before.etag! })).status).toBe(304);
    const notice = { symbol: '8888/TB-BNV', date: '2027-08-20', issuer: 'Bộ Nội vụ' };
    expect((await admin('/api/calendar/years/2027/approve', { notice, provisional: false })).status).toBe(201);

    const after = await reference({ 'if-none-match': before.etag! });
    expect(after.status).toBe(200);
    expect(after.etag).not.toBe(before.etag);
    expect(after.calendar?.version).toBe('VN 2025.1+2026.1+2027.2');
    expect(year2027(after.calendar)?.daysOff).toContain('2027-09-01');
    expect(year2027(after.calendar)?.daysOff).not.toContain('2027-09-03');
  });
});
