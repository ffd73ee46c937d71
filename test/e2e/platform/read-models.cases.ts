import ExcelJS from 'exceljs';
import { beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { addCalendarDays, localDateOf } from '@office/domain';
import { useTestApp } from '../../support/test-app';

/*
 * The read models through the real product: documents driven over HTTP by the demo staff, the
 * projector running, then summaries, lists, queues, registers, briefing and compliance read
 * back with `?minPosition=` so that each read sees the write before it.
 */
describe('read models over HTTP', () => {
  // A fixed clock: the documents are received on the API's today, which the briefing's and compliance's periods end at.
  const now = new Date('2026-11-20T09:00:00+07:00');
  const today = localDateOf(now);
  const app = useTestApp({ clock: () => now });
  const ids: Record<string, string> = {};
  const users: Record<string, string> = {};
  let departments: Record<string, string> = {};
  const weeksAgo = addCalendarDays(today, -20); // before any holiday run (Tết is at most 9 days off)

  const as = async (username: string) => app.login(username);
  async function post(username: string, path: string, body: unknown) {
    const answer = await app.request('POST', path, { token: await as(username), body });
    if (answer.status !== 201) throw new Error(`${username} POST ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  }
  async function get(username: string, path: string) {
    return app.request('GET', path, { token: await as(username) });
  }
  /** Global position of a document's last event, from its history. */
  async function positionOf(id: string): Promise<string> {
    const { body } = await get('vanthu1', `/api/documents/${id}/history`);
    return body.events[body.events.length - 1].position;
  }
  const receive = (overrides: Record<string, unknown> = {}) => ({
    source: { agency: 'Sở Kế hoạch và Đầu tư', symbol: '512/SKHĐT-KTĐN', issuedDate: weeksAgo, signer: 'Nguyễn Văn A' },
    excerpt: 'V/v đề nghị phê duyệt chủ trương đầu tư dự án khu công nghiệp Nam Đông Hà',
    documentType: 'Tờ trình',
    fieldCode: 'KH-DT',
    urgency: 'normal',
    confidentiality: 'normal',
    channel: 'electronic',
    ...overrides,
  });

  beforeAll(async () => {
    const { body: org } = await get('kiemtoan1', '/api/org');
    for (const u of org.users) users[u.username] = u.id;
    departments = Object.fromEntries(org.departments.map((d: { code: string; id: string }) => [d.code, d.id]));

    ids.a = (await post('vanthu1', '/api/documents', receive())).id;
    ids.late = (await post('vanthu1', '/api/documents', receive({ excerpt: 'V/v báo cáo tình hình giải ngân vốn đầu tư công', receivedAt: `${weeksAgo}T02:00:00Z` }))).id;
    ids.urgent = (await post('vanthu1', '/api/documents', receive({ excerpt: 'V/v ứng phó áp thấp nhiệt đới', urgency: 'urgent', source: { agency: 'Ban Chỉ huy PCTT', symbol: '77/BCH-PCTT', issuedDate: today } }))).id;
    ids.secret = (await post('vanthu1', '/api/documents', receive({ excerpt: 'V/v phương án bảo vệ mục tiêu trọng điểm', confidentiality: 'confidential', source: { agency: 'Công an tỉnh', symbol: '12/CAT-PA03', issuedDate: today } }))).id;
  });

  it('walks a document through its whole life, each step showing in the queue of whoever acts next', async () => {
    const a = ids.a;
    const queueOf = async (username: string, id: string) => {
      const { status, body } = await get(username, `/api/me/queue?minPosition=${await positionOf(id)}`);
      expect(status).toBe(200);
      return body.items.find((i: { id: string }) => i.id === id)?.action;
    };

    expect(await queueOf('pho.chanh.vp.kt', a)).toBe('distribute');
    await post('pho.chanh.vp.kt', `/api/documents/${a}/distribute`, { departmentId: departments.KT, direction: 'Giao Phòng Kinh tế tham mưu', dueDate: addCalendarDays(today, 30) });
    expect(await queueOf('tp.kt', a)).toBe('assign');
    await post('tp.kt', `/api/documents/${a}/assign`, { specialistId: users['cv.kt1'] });
    expect(await queueOf('cv.kt1', a)).toBe('appraise');
    const ok = { ok: true };
    await post('cv.kt1', `/api/documents/${a}/appraise`, { findings: { procedure: ok, format: ok, content: ok, legality: ok }, outcome: 'valid' });
    expect(await queueOf('cv.kt1', a)).toBe('submit');
    await post('cv.kt1', `/api/documents/${a}/submit`, { leaderId: users['pho.chu.tich.kt'], proposal: 'Đề nghị phê duyệt', draft: { documentType: 'decision', excerpt: 'Phê duyệt chủ trương đầu tư dự án khu công nghiệp Nam Đông Hà' } });
    expect(await queueOf('pho.chanh.vp.kt', a)).toBe('initial');
    await post('pho.chanh.vp.kt', `/api/documents/${a}/initial`, { agree: true });
    expect(await queueOf('pho.chu.tich.kt', a)).toBe('sign');
    expect(await queueOf('cv.kt1', a)).toBeUndefined();
    await post('pho.chu.tich.kt', `/api/documents/${a}/sign`, { decision: 'approved' });
    expect(await queueOf('vanthu1', a)).toBe('issue');
    const issued = await post('vanthu1', `/api/documents/${a}/issue`, { recipients: ['Sở Kế hoạch và Đầu tư', 'Lưu: VT, KT'], copies: 3 });
    ids.symbol = issued.symbol;
    await post('vanthu1', `/api/documents/${a}/archive`, { fileCode: 'KT.01', retention: 'permanent' });

    const { status, body } = await get('cv.kt1', `/api/documents/${a}?minPosition=${await positionOf(a)}`);
    expect(status).toBe(200);
    expect(BigInt(body.projectedPosition)).toBeGreaterThanOrEqual(BigInt(await positionOf(a)));
    expect(body).toMatchObject({
      id: a, status: 'archived', incomingNumber: 1, fieldCode: 'KH-DT', urgency: 'normal', confidentiality: 'normal', departmentId: departments.KT,
      assigneeId: users['cv.kt1'], leaderId: users['pho.chu.tich.kt'], officeLeaderId: users['pho.chanh.vp.kt'], outgoingNumber: issued.outgoingNumber,
      symbol: issued.symbol, source: { agency: 'Sở Kế hoạch và Đầu tư', symbol: '512/SKHĐT-KTĐN' }, completion: 'early', overdue: false,
    });
    expect(Object.keys(body.deadlines).sort()).toEqual(['distribute', 'issue', 'leader', 'submit']);
    for (const clock of Object.values(body.deadlines) as Array<{ due: string; doneAt?: string; state: string }>) {
      expect(clock).toMatchObject({ due: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), doneAt: expect.any(String), state: 'on_time' });
    }
  });

  it('orders the queue by urgency, then overdue, then due day', async () => {
    const { body } = await get('pho.chanh.vp.kt', `/api/me/queue?minPosition=${await positionOf(ids.secret)}`);
    const order = body.items.map((i: { id: string }) => i.id);
    expect(order.slice(0, 2)).toEqual([ids.urgent, ids.late]);
    expect(order).toContain(ids.secret); // restricted, but his to distribute now
    expect(body.items[1]).toMatchObject({ action: 'distribute', overdue: true });
  });

  it('hides a confidential document from those not on its path: 404 and absent from lists', async () => {
    const at = await positionOf(ids.secret);
    expect((await get('vanthu2', `/api/documents/${ids.secret}?minPosition=${at}`)).status).toBe(404);
    expect((await get('cv.kt1', `/api/documents/${ids.secret}`)).body.code).toBe('NOT_FOUND');
    expect((await get('vanthu1', `/api/documents/${ids.secret}`)).body).toMatchObject({ confidentiality: 'confidential', series: 'confidential', incomingNumber: 1 });
    expect((await get('kiemtoan1', `/api/documents/${ids.secret}`)).status).toBe(200);
    const seenBy = async (username: string) => (await get(username, '/api/documents?status=received')).body.items.map((i: { id: string }) => i.id);
    expect(await seenBy('vanthu2')).not.toContain(ids.secret);
    expect(await seenBy('vanthu1')).toEqual(expect.arrayContaining([ids.secret, ids.late, ids.urgent]));
  });

  it('filters, searches (with or without Vietnamese marks) and pages the list', async () => {
    const list = async (query: string) => (await get('chanh.vp', `/api/documents?${query}`)).body;
    expect((await list('q=khu cong nghiep')).items.map((i: { id: string }) => i.id)).toEqual([ids.a]);
    expect((await list(`q=${encodeURIComponent('GIẢI NGÂN')}`)).items.map((i: { id: string }) => i.id)).toEqual([ids.late]);
    expect((await list('q=77/BCH')).items.map((i: { id: string }) => i.id)).toEqual([ids.urgent]);
    expect((await list('overdue=true')).items.map((i: { id: string }) => i.id)).toEqual([ids.late]);
    expect((await list(`assigneeId=${users['cv.kt1']}&status=archived,issued`)).items.map((i: { id: string }) => i.id)).toEqual([ids.a]);
    expect((await list(`receivedFrom=${weeksAgo}&receivedTo=${weeksAgo}`)).total).toBe(1);
    const page = await list('pageSize=2&page=2');
    expect(page).toMatchObject({ page: 2, pageSize: 2, total: 4, projectedPosition: expect.stringMatching(/^-?\d+$/) });
    expect(page.items).toHaveLength(2);
  });

  it('refuses bad query parameters with 400 VALIDATION_FAILED naming each field', async () => {
    const { status, body } = await get('chanh.vp', '/api/documents?pageSize=500&status=lost&overdue=maybe&receivedFrom=2026-02-30&extra=1');
    expect(status).toBe(400);
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.details.map((d: { field: string }) => d.field)).toEqual(expect.arrayContaining(['pageSize', 'status', 'overdue', 'extra']));
    const range = await get('chanh.vp', `/api/documents?receivedFrom=${today}&receivedTo=${weeksAgo}`);
    expect(range.body.details).toEqual([{ field: 'receivedFrom', message: expect.any(String) }]);
    expect((await get('chanh.vp', '/api/me/queue?minPosition=soon')).body.details[0].field).toBe('minPosition');
  });

  it('keeps the incoming and outgoing registers per year, as JSON and as CSV with a BOM', async () => {
    const year = Number(today.slice(0, 4));
    const at = await positionOf(ids.a);
    const incoming = (await get('vanthu1', `/api/registers/incoming?year=${year}&minPosition=${at}`)).body;
    expect(incoming.rows.map((r: { number: number; status: string }) => [r.number, r.status])).toEqual([[1, 'registered'], [2, 'registered'], [3, 'registered']]);
    expect(incoming.rows[0]).toMatchObject({ author: 'Sở Kế hoạch và Đầu tư', symbol: '512/SKHĐT-KTĐN', recipient: { departmentId: departments.KT, assigneeName: expect.any(String) } });
    const secret = (await get('chanh.vp', `/api/registers/incoming?year=${year}&series=confidential`)).body;
    expect(secret.rows).toHaveLength(1);
    expect(secret.rows[0].excerpt).toContain('mục tiêu');
    expect((await get('tp.kt', `/api/registers/incoming?year=${year}`)).status).toBe(403);
    const masked = (await get('pho.chu.tich.vx', `/api/registers/incoming?year=${year}&series=confidential`)).body;
    expect(masked.rows[0]).toMatchObject({ number: 1, excerpt: null, author: null });

    const outgoing = (await get('kiemtoan1', `/api/registers/outgoing?year=${year}&minPosition=${at}`)).body;
    expect(outgoing.rows).toEqual([expect.objectContaining({ number: 1, status: 'issued', symbol: ids.symbol, copies: 3, recipients: ['Sở Kế hoạch và Đầu tư', 'Lưu: VT, KT'] })]);

    const csv = await get('vanthu1', `/api/registers/incoming?year=${year}&format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('x-projected-position')).toMatch(/^\d+$/);
    const text = await (await fetch(`${app.baseUrl}/api/registers/incoming?year=${year}&format=csv`, { headers: { authorization: `Bearer ${await as('vanthu1')}` } })).arrayBuffer();
    expect([...new Uint8Array(text.slice(0, 3))]).toEqual([0xef, 0xbb, 0xbf]);
    expect(String(csv.body)).toContain('Ngày đến,Số đến,Tác giả,"Số, ký hiệu"');
    const out = await get('vanthu1', `/api/registers/outgoing?year=${year}&format=csv`);
    expect(String(out.body)).toContain(ids.symbol);

    const xlsx = await fetch(`${app.baseUrl}/api/registers/incoming?year=${year}&format=xlsx`, { headers: { authorization: `Bearer ${await as('vanthu1')}` } });
    expect(xlsx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(xlsx.headers.get('content-disposition')).toBe(`attachment; filename="so-van-ban-den-${year}-normal.xlsx"`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await xlsx.arrayBuffer());
    const sheet = book.getWorksheet('Sổ văn bản đến')!;
    expect(sheet.getRow(1).getCell(4).value).toBe('Số, ký hiệu');
    expect(sheet.rowCount).toBe(4);
    expect(sheet.getRow(2).getCell(2).value).toBe(1);
    expect(sheet.getRow(2).getCell(4).value).toBe('512/SKHĐT-KTĐN');
    expect((await get('vanthu1', `/api/registers/outgoing?year=${year}&format=pdf`)).body.details[0].field).toBe('format');

    const page = (await get('vanthu1', `/api/registers/incoming?year=${year}&page=2&pageSize=2`)).body;
    expect(page).toMatchObject({ page: 2, pageSize: 2, total: 3 });
    expect(page.rows.map((r: { number: number }) => r.number)).toEqual([3]);
    // Past the last page, and the outgoing register: the totals the projections keep.
    expect((await get('vanthu1', `/api/registers/incoming?year=${year}&page=3&pageSize=2`)).body).toMatchObject({ page: 3, total: 3, rows: [] });
    expect((await get('kiemtoan1', `/api/registers/outgoing?year=${year}&page=1&pageSize=1`)).body).toMatchObject({ total: outgoing.rows.length, rows: [outgoing.rows[0]] });
    expect((await get('vanthu1', `/api/registers/incoming?year=${year}&pageSize=1001`)).body.details[0]).toMatchObject({ field: 'pageSize' });
  });

  it('gives the leaders their weekly-briefing figures', async () => {
    const at = await positionOf(ids.a);
    const { status, body } = await get('chanh.vp', `/api/stats/briefing?from=${weeksAgo}&to=${today}&minPosition=${at}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      period: { from: weeksAgo, to: today },
      received: { total: 4, byUrgency: { normal: 3, urgent: 1, very_urgent: 0, flash: 0 } },
      awaitingDistribution: 3,
      inProgress: { total: 3, overdue: 1, withinTime: 2 },
      completed: { total: 1, early: 1, onTime: 0, late: 0 },
      onTimeRate: 1,
      outgoingIssued: { total: 1, byDocumentType: { decision: 1 } },
    });
    expect(body.overdueList).toEqual([expect.objectContaining({ documentId: ids.late, workingDaysLate: expect.any(Number) })]);
    expect(body.overdueList[0].workingDaysLate).toBeGreaterThan(0);
    expect(body.overdueList[0].overdueSteps.map((s: { step: string }) => s.step)).toContain('distribute');
    expect(body.byDepartment).toEqual(expect.arrayContaining([expect.objectContaining({ departmentId: departments.KT, completed: expect.objectContaining({ total: 1 }) })]));
    expect(body.bySpecialist).toEqual(expect.arrayContaining([expect.objectContaining({ specialistId: users['cv.kt1'], onTimeRate: 1 })]));
    expect(body.byField).toEqual([expect.objectContaining({ fieldCode: 'KH-DT', received: 4 })]);
    expect(body.trend.length).toBeGreaterThanOrEqual(8);
    expect(body.steps.find((s: { step: string }) => s.step === 'distribute')).toMatchObject({ done: 1, onTime: 1, openOverdue: 1 });
    expect((await get('cv.kt1', '/api/stats/briefing')).status).toBe(403);
    expect((await get('chanh.vp', `/api/stats/briefing?from=${today}&to=${weeksAgo}`)).body.code).toBe('VALIDATION_FAILED');
  });

  it('gives ISO compliance per process step, for a field or all', async () => {
    const at = await positionOf(ids.a);
    const { status, body } = await get('thuky.iso', `/api/iso/compliance?from=${weeksAgo}&to=${today}&minPosition=${at}`);
    expect(status).toBe(200);
    const step = (name: string) => body.steps.find((s: { step: string }) => s.step === name);
    expect(body.steps.map((s: { step: string }) => s.step)).toEqual(['distribute', 'supplement', 'submit', 'issue', 'leader']);
    expect(step('distribute')).toMatchObject({ count: 1, onTime: 1, late: 0, medianWorkingDays: 0, p90WorkingDays: 0, openOverdueNow: 1 });
    expect(step('submit')).toMatchObject({ count: 1, onTime: 1 });
    expect(step('issue')).toMatchObject({ count: 1, onTime: 1 });
    expect(step('supplement')).toMatchObject({ count: 0, medianWorkingDays: null });
    const other = (await get('kiemtoan1', `/api/iso/compliance?from=${weeksAgo}&to=${today}&fieldCode=TC`)).body;
    expect(other.steps.every((s: { count: number }) => s.count === 0)).toBe(true);
    expect((await get('cv.kt1', '/api/iso/compliance')).status).toBe(403);
    expect((await get('thuky.iso', '/api/iso/compliance?from=2026-13-01')).body.details[0].field).toBe('from');
  });
});
