import { meetingStreamName } from '@office/domain';
import { describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { step, userId } from '../../support/document-steps';
import { eventually, streamLengths } from '../../support/onestop-desk';
import { useTestApp } from '../../support/test-app';

/*
 * A Committee session over HTTP on a clock the test moves (Hà Nội time): convened on Mon 2/3/2026
 * for Fri 13/3 08:00, its papers due Tue 10/3 08:00 (3 calendar days before, QC Art. 9.1); one paper
 * sent on Mon 9/3, the other on Wed 11/3 — late, flagged, never refused; an absence approved by
 * the presiding Chairman only; attendance and minutes, after which the conclusion notice is due.
 */

let now = '2026-03-02T09:00:00+07:00';
const at = (instant: string) => {
  now = instant;
};
const SKHDT = 'Giám đốc Sở Kế hoạch và Đầu tư';

const SESSION = {
  kind: 'committee_session',
  title: 'Phiên họp UBND tỉnh thường kỳ tháng 3 năm 2026',
  startsAt: '2026-03-13T08:00:00+07:00',
  place: 'Phòng họp số 1, trụ sở UBND tỉnh',
  fieldCode: 'KH-DT',
  presidingLeaderId: userId('chu.tich'),
  specialistId: userId('cv.kt1'),
  invitedLeaderIds: [userId('pho.chu.tich.kt')],
  invitedAgencies: [SKHDT],
  agenda: [
    { title: 'Tờ trình điều chỉnh kế hoạch đầu tư công năm 2026', presentingAgency: 'Sở Kế hoạch và Đầu tư' },
    { title: 'Báo cáo thu ngân sách quý I', presentingAgency: 'Sở Tài chính' },
  ],
};

describe('a Committee session over HTTP (QC Art. 9.1)', () => {
  const app = useTestApp({ clock: () => new Date(now) });


  it('a session’s late papers are flagged', async () => {
    expect((await step(app, 'vanthu1', '/api/meetings/convene', SESSION)).body).toMatchObject({ details: { rule: 'CONVENE_BY_OFFICE_LEADER' } });
    const convened = await step(app, 'chanh.vp', '/api/meetings/convene', SESSION);
    expect(convened.status, JSON.stringify(convened.body)).toBe(201);
    const id: string = convened.body.id;
    const stream = [meetingStreamName(id)];

    at('2026-03-05T09:00:00+07:00');
    const papers = [];
    for (const [agendaItemId, title] of [['a1', 'Tờ trình số 45/TTr-SKHĐT'], ['a2', 'Báo cáo số 30/BC-STC']]) {
      const registered = await step(app, 'cv.kt1', `/api/meetings/${id}/papers`, { agendaItemId, title });
      expect(registered.status, JSON.stringify(registered.body)).toBe(201);
      papers.push(registered.body.paperId as string);
    }
    at('2026-03-09T15:00:00+07:00');
    expect((await step(app, 'vanthu1', `/api/meetings/${id}/distribute-papers`, { paperIds: [papers[0]] })).status).toBe(201);

    // An absence: only the presiding Chairman answers it.
    at('2026-03-10T09:00:00+07:00');
    expect((await step(app, 'cv.kt1', `/api/meetings/${id}/report-absence`, { member: SKHDT, reason: 'Đi công tác tại Bộ Kế hoạch và Đầu tư' })).status).toBe(201);
    const before = await streamLengths(app, stream);
    const notPresiding = await step(app, 'pho.chu.tich.kt', `/api/meetings/${id}/decide-absence`, { member: SKHDT, approved: true });
    expect(notPresiding.status).toBe(403);
    expect(notPresiding.body).toMatchObject({ code: 'FORBIDDEN', details: { rule: 'ABSENCE_APPROVAL_BY_PRESIDING_LEADER' } });
    expect(await streamLengths(app, stream)).toEqual(before);
    expect((await step(app, 'chu.tich', `/api/meetings/${id}/decide-absence`, { member: SKHDT, approved: true, note: 'Đồng ý' })).status).toBe(201);

    // The second paper is still unsent past its due instant: the session is listed as overdue, the paper as "quá hạn chưa gửi".
    at('2026-03-11T08:30:00+07:00');
    const overdue = await eventually(() => app.get('vanthu1', '/api/meetings?status=papers_overdue'), (r) => r.body?.items?.length === 1);
    expect(overdue.body.items[0]).toMatchObject({ id, status: 'convened', session: { papersUnsent: 1, papersOverdue: true } });

    // Sent late: recorded, not refused, and flagged "muộn 1 ngày".
    at('2026-03-11T10:00:00+07:00');
    expect((await step(app, 'vanthu1', `/api/meetings/${id}/distribute-papers`, { paperIds: [papers[1]] })).status).toBe(201);
    const shown = await eventually(() => app.get('chanh.vp', `/api/meetings/${id}`), (r) => r.body?.session?.papersLate === 1);
    expect(shown.body.sessionDetail.papers.map((p: { clock: unknown }) => p.clock)).toEqual([{ kind: 'on_time', daysLate: 0 }, { kind: 'late', daysLate: 1 }]);
    expect(shown.body.session).toMatchObject({ papersDueAt: '2026-03-10T01:00:00.000Z', papersTotal: 2, papersUnsent: 0, papersLate: 1, papersOverdue: false });

    // Minutes before the session are refused; after attendance, the meeting is held and its notice is due 3 working days later.
    const early = await step(app, 'cv.kt1', `/api/meetings/${id}/minutes`, { text: 'Biên bản' });
    expect(early.body).toMatchObject({ code: 'RULE_VIOLATION', details: { rule: 'MINUTES_BEFORE_SESSION' } });
    at('2026-03-13T08:10:00+07:00');
    const entries = [{ member: userId('pho.chu.tich.kt'), presence: 'present' }, { member: SKHDT, presence: 'absent_approved' }];
    expect((await step(app, 'vanthu1', `/api/meetings/${id}/attendance`, { entries })).status).toBe(201);
    at('2026-03-13T16:00:00+07:00');
    expect((await step(app, 'cv.kt1', `/api/meetings/${id}/minutes`, { text: 'Phiên họp thông qua hai nội dung.' })).status).toBe(201);
    const held = await eventually(() => app.get('cv.kt1', `/api/meetings/${id}`), (r) => r.body?.status === 'held');
    expect(held.body).toMatchObject({ status: 'held', conclusion: { due: '2026-03-18' }, actions: ['conclusion'], sessionDetail: { minutes: { text: 'Phiên họp thông qua hai nội dung.' } } });
    expect((await app.get('chanh.vp', '/api/meetings?status=papers_late')).body.items.map((m: { id: string }) => m.id)).toEqual([id]);
  });
});
