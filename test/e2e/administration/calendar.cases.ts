import { calendarYearStreamName } from '@office/domain';
import { describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { CalendarSeed } from '../../../apps/api/src/calendar/seed/calendar-seed';
import { registration, step } from '../../support/document-steps';
import { eventually, streamLengths } from '../../support/onestop-desk';
import { mismatchesOf, undocumentedOperations, type OpenApiDocument } from '../../support/open-api-check';
import { useTestApp } from '../../support/test-app';

/*
 * The working-day calendar as approved data over HTTP, on a clock the test moves: the shipped
 * years are seeded as approved versions at start (2027 provisional); the admin revises 2027 to a
 * notice that moves the second National Day day from Fri 3/9 to Wed 1/9; a document registered
 * before keeps its deadline and the version it was computed with, one registered after gets the
 * new one, with no restart; an auditor reads the calendar as it was at any instant.
 */

let now = '2026-11-20T09:00:00+07:00';
const NOTICE = { symbol: '8888/TB-BNV', date: '2027-08-20', issuer: 'Bộ Nội vụ' };

describe('the working-day calendar (lịch làm việc) as approved data', () => {
  const app = useTestApp({ clock: () => new Date(now) });

  const admin = (path: string, body: unknown = {}, headers?: Record<string, string>) => step(app, 'quantri', path, body, headers);

  it('seeds the shipped years as approved versions through the commands, 2027 provisional, once', async () => {
    const year = await app.get('kiemtoan1', '/api/calendar/years/2027');
    expect(year.status).toBe(200);
    expect(year.body).toMatchObject({ year: 2027, status: 'approved', inForce: { origin: 'approved', label: '2027.1-provisional', provisional: true } });
    expect(year.body.calendarVersion).toBe('VN 2025.1+2026.1+2027.1-provisional');
    expect(year.body.inForce.days).toContainEqual({ date: '2027-09-03', kind: 'holiday', note: 'Quốc khánh (tạm tính)' });
    const versions = await app.get('quantri', '/api/calendar/years/2025/versions');
    expect(versions.body.items.map((v: { label: string; notice: { symbol: string } }) => [v.label, v.notice.symbol])).toEqual([['2025.1', '6150/TB-BLĐTBXH']]);
    expect(versions.body.items[0].days).toContainEqual({ date: '2025-04-26', kind: 'worked_weekend_day', note: 'Làm bù (hoán đổi với thứ Sáu 02/05/2025)' });
    // A second start's seed replays: the streams do not grow.
    const before = await streamLengths(app, [calendarYearStreamName(2025), calendarYearStreamName(2027)]);
    await app.api.get(CalendarSeed).onApplicationBootstrap();
    expect(await streamLengths(app, [calendarYearStreamName(2025), calendarYearStreamName(2027)])).toEqual(before);
  });

  it('refuses with the rule: another role, an approved year edited without a new version, a revision without reason, an approval without notice', async () => {
    const refusal = (r: { status: number; body: { rule?: string; details?: { rule?: string } } }) => [r.status, r.body.rule ?? r.body.details?.rule];
    expect(refusal(await step(app, 'chanh.vp', '/api/calendar/years/2028/propose', {}))).toEqual([403, 'CALENDAR_ADMIN_ONLY']);
    expect(refusal(await admin('/api/calendar/years/2027/days', { changes: [{ date: '2027-09-01', kind: 'holiday', note: 'x' }] }))).toEqual([409, 'CALENDAR_YEAR_APPROVED']);
    expect((await admin('/api/calendar/years/2027/revise', { reason: '' })).status).toBe(400); // CALENDAR_REASON_REQUIRED behind the DTO's check
    expect(refusal(await admin('/api/calendar/years/2028/propose'))).toEqual([201, undefined]);
    const noNotice = await admin('/api/calendar/years/2028/approve', { provisional: false }); // CALENDAR_NOTICE_REQUIRED behind the DTO's check
    expect([noNotice.status, noNotice.body.details?.[0]?.field]).toEqual([400, 'notice']);
    expect(refusal(await admin('/api/calendar/years/2028/days', { changes: [{ date: '2028-03-06', kind: 'worked_weekend_day', note: 'Thứ Hai' }] }))).toEqual([422, 'CALENDAR_WORKED_DAY_NOT_WEEKEND']);
    expect((await admin('/api/calendar/years/2028/days', { changes: [{ date: '2028-03-04', kind: 'make_up_day_off', note: 'Thứ Bảy' }] })).status).toBe(422);
    expect((await admin('/api/calendar/years/2028/days', { changes: [{ date: '2028-13-01', kind: 'holiday', note: 'x' }] })).status).toBe(400);
  });

  it('a new version is in force at once, with no restart; a deadline computed before keeps its day and its version', async () => {
    now = '2027-08-31T08:00:00+07:00';
    const before = await step(app, 'vanthu1', '/api/documents', registration({ source: { agency: 'Sở Tài chính', symbol: '1/STC', issuedDate: '2027-08-30', signer: 'A' } }));
    expect(before.status).toBe(201);

    now = '2027-08-31T10:00:00+07:00';
    const key = { 'idempotency-key': 'calendar-2027-notice-days' };
    expect((await admin('/api/calendar/years/2027/revise', { reason: 'Thông báo 8888/TB-BNV: nghỉ Quốc khánh thứ Tư 01/09 thay cho thứ Sáu 03/09' })).status).toBe(201);
    const changes = [
      { date: '2027-09-01', kind: 'holiday', note: 'Quốc khánh (ngày liền kề)' },
      { date: '2027-09-03', kind: 'working_day', note: 'Thông báo chọn ngày 01/09' },
    ];
    const changed = await admin('/api/calendar/years/2027/days', { changes }, key);
    expect(changed.status).toBe(201);
    expect((await admin('/api/calendar/years/2027/days', { changes }, key)).body).toEqual(changed.body); // a retry answers the same
    const approved = await admin('/api/calendar/years/2027/approve', { notice: NOTICE, provisional: false });
    expect(approved.status).toBe(201);
    expect(approved.body).toMatchObject({ id: '2027', year: 2027 });

    now = '2027-08-31T11:00:00+07:00';
    const after = await step(app, 'vanthu1', '/api/documents', registration({ source: { agency: 'Sở Tài chính', symbol: '2/STC', issuedDate: '2027-08-30', signer: 'A' } }));
    const distribute = async (id: string) => {
      const events = await app.platform.eventStore.readStream(`document-${id}`);
      const received = events.find((e) => e.type === 'DocumentReceived')!.data as { deadlines: Record<string, { clock: string; due: string; calendarVersion: string }> };
      return received.deadlines.distribute;
    };
    expect(await distribute(before.body.id)).toEqual({ clock: 'distribute', due: '2027-09-01', calendarVersion: 'VN 2025.1+2026.1+2027.1-provisional' });
    expect(await distribute(after.body.id)).toEqual({ clock: 'distribute', due: '2027-09-03', calendarVersion: 'VN 2025.1+2026.1+2027.2' });
    // The read model shows the first document's deadline as it was computed.
    const shown = await eventually(() => app.get('vanthu1', `/api/documents/${before.body.id}`), (r) => r.status === 200);
    expect(shown.body.deadlines.distribute).toMatchObject({ due: '2027-09-01', calendarVersion: 'VN 2025.1+2026.1+2027.1-provisional' });
  });

  it('an auditor sees the calendar as it was at any instant, and every version with who and why', async () => {
    const at = async (instant: string) => (await app.get('kiemtoan1', `/api/calendar/years/2027?at=${encodeURIComponent(instant)}`)).body;
    expect((await at('2026-11-01T00:00:00Z')).inForce).toMatchObject({ origin: 'shipped', label: '2027.0-provisional', version: null });
    expect((await at('2027-08-31T09:59:00+07:00')).inForce).toMatchObject({ origin: 'approved', label: '2027.1-provisional' });
    const current = await at('2027-08-31T10:00:01+07:00');
    expect(current.inForce).toMatchObject({ origin: 'approved', label: '2027.2', provisional: false, version: { notice: NOTICE, approvedBy: { name: 'Quách Minh Khoa' } } });
    expect(current.inForce.days.map((d: { date: string }) => d.date)).toContain('2027-09-01');
    expect(current.inForce.days.map((d: { date: string }) => d.date)).not.toContain('2027-09-03');
    const versions = await app.get('kiemtoan1', '/api/calendar/years/2027/versions');
    expect(versions.body.items.map((v: { label: string; reason: string | null }) => [v.label, v.reason])).toEqual([
      ['2027.1-provisional', null],
      ['2027.2', 'Thông báo 8888/TB-BNV: nghỉ Quốc khánh thứ Tư 01/09 thay cho thứ Sáu 03/09'],
    ]);
    expect((await app.get('kiemtoan1', '/api/calendar/years/2027?at=yesterday')).status).toBe(400);
  });

  it('answers as its OpenAPI description says (API.md conventions)', async () => {
    const document: OpenApiDocument = (await app.request('GET', '/api/docs-json')).body;
    expect(undocumentedOperations(document).filter((operation) => operation.includes('/api/calendar'))).toEqual([]);
    const check = (method: string, route: string, answer: { status: number; body: unknown }) => expect(mismatchesOf(document, method, route, answer.status, answer.body), route).toEqual([]);
    check('get', '/api/calendar/years/{year}', await app.get('kiemtoan1', '/api/calendar/years/2027'));
    check('get', '/api/calendar/years/{year}', await app.get('kiemtoan1', '/api/calendar/years/2028'));
    check('get', '/api/calendar/years/{year}', await app.get('kiemtoan1', '/api/calendar/years/2031'));
    check('get', '/api/calendar/years/{year}/versions', await app.get('kiemtoan1', '/api/calendar/years/2027/versions'));
    check('post', '/api/calendar/years/{year}/propose', await admin('/api/calendar/years/2029/propose'));
  });
});
