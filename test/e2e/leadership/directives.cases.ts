import { directiveStreamName, meetingStreamName, numberingStreamName, outgoingSeriesKey } from '@office/domain';
import { describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { documentAt, registration, step, userId } from '../../support/document-steps';
import { eventually, streamLengths } from '../../support/onestop-desk';
import { useTestApp, type TestApp } from '../../support/test-app';

/*
 * A leaders' meeting to closed tasks over HTTP, each step by its own role, on a clock the test
 * moves (Hà Nội time): the meeting on Mon 2/3/2026, its notice issued on Wed 4/3 with three
 * directives, a task from an official letter, reports, an extension refused, and the report of the
 * four outcomes per lead agency on Fri 20/3.
 */

let now = '2026-03-02T16:00:00+07:00';
const at = (instant: string) => {
  now = instant;
};

const DONG_ANH = 'UBND huyện Đông Anh';
const SKHDT = 'Sở Kế hoạch và Đầu tư';

const MEETING = {
  title: 'Họp nghe báo cáo tiến độ các dự án đầu tư công',
  heldOn: '2026-03-02',
  fieldCode: 'KH-DT',
  presidingLeaderId: userId('pho.chu.tich.kt'),
  attendees: [SKHDT, 'Sở Tài chính', DONG_ANH],
};

const NOTICE = {
  excerpt: 'Kết luận của đồng chí Phó Chủ tịch UBND tỉnh tại cuộc họp nghe báo cáo tiến độ các dự án đầu tư công',
  conclusions: 'Các đơn vị khẩn trương hoàn thành giải phóng mặt bằng và đẩy nhanh giải ngân vốn.',
  directives: [
    { content: 'Hoàn thành giải phóng mặt bằng dự án Trường THPT Nguyễn Trãi', leadAgency: DONG_ANH, coAgencies: ['Sở Tài nguyên và Môi trường'], dueDate: '2026-03-20' },
    { content: 'Báo cáo kết quả kiểm tra an toàn công trình trường học', leadAgency: DONG_ANH, dueDate: '2026-03-10' },
    { content: 'Rà soát, đề xuất điều chỉnh kế hoạch vốn đầu tư công', leadAgency: SKHDT, dueDate: '2026-03-16', followUpSpecialistId: userId('cv.kt2') },
  ],
};

describe('leaders’ directives over HTTP: a meeting to tasks done on time, done late, not done in time and overdue', () => {
  const app = useTestApp({ clock: () => new Date(now) });


  /** Runs `attempt` and checks that it appended nothing to `streams` (nor took an outgoing number). */
  async function refused(streams: string[], attempt: () => ReturnType<TestApp['request']>) {
    const watched = [...streams, numberingStreamName(outgoingSeriesKey('normal', new Date(now).toISOString()))];
    const before = await streamLengths(app, watched);
    const result = await attempt();
    expect(await streamLengths(app, watched)).toEqual(before);
    return result;
  }

  it('records the meeting, drafts, approves, submits, initials, signs and issues the notice; its directives become tasks; agencies’ reports close two; the report shows the four outcomes', async () => {
    const recorded = await step(app, 'cv.kt1', '/api/meetings', MEETING);
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(201);
    expect(recorded.body).toEqual({ id: expect.any(String), revision: '0', position: expect.any(String) });
    const meetingId: string = recorded.body.id;
    const meeting = [meetingStreamName(meetingId)];

    at('2026-03-03T10:00:00+07:00');
    expect((await step(app, 'cv.kt1', `/api/meetings/${meetingId}/conclusion`, NOTICE)).status).toBe(201);

    // Not approved yet: neither submitted nor signed (422 with the rule); only the presiding leader approves (403).
    const early = await refused(meeting, () => step(app, 'cv.kt1', `/api/meetings/${meetingId}/submit`, { leaderId: userId('chanh.vp'), proposal: 'Kính trình ký' }));
    expect(early.status).toBe(422);
    expect(early.body).toMatchObject({ code: 'RULE_VIOLATION', details: { rule: 'CONCLUSION_NOT_APPROVED' } });
    const notPresiding = await refused(meeting, () => step(app, 'chu.tich', `/api/meetings/${meetingId}/approve-conclusion`, {}));
    expect(notPresiding.status).toBe(403);
    expect(notPresiding.body).toMatchObject({ code: 'FORBIDDEN', details: { rule: 'NOT_PRESIDING_LEADER' } });

    const path: Array<[string, string, unknown]> = [
      ['pho.chu.tich.kt', 'approve-conclusion', { note: 'Đồng ý ban hành' }],
      ['cv.kt1', 'submit', { leaderId: userId('chanh.vp'), proposal: 'Kính trình Chánh Văn phòng ký thông báo kết luận' }],
      ['pho.chanh.vp.kt', 'initial', { agree: true }],
      ['chanh.vp', 'sign', { decision: 'approved' }],
    ];
    for (const [i, [username, name, body]] of path.entries()) {
      const result = await step(app, username, `/api/meetings/${meetingId}/${name}`, body);
      expect(result.status, `${name}: ${JSON.stringify(result.body)}`).toBe(201);
      expect(result.body).toEqual({ id: meetingId, revision: String(i + 2), position: expect.any(String) });
    }

    at('2026-03-04T09:00:00+07:00');
    const issueBody = { recipients: [DONG_ANH, SKHDT, 'Lưu: VT, KT'], copies: 3 };
    const issued = await step(app, 'vanthu1', `/api/meetings/${meetingId}/issue`, issueBody, { 'Idempotency-Key': 'issue-notice-1' });
    expect(issued.status, JSON.stringify(issued.body)).toBe(201);
    expect(issued.body).toMatchObject({ id: meetingId, revision: '6', symbol: expect.stringMatching(/^\d{2,}\/TB-VPUBND$/), directiveIds: [expect.any(String), expect.any(String), expect.any(String)] });
    const [onTime, late, overdue]: string[] = issued.body.directiveIds;
    // A retry with the same key answers the first issue: no second number, no second task.
    const tasks = issued.body.directiveIds.map(directiveStreamName);
    const replay = await refused([...meeting, ...tasks], () => step(app, 'vanthu1', `/api/meetings/${meetingId}/issue`, issueBody, { 'Idempotency-Key': 'issue-notice-1' }));
    expect(replay.body).toEqual(issued.body);

    // The notice (meetings.v1) and its tasks (directives.v1) are projected independently: wait for both.
    const shown = await eventually(() => app.get('cv.kt1', `/api/meetings/${meetingId}`), (r) => r.body?.tasks?.length === 3 && r.body.status === 'issued');
    expect(shown.body).toMatchObject({ status: 'issued', conclusion: { due: '2026-03-05', clock: 'on_time', symbol: issued.body.symbol } });
    expect(shown.body.tasks.map((t: { id: string; leadAgency: string; directingLeaderId: string }) => [t.id, t.leadAgency, t.directingLeaderId])).toEqual([
      [onTime, DONG_ANH, userId('pho.chu.tich.kt')], [late, DONG_ANH, userId('pho.chu.tich.kt')], [overdue, SKHDT, userId('pho.chu.tich.kt')],
    ]);

    // A task from an official letter, with exactly one lead agency.
    const letter = {
      source: { kind: 'official_letter', documentId: 'cv-215', symbol: '215/UBND-KT', date: '2026-03-04' }, content: 'Tổng hợp nhu cầu vốn năm 2027',
      leadAgency: SKHDT, dueDate: '2026-04-30', directingLeaderId: userId('pho.chu.tich.kt'), fieldCode: 'KH-DT', followUpSpecialistId: userId('cv.kt1'),
    };
    const twoLeads = await refused([], () => step(app, 'cv.kt1', '/api/directives', { ...letter, leadAgency: [SKHDT, 'Sở Tài chính'] }));
    expect(twoLeads.status).toBe(422);
    expect(twoLeads.body).toMatchObject({ code: 'RULE_VIOLATION', details: { rule: 'ONE_LEAD_AGENCY' } });
    const inTime = await step(app, 'cv.kt1', '/api/directives', letter, { 'Idempotency-Key': 'letter-215' });
    expect(inTime.status, JSON.stringify(inTime.body)).toBe(201);
    expect(inTime.body).toEqual({ id: expect.any(String), revision: '0', position: expect.any(String) });
    const again = await refused([directiveStreamName(inTime.body.id)], () => step(app, 'cv.kt1', '/api/directives', letter, { 'Idempotency-Key': 'letter-215' }));
    expect(again.body).toEqual(inTime.body);

    // 5/3: the agency's completion report arrives as an incoming document; the clerk records it, the follow-up specialist accepts it.
    at('2026-03-05T10:00:00+07:00');
    const reportDocument = await documentAt(app, 'received', registration({ source: { agency: DONG_ANH, symbol: '45/BC-UBND', issuedDate: '2026-03-05' } }));
    const completion = { kind: 'completion', summary: 'Đã hoàn thành giải phóng mặt bằng', incomingDocumentId: reportDocument, reportSymbol: '45/BC-UBND' };
    expect((await step(app, 'vanthu1', `/api/directives/${onTime}/report`, completion)).status).toBe(201);
    expect((await step(app, 'cv.kt1', `/api/directives/${onTime}/accept`, {})).status).toBe(201);

    // 12/3: the second, due 10/3, is reported done late; the third's extension is refused to anyone but the directing leader.
    at('2026-03-12T10:00:00+07:00');
    expect((await step(app, 'vanthu1', `/api/directives/${late}/report`, { ...completion, summary: 'Đã kiểm tra 12 trường', reportSymbol: '52/BC-UBND' })).status).toBe(201);
    expect((await step(app, 'cv.kt1', `/api/directives/${late}/accept`, { note: 'Đạt yêu cầu' })).status).toBe(201);
    const extension = { newDueDate: '2026-03-31', reason: 'Chờ số liệu quyết toán', agencyRequestRef: '75/SKHĐT-TH ngày 11/3/2026' };
    for (const username of ['cv.kt2', 'pho.chu.tich.vx', 'chanh.vp']) {
      const refusal = await refused([directiveStreamName(overdue)], () => step(app, username, `/api/directives/${overdue}/extend`, extension));
      expect(refusal.status, username).toBe(403);
      expect(refusal.body).toMatchObject({ code: 'FORBIDDEN', details: { rule: 'EXTEND_ONLY_BY_DIRECTING_LEADER' } });
    }
    const notLater = await refused([directiveStreamName(overdue)], () => step(app, 'pho.chu.tich.kt', `/api/directives/${overdue}/extend`, { ...extension, newDueDate: '2026-03-16' }));
    expect(notLater.body).toMatchObject({ statusCode: 422, details: { rule: 'EXTENSION_NOT_LATER' } });
    expect((await step(app, 'cv.kt2', `/api/directives/${overdue}/chase`, { channel: 'phone', note: 'Nhắc Sở gửi báo cáo' })).status).toBe(201);

    // 20/3: the report per lead agency, as JSON and as a spreadsheet.
    at('2026-03-20T15:00:00+07:00');
    const report = await eventually(
      () => app.get('pho.chu.tich.kt', '/api/directives/report?from=2026-03-01&to=2026-04-30&groupBy=agency'),
      (r) => r.body?.total?.total === 4 && r.body.total.done_late === 1,
    );
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({ asOf: '2026-03-20', groupBy: 'agency', projectedPosition: expect.any(String) });
    expect(report.body.groups).toEqual([
      { key: SKHDT, name: SKHDT, total: 2, done_on_time: 0, done_late: 0, not_done_in_time: 1, not_done_overdue: 1, onTimeRate: 0 },
      { key: DONG_ANH, name: DONG_ANH, total: 2, done_on_time: 1, done_late: 1, not_done_in_time: 0, not_done_overdue: 0, onTimeRate: 0.5 },
    ]);
    const sheet = await app.get('pho.chu.tich.kt', '/api/directives/report?from=2026-03-01&to=2026-04-30&groupBy=leader&format=xlsx');
    expect(sheet.status).toBe(200);
    expect(sheet.headers.get('content-type')).toContain('spreadsheetml');
    const printed = await app.get('pho.chu.tich.kt', '/api/directives/report?from=2026-03-01&to=2026-04-30&format=pdf');
    expect(printed.status).toBe(200);
    expect(printed.headers.get('content-type')).toBe('application/pdf');
    expect(String(printed.body).startsWith('%PDF-')).toBe(true);

    const briefing = await app.get('pho.chu.tich.kt', '/api/directives/briefing?from=2026-03-16&to=2026-03-22');
    expect(briefing.body.overdueByAgency).toEqual([{ agency: SKHDT, count: 1, items: [expect.objectContaining({ id: overdue, daysLate: 4 })] }]);
    const mine = await app.get('pho.chu.tich.kt', '/api/me/directives');
    expect(mine.body.directing.outcomes).toEqual({ done_on_time: 1, done_late: 1, not_done_in_time: 1, not_done_overdue: 1 });
    const queue = await app.get('cv.kt2', '/api/me/directives');
    expect(queue.body.following).toMatchObject({ overdue: 1, items: [{ id: overdue, outcome: 'not_done_overdue' }] });
    const one = await app.get('pho.chu.tich.kt', `/api/directives/${overdue}`);
    expect(one.body).toMatchObject({ status: 'assigned', actions: ['extend', 'cancel', 'supersede'], history: { chases: [{ channel: 'phone' }] } });
    const list = await app.get('cv.kt1', `/api/directives?agency=${encodeURIComponent(DONG_ANH)}&outcome=done_late`);
    expect(list.body.items.map((t: { id: string }) => t.id)).toEqual([late]);
  });

  it('documents every route in OpenAPI', async () => {
    const { body } = await app.request('GET', '/api/docs-json');
    for (const path of ['/api/meetings', '/api/meetings/{id}/conclusion', '/api/meetings/{id}/approve-conclusion', '/api/meetings/{id}/issue', '/api/meetings/{id}']) {
      expect(body.paths[path], path).toBeDefined();
    }
    for (const step of ['chase', 'report', 'accept', 'reject', 'extend', 'escalate', 'cancel', 'supersede']) expect(body.paths[`/api/directives/{id}/${step}`], step).toBeDefined();
    for (const path of ['/api/directives', '/api/directives/{id}', '/api/directives/report', '/api/directives/briefing', '/api/me/directives']) expect(body.paths[path], path).toBeDefined();
    expect(body.paths['/api/directives'].post.requestBody).toBeDefined();
  });

  it('refuses bad input (400), unknown ids (404) and steps in the wrong state (409), writing nothing', async () => {
    at('2026-03-20T15:00:00+07:00');
    const unknownField = await step(app, 'cv.kt1', '/api/meetings', { ...MEETING, colour: 'blue' });
    expect(unknownField.status).toBe(400);
    expect(unknownField.body.code).toBe('VALIDATION_FAILED');
    const badDate = await step(app, 'cv.kt1', '/api/meetings', { ...MEETING, heldOn: '2026-02-30' });
    expect(badDate.body.details.map((d: { field: string }) => d.field)).toContain('heldOn');
    const byClerk = await step(app, 'vanthu1', '/api/meetings', MEETING);
    expect(byClerk.body).toMatchObject({ statusCode: 403, details: { rule: 'SPECIALIST_ONLY' } });
    const unknown = '3f0c6f9e-1c1b-4a43-9a57-6d1c2a0b9e11';
    const missing = await refused([directiveStreamName(unknown)], () => step(app, 'cv.kt1', `/api/directives/${unknown}/chase`, { channel: 'phone', note: 'Nhắc' }));
    expect(missing.status).toBe(404);
    expect((await app.get('cv.kt1', `/api/meetings/${unknown}`)).status).toBe(404);

    const { id: meetingId } = (await step(app, 'cv.kt1', '/api/meetings', { ...MEETING, heldOn: '2026-03-19' })).body;
    const approveNothing = await refused([meetingStreamName(meetingId)], () => step(app, 'pho.chu.tich.kt', `/api/meetings/${meetingId}/approve-conclusion`, {}));
    expect(approveNothing.status).toBe(409);
    expect(approveNothing.body.code).toBe('WRONG_STATE');
    const issueDraft = await refused([meetingStreamName(meetingId)], () => step(app, 'vanthu1', `/api/meetings/${meetingId}/issue`, { recipients: ['Lưu: VT'], copies: 1 }));
    expect(issueDraft.status).toBe(409);
  });

  it('lists the meetings by status (or the clock of a notice not drafted), presiding leader, field and day held; one meeting says the caller’s steps', async () => {
    at('2026-03-20T15:00:00+07:00');
    const list = (query: string, username = 'tp.kt') => eventually(() => app.get(username, `/api/meetings?${query}`), (r) => r.status !== 200 || r.body.total >= 1);
    const all = await eventually(() => app.get('tp.kt', '/api/meetings'), (r) => r.body?.total === 2);
    expect(all.body).toMatchObject({ page: 1, pageSize: 50, total: 2, projectedPosition: expect.any(String) });
    // The latest held first: the meeting of 19/3 (notice due 24/3, not drafted), then the one of 2/3 (issued).
    expect(all.body.items.map((m: { heldOn: string; status: string; conclusion: { clock: string } }) => [m.heldOn, m.status, m.conclusion.clock])).toEqual([
      ['2026-03-19', 'held', 'pending'], ['2026-03-02', 'issued', 'on_time'],
    ]);
    const [held, issued] = all.body.items;
    expect((await list('status=notice_due')).body.items.map((m: { id: string }) => m.id)).toEqual([held.id]);
    expect((await list('status=issued')).body.items.map((m: { id: string }) => m.id)).toEqual([issued.id]);
    expect((await app.get('tp.kt', '/api/meetings?status=notice_overdue')).body.total).toBe(0);
    expect((await app.get('tp.kt', `/api/meetings?presidingLeaderId=${userId('pho.chu.tich.vx')}`)).body.total).toBe(0);
    expect((await list('fieldCode=KH-DT&from=2026-03-01&to=2026-03-10')).body.items.map((m: { id: string }) => m.id)).toEqual([issued.id]);
    expect((await app.get('tp.kt', '/api/meetings?page=2&pageSize=1')).body).toMatchObject({ page: 2, pageSize: 1, total: 2, items: [{ id: issued.id }] });

    const badStatus = await app.get('tp.kt', '/api/meetings?status=late');
    expect(badStatus.status).toBe(400);
    expect(badStatus.body.details.map((d: { field: string }) => d.field)).toEqual(['status']);
    const reversed = await app.get('tp.kt', '/api/meetings?from=2026-03-10&to=2026-03-01');
    expect(reversed.status).toBe(400);
    expect(reversed.body.details).toEqual([expect.objectContaining({ field: 'from' })]);

    // Exactly the steps of the meeting's turn table: the recording specialist drafts; nobody else has a step now.
    expect((await app.get('cv.kt1', `/api/meetings/${held.id}`)).body.actions).toEqual(['conclusion']);
    expect((await app.get('pho.chu.tich.kt', `/api/meetings/${held.id}`)).body.actions).toEqual([]);
    expect((await app.get('vanthu1', `/api/meetings/${issued.id}`)).body.actions).toEqual([]);
    const { body: docs } = await app.request('GET', '/api/docs-json');
    expect(docs.paths['/api/meetings'].get.responses['200'].content['application/json'].schema.properties.items).toBeDefined();
  });
});
