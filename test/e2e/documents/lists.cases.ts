import ExcelJS from 'exceljs';
import { beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { accessStreamName, addCalendarDays, DOCUMENT_STATUSES, dueSoonLimit, localDateOf, VIETNAM_CALENDAR } from '@office/domain';
import { documentAt, registration, step, userId } from '../../support/document-steps';
import { useTestApp } from '../../support/test-app';

type Item = { id: string; excerpt: string; urgency: string; confidentiality: string; status: string; fieldCode: string; receivedAt: string; incomingNumber: number; nextDue: string | null; overdue: boolean; leaderId: string | null };

/*
 * The documents list that finds things (issue 16): each filter and sort against the real read
 * model (PostgreSQL, the projector running), the 400s naming the field, the XLSX export of what the
 * list shows (with the confidential rows only for those allowed, and recorded as reads), and the
 * saved filters kept as events on saved-filters-<userId>.
 */
describe('documents list: filters, sort, export, saved filters', () => {
  // A fixed clock: "overdue" and "due soon" are the API's today, which the system clock would move at midnight between the test's and the API's reading.
  const now = new Date('2026-11-20T09:00:00+07:00');
  const today = localDateOf(now);
  const app = useTestApp({ clock: () => now });
  const ids: Record<string, string> = {};
  const weeksAgo = addCalendarDays(today, -20);
  let head = '0';

  async function get(username: string, path: string) {
    const answer = await app.request('GET', `${path}${path.includes('?') ? '&' : '?'}minPosition=${head}`, { token: await app.login(username) });
    return answer;
  }
  async function list(username: string, query: string): Promise<Item[]> {
    const { status, body } = await get(username, `/api/documents?pageSize=200&${query}`);
    expect(status, JSON.stringify(body)).toBe(200);
    return body.items;
  }
  async function register(overrides: Record<string, unknown>) {
    const { status, body } = await step(app, 'vanthu1', '/api/documents', registration(overrides));
    if (status !== 201) throw new Error(`${status} ${JSON.stringify(body)}`);
    return body.id as string;
  }
  const mine = (items: Item[]) => items.filter((i) => Object.values(ids).includes(i.id));

  beforeAll(async () => {
    ids.old = await register({ excerpt: 'A — báo cáo giải ngân vốn đầu tư công', receivedAt: `${weeksAgo}T02:00:00Z`, source: { agency: 'Sở Tài chính', symbol: '9/STC', issuedDate: weeksAgo } });
    ids.flash = await register({ excerpt: 'B — ứng phó áp thấp nhiệt đới', urgency: 'flash', source: { agency: 'Ban Chỉ huy PCTT', symbol: '77/BCH', issuedDate: today } });
    ids.secret = await register({ excerpt: 'C — phương án bảo vệ mục tiêu', confidentiality: 'confidential', source: { agency: 'Công an tỉnh', symbol: '12/CAT', issuedDate: today } });
    ids.submitted = await documentAt(app, 'submitted', { excerpt: 'D — điều chỉnh chủ trương đầu tư trường học', urgency: 'urgent', source: { agency: 'Sở Giáo dục', symbol: '5/SGD', issuedDate: today } });
    const history = await app.request('GET', `/api/documents/${ids.submitted}/history`, { token: await app.login('vanthu1') });
    head = history.body.events.at(-1).position;
  }, 120_000);

  it('filters by urgency and confidentiality, one value or several', async () => {
    expect(mine(await list('chanh.vp', 'urgency=flash')).map((i) => i.id)).toEqual([ids.flash]);
    expect(mine(await list('chanh.vp', 'urgency=flash,urgent')).map((i) => i.id).sort()).toEqual([ids.flash, ids.submitted].sort());
    expect(mine(await list('chanh.vp', 'confidentiality=confidential')).map((i) => i.id)).toEqual([ids.secret]);
    // A specialist off the path never sees it, filter or not.
    expect(mine(await list('cv.vx1', 'confidentiality=confidential'))).toEqual([]);
  });

  it('filters by overdue and due soon, as the notices count them (today or the next working day)', async () => {
    const all = mine(await list('chanh.vp', ''));
    const overdue = mine(await list('chanh.vp', 'overdue=true'));
    expect(overdue.map((i) => i.id)).toContain(ids.old);
    expect(overdue.map((i) => i.id).sort()).toEqual(all.filter((i) => i.nextDue !== null && i.nextDue < today).map((i) => i.id).sort());
    const limit = dueSoonLimit(today, VIETNAM_CALENDAR);
    const soon = mine(await list('chanh.vp', 'dueSoon=true'));
    expect(soon.map((i) => i.id)).toContain(ids.flash);
    expect(soon.map((i) => i.id).sort()).toEqual(all.filter((i) => i.nextDue !== null && i.nextDue >= today && i.nextDue <= limit).map((i) => i.id).sort());
    expect(soon.some((i) => i.overdue)).toBe(false);
  });

  it('filters by status, leader (the submission’s, else the office leader in charge) and period', async () => {
    expect(mine(await list('chanh.vp', 'status=submitted')).map((i) => i.id)).toEqual([ids.submitted]);
    expect(mine(await list('chanh.vp', `leaderId=${userId('pho.chu.tich.kt')}`)).map((i) => i.id)).toEqual([ids.submitted]);
    const officeLeader = mine(await list('chanh.vp', `leaderId=${userId('pho.chanh.vp.kt')}`)).map((i) => i.id);
    expect(officeLeader.sort()).toEqual([ids.old, ids.flash, ids.secret].sort());
    expect(mine(await list('chanh.vp', `receivedFrom=${weeksAgo}&receivedTo=${weeksAgo}`)).map((i) => i.id)).toEqual([ids.old]);
    expect(mine(await list('chanh.vp', `receivedFrom=${addCalendarDays(weeksAgo, 1)}`)).map((i) => i.id)).not.toContain(ids.old);
  });

  it('sorts by every column shown, both ways, equal values in id order', async () => {
    const ranks: Record<string, number> = { normal: 0, urgent: 1, very_urgent: 2, flash: 3 };
    const keys: Record<string, (i: Item) => string | number> = {
      receivedAt: (i) => i.receivedAt,
      incomingNumber: (i) => i.incomingNumber,
      urgency: (i) => ranks[i.urgency],
      status: (i) => DOCUMENT_STATUSES.indexOf(i.status as (typeof DOCUMENT_STATUSES)[number]),
    };
    for (const [sort, key] of Object.entries(keys)) {
      for (const order of ['asc', 'desc'] as const) {
        const items = await list('chanh.vp', `sort=${sort}&order=${order}`);
        const values = items.map(key);
        const sorted = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        expect(values, `${sort} ${order}`).toEqual(order === 'asc' ? sorted : sorted.reverse());
      }
    }
    // Documents with nothing pending (no next due day) come last either way: the list is about what is due.
    for (const order of ['asc', 'desc'] as const) {
      const values = (await list('chanh.vp', `sort=nextDue&order=${order}`)).map((i) => i.nextDue);
      const dated = values.filter((v): v is string => v !== null).sort();
      expect(values, `nextDue ${order}`).toEqual([...(order === 'asc' ? dated : dated.reverse()), ...values.filter((v) => v === null)]);
    }
    // Text columns: distinct values here, so one order is the other reversed.
    for (const sort of ['excerpt', 'source']) {
      const asc = (await list('chanh.vp', `sort=${sort}&order=asc`)).map((i) => i.id);
      const desc = (await list('chanh.vp', `sort=${sort}&order=desc`)).map((i) => i.id);
      expect(asc, sort).toEqual([...desc].reverse());
    }
    expect((await list('chanh.vp', 'sort=excerpt')).map((i) => i.excerpt.slice(0, 1))).toEqual(['A', 'B', 'C', 'D']);
    // All four share a field: the id decides, and pages never repeat nor skip a row.
    const byField = (await list('chanh.vp', 'sort=fieldCode')).map((i) => i.id);
    expect(byField).toEqual([...byField].sort());
    const { body: first } = await get('chanh.vp', '/api/documents?sort=fieldCode&pageSize=2&page=1');
    const { body: second } = await get('chanh.vp', '/api/documents?sort=fieldCode&pageSize=2&page=2');
    expect([...first.items, ...second.items].map((i: Item) => i.id)).toEqual(byField);
  });

  it('answers 400 naming the field of a filter or sort it cannot use', async () => {
    const cases: Array<[string, string]> = [
      ['urgency=soon', 'urgency'],
      ['confidentiality=public', 'confidentiality'],
      ['dueSoon=yes', 'dueSoon'],
      ['overdue=1', 'overdue'],
      ['leaderId=nobody', 'leaderId'],
      ['status=lost', 'status'],
      ['sort=state', 'sort'],
      ['sort=excerpt&order=up', 'order'],
      ['format=pdf', 'format'],
      ['receivedFrom=2026-02-30', 'receivedFrom'],
      ['receivedFrom=2026-03-05&receivedTo=2026-03-01', 'receivedFrom'],
    ];
    for (const [query, field] of cases) {
      const { status, body } = await get('chanh.vp', `/api/documents?${query}`);
      expect(status, query).toBe(400);
      expect(body.code, query).toBe('VALIDATION_FAILED');
      expect(body.details.map((d: { field: string }) => d.field), query).toContain(field);
    }
  });

  it('exports what it shows as XLSX: the same filters and sort, every row, confidential ones only for those allowed and recorded', async () => {
    const fetchSheet = async (username: string, query: string) => {
      const response = await fetch(`${app.baseUrl}/api/documents?${query}&format=xlsx&minPosition=${head}`, { headers: { authorization: `Bearer ${await app.login(username)}` } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="van-ban-den-\d{4}-\d{2}-\d{2}\.xlsx"$/);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(await response.arrayBuffer());
      const sheet = book.worksheets[0];
      const rows: string[][] = [];
      sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
      return { rows, total: response.headers.get('x-total-count') };
    };
    const before = (await app.platform.eventStore.readStream(accessStreamName(ids.secret)).catch(() => [])).length;
    const { rows, total } = await fetchSheet('chanh.vp', 'sort=excerpt&order=desc&pageSize=1');
    expect(rows[0]).toEqual(['Số đến', 'Ngày đến', 'Nơi gửi', 'Số, ký hiệu', 'Trích yếu', 'Độ khẩn', 'Độ mật', 'Lĩnh vực', 'Trạng thái', 'Hạn gần nhất', 'Tình trạng hạn']);
    // pageSize=1 is the page's, not the export's: every row, in the list's order.
    expect(rows.slice(1).map((r) => r[4].slice(0, 1))).toEqual(['D', 'C', 'B', 'A']);
    expect(total).toBe('4');
    const old = rows.find((r) => r[4].startsWith('A'))!;
    expect(old[10]).toBe('Quá hạn');
    expect(rows.find((r) => r[4].startsWith('B'))![5]).toBe('Hỏa tốc');
    expect(rows.find((r) => r[4].startsWith('B'))![10]).toBe('Sắp đến hạn');
    expect(rows.find((r) => r[4].startsWith('C'))![6]).toBe('Mật');
    const after = await app.platform.eventStore.readStream(accessStreamName(ids.secret));
    expect(after.length).toBeGreaterThan(before);
    expect(after.at(-1)!.data).toMatchObject({ documentId: ids.secret, by: userId('chanh.vp') });

    const overdueOnly = await fetchSheet('chanh.vp', 'overdue=true');
    expect(overdueOnly.rows.slice(1).map((r) => r[4].slice(0, 1))).toEqual(['A']);
    const specialist = await fetchSheet('cv.vx1', '');
    expect(specialist.rows.some((r) => r[4].startsWith('C'))).toBe(false);
  });

  it('keeps a few named filters per person as events, read back from their stream', async () => {
    const token = await app.login('cv.kt1');
    const put = (list: string, body: unknown) => app.request('PUT', `/api/me/saved-filters/${list}`, { token, body });
    expect((await app.request('GET', '/api/me/saved-filters?list=documents', { token })).body).toEqual({ list: 'documents', items: [] });
    const saved = await put('documents', { name: 'Quá hạn', query: 'overdue=true&sort=nextDue' });
    expect(saved.status).toBe(200);
    expect(saved.body.changed).toBe(true);
    expect((await put('documents', { name: 'Quá hạn', query: 'overdue=true&sort=nextDue' })).body.changed).toBe(false);
    await put('documents', { name: 'Hỏa tốc', query: 'urgency=flash' });
    await put('documents', { name: 'Quá hạn', query: 'overdue=true&sort=nextDue&order=desc' });
    const { body } = await app.request('GET', '/api/me/saved-filters?list=documents', { token });
    expect(body.items.map((f: { name: string; query: string }) => [f.name, f.query])).toEqual([['Quá hạn', 'overdue=true&sort=nextDue&order=desc'], ['Hỏa tốc', 'urgency=flash']]);
    // Each person their own.
    expect((await app.request('GET', '/api/me/saved-filters?list=documents', { token: await app.login('cv.kt2') })).body.items).toEqual([]);
    const stream = await app.platform.eventStore.readStream(`saved-filters-${userId('cv.kt1')}`);
    expect(stream.map((e) => e.type)).toEqual(['SavedFilterSaved', 'SavedFilterSaved', 'SavedFilterSaved']);

    const removed = await app.request('DELETE', `/api/me/saved-filters/documents/${encodeURIComponent('Hỏa tốc')}`, { token });
    expect(removed.status).toBe(200);
    expect((await app.request('GET', '/api/me/saved-filters?list=documents', { token })).body.items.map((f: { name: string }) => f.name)).toEqual(['Quá hạn']);

    const problems: Array<[Promise<{ status: number; body: { details?: Array<{ field: string }> } }>, string]> = [
      [put('dossiers', { name: 'A', query: 'x=1' }), 'list'],
      [put('documents', { name: '', query: 'x=1' }), 'name'],
      [put('documents', { name: 'x'.repeat(61), query: 'x=1' }), 'name'],
      [put('documents', { name: 'A', query: 'x'.repeat(1001) }), 'query'],
      [app.request('GET', '/api/me/saved-filters?list=nothing', { token }), 'list'],
    ];
    for (const [answer, field] of problems) {
      const { status, body: problem } = await answer;
      expect(status, field).toBe(400);
      expect(problem.details?.map((d) => d.field)).toContain(field);
    }
  });
});
