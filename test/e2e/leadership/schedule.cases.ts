import { describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { step, userId } from '../../support/document-steps';
import { eventually } from '../../support/onestop-desk';
import { useTestApp } from '../../support/test-app';

/*
 * The leaders' weekly schedule over HTTP on a clock the test moves (Hà Nội time): General Affairs
 * drafts week 2026-W49 with a confidential entry, the office chief publishes it, the meeting's room
 * changes with a reason; the public week (no login) and the chairman's iCalendar feed show the
 * change and never the confidential entry; the staff's routes want a login.
 */

let now = '2026-11-26T10:00:00+07:00';
const WEEK = '2026-W49';

const ENTRY = {
  startsAt: '2026-11-30T08:00:00+07:00',
  endsAt: '2026-11-30T11:30:00+07:00',
  place: 'Phòng họp số 1, trụ sở UBND tỉnh',
  content: 'Họp UBND tỉnh thường kỳ tháng 11/2026',
  chairLeaderId: userId('chu.tich'),
  leaderIds: [userId('pho.chu.tich.kt')],
  attendees: 'Thủ trưởng các sở, ban, ngành',
  preparingUnit: 'Văn phòng UBND tỉnh',
  papers: [{ title: 'Báo cáo tình hình kinh tế - xã hội tháng 11/2026' }],
};
const SECRET = { ...ENTRY, startsAt: '2026-12-02T14:00:00+07:00', endsAt: '2026-12-02T16:00:00+07:00', content: 'Làm việc với đoàn công tác về quốc phòng', confidential: true };

describe('the leaders’ weekly schedule over HTTP: drafted, published, changed with a reason, public and in the feed', () => {
  const app = useTestApp({ clock: () => new Date(now) });

  const staffWeek = async (minPosition?: string) =>
    app.request('GET', `/api/schedule/weeks/${WEEK}${minPosition ? `?minPosition=${minPosition}` : ''}`, { token: await app.login('cv.th1') });

  it('publishes a week, changes an entry with its reason, shows the change publicly and in the .ics, never the confidential entry', async () => {
    const drafted = await step(app, 'cv.th1', `/api/schedule/weeks/${WEEK}/entries`, ENTRY);
    expect(drafted.status, JSON.stringify(drafted.body)).toBe(201);
    const entryId: string = drafted.body.id;
    expect((await step(app, 'cv.th1', `/api/schedule/weeks/${WEEK}/entries`, SECRET)).status).toBe(201);

    // Not a keeper of the schedule (403), an end before the start (422), not the publisher (403).
    expect((await step(app, 'cv.kt1', `/api/schedule/weeks/${WEEK}/entries`, ENTRY)).body).toMatchObject({ code: 'FORBIDDEN', details: { rule: 'NOT_SCHEDULE_KEEPER' } });
    const backwards = await step(app, 'cv.th1', `/api/schedule/weeks/${WEEK}/entries`, { ...ENTRY, endsAt: '2026-11-30T07:00:00+07:00' });
    expect(backwards.status).toBe(422);
    expect(backwards.body).toMatchObject({ details: { rule: 'ENTRY_ENDS_BEFORE_START', field: 'endsAt' } });
    expect((await step(app, 'cv.th1', `/api/schedule/weeks/${WEEK}/publish`, {})).status).toBe(403);

    now = '2026-11-27T16:00:00+07:00';
    expect((await step(app, 'chanh.vp', `/api/schedule/weeks/${WEEK}/publish`, {})).status).toBe(201);
    const twice = await step(app, 'pho.chanh.vp.kt', `/api/schedule/weeks/${WEEK}/publish`, {});
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({ code: 'WRONG_STATE', details: { rule: 'WEEK_ALREADY_PUBLISHED' } });

    now = '2026-11-30T07:00:00+07:00';
    const moved = { ...ENTRY, place: 'Hội trường tầng 3, trụ sở UBND tỉnh', entryVersion: 1 };
    const unexplained = await step(app, 'cv.th1', `/api/schedule/weeks/${WEEK}/entries/${entryId}/revise`, moved);
    expect(unexplained.status).toBe(422);
    expect(unexplained.body).toMatchObject({ details: { rule: 'SCHEDULE_CHANGE_NEEDS_REASON', field: 'reason' } });
    const changed = await step(app, 'cv.th1', `/api/schedule/weeks/${WEEK}/entries/${entryId}/revise`, { ...moved, reason: 'Phòng họp số 1 đang sửa chữa' });
    expect(changed.status, JSON.stringify(changed.body)).toBe(201);
    // A second editor who saw version 1 is refused (409), not silently overwritten.
    const stale = await step(app, 'vanthu1', `/api/schedule/weeks/${WEEK}/entries/${entryId}/cancel`, { entryVersion: 1, reason: 'Hoãn' });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ details: { rule: 'ENTRY_CHANGED_MEANWHILE' } });

    const staff = await eventually(staffWeek, (r) => r.body?.entries?.find((e: { entryId: string }) => e.entryId === entryId)?.version === 2);
    expect(staff.body).toMatchObject({ status: 'published', actions: ['draft', 'revise', 'cancel'] });
    expect(staff.body.entries).toHaveLength(2);
    // A specialist of another department sees the week without its confidential entry.
    const other = await app.request('GET', `/api/schedule/weeks/${WEEK}`, { token: await app.login('cv.kt1') });
    expect(other.body.entries.map((e: { entryId: string }) => e.entryId)).toEqual([entryId]);

    const publicWeek = await app.request('GET', `/api/public/schedule/week?week=${WEEK}`);
    expect(publicWeek.status).toBe(200);
    expect(publicWeek.body).toMatchObject({ week: WEEK, published: true, days: expect.arrayContaining(['2026-11-30', '2026-12-06']) });
    expect(publicWeek.body.entries).toEqual([
      expect.objectContaining({
        id: entryId, place: 'Hội trường tầng 3, trụ sở UBND tỉnh', chair: 'Chủ tịch UBND tỉnh Nguyễn Văn Thành', status: 'planned',
        changes: [expect.objectContaining({ kind: 'revised', reason: 'Phòng họp số 1 đang sửa chữa', fields: [{ field: 'place', label: 'Địa điểm', before: ENTRY.place, after: 'Hội trường tầng 3, trụ sở UBND tỉnh' }] })],
      }),
    ]);
    expect(JSON.stringify(publicWeek.body)).not.toContain('quốc phòng');

    const feed = await app.request('GET', `/api/public/schedule/${userId('chu.tich')}.ics`);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toContain('text/calendar');
    const text: string = feed.body;
    expect(text).toContain(`UID:${entryId}@lich-cong-tac.vpubnd.gov.vn`);
    expect(text).toMatch(/SEQUENCE:1\r\n/);
    expect(text.replace(/\r\n /g, '')).toContain('LOCATION:Hội trường tầng 3\\, trụ sở UBND tỉnh');
    expect(text.split('BEGIN:VEVENT')).toHaveLength(2);
    expect(text).not.toContain('quốc phòng');

    // Unknown leader: 404; the staff's routes want a login.
    expect((await app.request('GET', `/api/public/schedule/${userId('cv.th1')}.ics`)).status).toBe(404);
    expect((await app.request('GET', `/api/schedule/weeks/${WEEK}`)).status).toBe(401);
    expect((await app.request('POST', `/api/schedule/weeks/${WEEK}/publish`, { body: {} })).status).toBe(401);
  });
});
