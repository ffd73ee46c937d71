import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { documentAt, step, userId } from '../../support/document-steps';
import { startTestApp, type TestApp } from '../../support/test-app';
import { expectNoErrors, hasChromium, connectChromium, navigationOf, open, PHONE, screenshot, Users, waitForView } from '../browser-support';

/*
 * Leaders' directives in a real browser: a specialist records a meeting and drafts its notice with
 * two directives, the presiding leader approves it, it is submitted, initialled, signed and issued,
 * its tasks appear; the clerk records an agency's completion report with the incoming document
 * that carried it, the follow-up specialist accepts it; the extension is offered to the directing
 * leader only; a leader reads the four outcomes per agency and the briefing's section.
 *
 * Three tasks from official letters are registered 20 days back on the API's clock (which the test
 * then hands back to the real time), so that the register and the reports show all four outcomes.
 */

const DAY = 86_400_000;
/** The API's clock: the real time, unless the test sets an instant. */
let fixed: number | null = null;
const hanoiDay = (offsetDays = 0) => new Date(Date.now() + 7 * 3_600_000 + offsetDays * DAY).toISOString().slice(0, 10);
const vnDate = (isoDay: string) => isoDay.split('-').reverse().join('/');

const DONG_ANH = 'UBND huyện Đông Anh';
const SKHDT = 'Sở Kế hoạch và Đầu tư';
const STC = 'Sở Tài chính';
const SXD = 'Sở Xây dựng';

(!hasChromium ? describe.skip : describe)('leaders’ directives in a real browser (Chromium)', () => {
  let app: TestApp;
  let browser: Browser;
  let users: Users;
  let meetingId = '';
  let tasks: string[] = [];
  const letters: Record<'overdue' | 'late' | 'soon', string> = { overdue: '', late: '', soon: '' };

  const api = async (username: string, path: string) => {
    const answer = await app.request('GET', path, { token: await app.login(username) });
    expect(answer.status, `${path}: ${JSON.stringify(answer.body)}`).toBe(200);
    return answer.body;
  };
  const caughtUp = async () => `minPosition=${(await app.platform.dataSource.query('SELECT coalesce(max(position), 0)::text AS p FROM event_store.events'))[0].p}`;
  const posted = async (username: string, path: string, body: unknown) => {
    const answer = await step(app, username, path, body);
    expect(answer.status, `${path}: ${JSON.stringify(answer.body)}`).toBe(201);
    return answer.body;
  };

  /** A task from an official letter, registered `daysBack` days ago (on the API's clock), due `dueIn` days after that. */
  async function letter(daysBack: number, dueIn: number, leadAgency: string, content: string, fieldCode: string) {
    fixed = Date.now() - daysBack * DAY;
    const registered = hanoiDay(-daysBack);
    const body = {
      source: { kind: 'official_letter', documentId: `cv-${content.length}`, symbol: `${200 + content.length}/UBND-KT`, date: registered }, content, leadAgency,
      dueDate: hanoiDay(dueIn - daysBack), directingLeaderId: userId('pho.chu.tich.kt'), fieldCode, followUpSpecialistId: userId('cv.kt1'),
    };
    const { id } = await posted('cv.kt1', '/api/directives', body);
    fixed = null;
    return id as string;
  }

  beforeAll(async () => {
    [app, browser] = await Promise.all([startTestApp({ clock: () => new Date(fixed ?? Date.now()) }), connectChromium()]);
    users = new Users(browser, app.baseUrl);
    letters.overdue = await letter(20, 10, STC, 'Rà soát, báo cáo tình hình quyết toán vốn các dự án hoàn thành', 'TC');
    letters.late = await letter(20, 5, SXD, 'Kiểm tra an toàn các công trình nhà chung cư cũ', 'XD');
    letters.soon = await letter(20, 22, SKHDT, 'Tổng hợp nhu cầu vốn đầu tư công năm 2027', 'KH-DT');
    // Done late: reported 8 days after it was given (3 days past its due date), accepted.
    fixed = Date.now() - 12 * DAY;
    await posted('cv.kt1', `/api/directives/${letters.late}/report`, { kind: 'completion', summary: 'Đã kiểm tra 14 nhà chung cư cũ', reportSymbol: '31/BC-SXD' });
    await posted('cv.kt1', `/api/directives/${letters.late}/accept`, {});
    fixed = null;
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  /**
   * The tab where `username` works. Each tab holds the live notice stream open, and a browser has
   * six connections per server: the three people who act most keep their tab, the others get one
   * in a context of their own, closed after their step.
   */
  const KEPT = ['cv.kt1', 'vanthu1', 'pho.chu.tich.kt'];
  async function tab(username: string): Promise<{ page: Page; done: () => Promise<void> }> {
    if (KEPT.includes(username)) return { page: await users.as(username), done: async () => undefined };
    const page = await users.signedIn(username);
    return { page, done: () => page.context().close() };
  }

  /** As `username`: open `path`, check the buttons are the API's `actions`, take `action` through its form; answers the page, re-rendered. */
  async function takeStep(username: string, path: string, apiPath: string, action: string, fill: (dialog: Locator) => Promise<unknown> = async () => undefined): Promise<Page> {
    const { page, done } = await tab(username);
    await open(page, app.baseUrl, path);
    const { actions } = await api(username, `${apiPath}?${await caughtUp()}`);
    const shown = await page.locator('[data-testid="actions"] button').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-action')));
    expect(shown, `${username} on ${path}`).toEqual(actions);
    await page.locator(`[data-testid="actions"] button[data-action="${action}"]`).click();
    const dialog = page.getByTestId(`dialog-${action}`);
    await fill(dialog);
    await waitForView(page, () => dialog.locator('button[type="submit"]').click());
    await done();
    return page;
  }
  /** Form controls a screen reader could not name (no label, no aria-label). */
  const unlabelled = (scope: Page | Locator) =>
    scope.locator('input, select, textarea').evaluateAll((controls) => controls.filter((c) => !(c as unknown as { labels: ArrayLike<unknown> | null }).labels?.length && !c.getAttribute('aria-label')).map((c) => c.getAttribute('name')));
  const choose = (dialog: Locator, field: string, option: string) => dialog.locator(`fieldset[data-field="${field}"]`).getByLabel(option, { exact: true }).check();
  const onMeeting = (username: string, action: string, fill?: (dialog: Locator) => Promise<unknown>) => takeStep(username, `/cuoc-hop/${meetingId}`, `/api/meetings/${meetingId}`, action, fill);
  const onTask = (username: string, id: string, action: string, fill?: (dialog: Locator) => Promise<unknown>) => takeStep(username, `/nhiem-vu/${id}`, `/api/directives/${id}`, action, fill);

  it('offers "Cuộc họp" and "Nhiệm vụ" to the office’s staff, not to the desk', async () => {
    for (const username of ['cv.kt1', 'vanthu1', 'tp.kt', 'pho.chu.tich.kt', 'motcua1']) {
      const { page, done } = await tab(username);
      const nav = await navigationOf(page, app.baseUrl);
      if (username === 'motcua1') expect(nav).not.toContain('Nhiệm vụ');
      else expect(nav, username).toEqual(expect.arrayContaining(['Cuộc họp', 'Nhiệm vụ']));
      await done();
    }
  });

  it('records a meeting and drafts its notice with two directives', async () => {
    const page = await users.as('cv.kt1');
    await open(page, app.baseUrl, '/cuoc-hop');
    await page.getByTestId('record-meeting').click();
    const record = page.getByTestId('dialog-record-meeting');
    await record.getByLabel('Tên cuộc họp').fill('Họp nghe báo cáo tiến độ các dự án đầu tư công trọng điểm');
    await record.getByLabel('Ngày họp').fill(vnDate(hanoiDay()));
    await record.getByLabel('Lĩnh vực').selectOption('KH-DT');
    await record.getByLabel('Lãnh đạo chủ trì').selectOption(userId('pho.chu.tich.kt'));
    await record.getByLabel('Thành phần dự họp').fill(`${SKHDT}\n${STC}\n${DONG_ANH}`);
    await waitForView(page, () => record.locator('button[type="submit"]').click());
    meetingId = new URL(page.url()).pathname.split('/').pop()!;
    expect(await page.locator('h1').textContent()).toBe('Họp nghe báo cáo tiến độ các dự án đầu tư công trọng điểm');
    expect(await page.getByTestId('notice-clock').getAttribute('data-clock')).toBe('pending');
    expect(await page.getByTestId('notice-clock').textContent()).toMatch(/^Chưa dự thảo: còn \d+ ngày làm việc|^Chưa dự thảo: đến hạn hôm nay/);

    await onMeeting('cv.kt1', 'conclusion', async (d) => {
      await d.getByLabel('Nội dung kết luận').fill('Các đơn vị khẩn trương hoàn thành giải phóng mặt bằng, đẩy nhanh giải ngân vốn đầu tư công.');
      // Two rows are shown; "Thêm nhiệm vụ" reveals a third (left blank: not sent).
      expect(await d.locator('fieldset.directive-row:visible').count()).toBe(2);
      await d.getByTestId('add-directive').click();
      expect(await d.locator('fieldset.directive-row:visible').count()).toBe(3);
      await d.getByLabel('Nội dung nhiệm vụ 1', { exact: true }).fill('Hoàn thành giải phóng mặt bằng dự án Trường THPT Nguyễn Trãi');
      await d.getByLabel('Cơ quan chủ trì 1', { exact: true }).fill(DONG_ANH);
      await d.getByLabel('Cơ quan phối hợp 1', { exact: true }).fill('Sở Tài nguyên và Môi trường');
      await d.getByLabel('Hạn hoàn thành 1', { exact: true }).fill(vnDate(hanoiDay(14)));
      await d.getByLabel('Nội dung nhiệm vụ 2', { exact: true }).fill('Rà soát, đề xuất điều chỉnh kế hoạch vốn đầu tư công');
      await d.getByLabel('Cơ quan chủ trì 2', { exact: true }).fill(SKHDT);
      await d.getByLabel('Hạn hoàn thành 2', { exact: true }).fill(vnDate(hanoiDay(21)));
      await d.getByLabel('Chuyên viên theo dõi 2', { exact: true }).selectOption(userId('cv.kt2'));
      expect(await unlabelled(d)).toEqual([]);
    });
    const meeting = await api('cv.kt1', `/api/meetings/${meetingId}?${await caughtUp()}`);
    expect(meeting).toMatchObject({ status: 'drafted', conclusion: { clock: 'on_time' } });
    expect(meeting.conclusion.directives.map((d: { leadAgency: string; followUpSpecialistId: string }) => [d.leadAgency, d.followUpSpecialistId])).toEqual([
      [DONG_ANH, userId('cv.kt1')], [SKHDT, userId('cv.kt2')],
    ]);
    expect(await page.getByTestId('drafted-directives').locator('tbody tr').count()).toBe(2);
  });

  it('has the presiding leader approve it, then submit, initial, sign and issue: the tasks appear', async () => {
    await onMeeting('pho.chu.tich.kt', 'approve-conclusion', (d) => d.getByLabel('Ý kiến').fill('Đồng ý ban hành'));
    await onMeeting('cv.kt1', 'submit', async (d) => {
      await d.getByLabel('Trình lãnh đạo').selectOption(userId('chanh.vp'));
      await d.getByLabel('Nội dung đề xuất').fill('Kính trình Chánh Văn phòng ký thông báo kết luận');
    });
    await onMeeting('pho.chanh.vp.kt', 'initial', (d) => choose(d, 'agree', 'Đồng ý, ký nháy'));
    await onMeeting('chanh.vp', 'sign', (d) => choose(d, 'decision', 'Ký ban hành'));
    const clerk = await onMeeting('vanthu1', 'issue', async (d) => {
      await d.getByLabel('Nơi nhận').fill(`${DONG_ANH}\n${SKHDT}\nLưu: VT, KT`);
      await d.getByLabel('Số lượng bản').fill('3');
    });
    const meeting = await api('vanthu1', `/api/meetings/${meetingId}?${await caughtUp()}`);
    expect(meeting.status).toBe('issued');
    tasks = meeting.tasks.map((t: { id: string }) => t.id);
    expect(tasks).toHaveLength(2);
    expect(await clerk.locator('.badges [data-status]').getAttribute('data-status')).toBe('issued');
    expect(await clerk.getByTestId('meeting-tasks').locator('tbody tr').evaluateAll((r) => r.map((x) => x.getAttribute('data-directive-id')))).toEqual(tasks);
    expect(await clerk.getByTestId('notice').textContent()).toContain(meeting.conclusion.symbol);
  });

  it('has the clerk record the agency’s completion report with its incoming document, and the follow-up specialist accept it', async () => {
    const reportDocument = await documentAt(app, 'received', { source: { agency: DONG_ANH, symbol: '45/BC-UBND', issuedDate: hanoiDay() }, excerpt: 'Báo cáo kết quả giải phóng mặt bằng dự án Trường THPT Nguyễn Trãi' });
    await onTask('vanthu1', tasks[0], 'report', async (d) => {
      await choose(d, 'kind', 'Báo cáo hoàn thành');
      await d.getByLabel('Tóm tắt nội dung báo cáo').fill('Đã hoàn thành giải phóng mặt bằng, bàn giao cho chủ đầu tư');
      await d.getByLabel('Văn bản đến mang báo cáo').selectOption(reportDocument);
      await d.getByLabel('Số, ký hiệu báo cáo').fill('45/BC-UBND');
    });
    const specialist = await onTask('cv.kt1', tasks[0], 'accept', (d) => d.getByLabel('Nhận xét').fill('Đạt yêu cầu'));
    const task = await api('cv.kt1', `/api/directives/${tasks[0]}?${await caughtUp()}`);
    expect(task).toMatchObject({ status: 'done', outcome: 'done_on_time', report: { incomingDocumentId: reportDocument, symbol: '45/BC-UBND' } });
    expect(await specialist.locator('.badges [data-outcome]').getAttribute('data-outcome')).toBe('done_on_time');
    expect(await specialist.getByTestId('summary').getByRole('link', { name: '45/BC-UBND' }).getAttribute('href')).toBe(`/van-ban/${reportDocument}`);
    expect(await specialist.getByTestId('timeline').locator('li').evaluateAll((items) => items.map((i) => i.getAttribute('data-type')))).toEqual(['Báo cáo hoàn thành', 'Công nhận hoàn thành']);
  });

  it('offers the extension to the directing leader only; the API refuses anyone else with EXTEND_ONLY_BY_DIRECTING_LEADER', async () => {
    const { page: other, done } = await tab('pho.chu.tich.vx');
    await open(other, app.baseUrl, `/nhiem-vu/${tasks[1]}`);
    expect(await other.locator('[data-action="extend"]').count()).toBe(0);
    await done();
    expect((await api('pho.chu.tich.vx', `/api/directives/${tasks[1]}`)).actions).not.toContain('extend');
    const refused = await step(app, 'pho.chu.tich.vx', `/api/directives/${tasks[1]}/extend`, { newDueDate: hanoiDay(40), reason: 'Chờ số liệu', agencyRequestRef: '75/SKHĐT-TH' });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 'FORBIDDEN', details: { rule: 'EXTEND_ONLY_BY_DIRECTING_LEADER' } });

    const leader = await users.as('pho.chu.tich.kt');
    await open(leader, app.baseUrl, `/nhiem-vu/${tasks[1]}`);
    expect(await leader.locator('[data-testid="actions"] button').evaluateAll((b) => b.map((x) => x.getAttribute('data-action')))).toEqual(['extend', 'cancel', 'supersede']);
    // The form says what is wrong before the API is asked: a new due date before the current one.
    await leader.locator('[data-action="extend"]').click();
    const dialog = leader.getByTestId('dialog-extend');
    await dialog.getByLabel('Thời hạn mới').fill(vnDate(hanoiDay(1)));
    await dialog.getByLabel('Lý do gia hạn').fill('Chờ số liệu quyết toán');
    await dialog.getByLabel('Văn bản đề nghị gia hạn của cơ quan chủ trì').fill('75/SKHĐT-TH');
    await dialog.locator('button[type="submit"]').click();
    expect(await dialog.locator('[data-field="newDueDate"] .field-error').textContent()).toBe(`Thời hạn mới phải sau thời hạn hiện tại ${vnDate(hanoiDay(21))}`);
    await dialog.getByRole('button', { name: 'Hủy' }).click();
  });

  it('shows the register with its filters and marks, and each person’s tasks', async () => {
    const page = await users.as('cv.kt1');
    await open(page, app.baseUrl, '/nhiem-vu');
    const list = await api('cv.kt1', `/api/directives?${await caughtUp()}`);
    expect(list.total).toBe(5);
    const rows = page.getByTestId('directive-list').locator('tbody tr');
    expect(await rows.evaluateAll((r) => r.map((x) => [x.getAttribute('data-directive-id'), x.getAttribute('data-outcome')]))).toEqual(
      list.items.map((t: { id: string; outcome: string }) => [t.id, t.outcome]),
    );
    expect(await page.locator(`tr[data-directive-id="${letters.overdue}"] [data-mark="overdue"]`).textContent()).toBe('Quá hạn 10 ngày');
    expect(await page.locator(`tr[data-directive-id="${letters.soon}"] [data-mark="due-soon"]`).textContent()).toBe('Sắp đến hạn');
    await screenshot(page, 'nhiem-vu');

    await page.getByLabel('Kết quả').selectOption('done_late');
    await waitForView(page, () => page.getByRole('button', { name: 'Tìm kiếm' }).click());
    expect(await page.getByTestId('directive-list').locator('tbody tr').evaluateAll((r) => r.map((x) => x.getAttribute('data-directive-id')))).toEqual([letters.late]);

    await waitForView(page, () => page.getByTestId('tab-mine').click());
    const mine = await api('cv.kt1', '/api/me/directives');
    expect(mine.following.items[0].id).toBe(letters.overdue);
    expect(await page.getByTestId('my-following').locator('tbody tr').evaluateAll((r) => r.map((x) => x.getAttribute('data-directive-id')))).toEqual(
      mine.following.items.map((t: { id: string }) => t.id),
    );
    const leader = await users.as('pho.chu.tich.kt');
    await open(leader, app.baseUrl, '/nhiem-vu?xem=cua-toi');
    expect(await leader.getByTestId('my-outcomes').locator('[data-figure]').evaluateAll((f) => f.map((x) => [x.getAttribute('data-figure'), x.getAttribute('data-value')]))).toEqual([
      ['done_on_time', '1'], ['done_late', '1'], ['not_done_in_time', '2'], ['not_done_overdue', '1'],
    ]);
  });

  it('shows a leader the four outcomes per agency, with the chart and the downloads, and the briefing’s section on Tổng quan', async () => {
    const leader = await users.as('pho.chu.tich.kt');
    const from = hanoiDay(-30);
    const to = hanoiDay(30);
    await open(leader, app.baseUrl, `/nhiem-vu/bao-cao?from=${from}&to=${to}&groupBy=agency`);
    const report = await api('pho.chu.tich.kt', `/api/directives/report?from=${from}&to=${to}&groupBy=agency&${await caughtUp()}`);
    expect(report.total).toMatchObject({ total: 5, done_on_time: 1, done_late: 1, not_done_in_time: 2, not_done_overdue: 1 });
    const shown = await leader.getByTestId('outcomes-report').locator('tbody tr, tfoot tr').evaluateAll((rows) =>
      rows.map((r) => [r.getAttribute('data-key'), ...[...r.querySelectorAll('td')].map((td) => td.getAttribute('data-value'))]),
    );
    type Group = { key: string; total: number; done_on_time: number; done_late: number; not_done_in_time: number; not_done_overdue: number; onTimeRate: number | null };
    const asAnswered = (g: Group, key = g.key) => [key, ...[g.total, g.done_on_time, g.done_late, g.not_done_in_time, g.not_done_overdue, g.onTimeRate].map(String)];
    expect(shown).toEqual([...report.groups.map((g: Group) => asAnswered(g)), asAnswered(report.total, 'total')]);
    await leader.getByTestId('chart-outcomes').locator('canvas').waitFor();
    await screenshot(leader, 'nhiem-vu-bao-cao');
    const [sheet] = await Promise.all([leader.waitForEvent('download'), leader.locator('button[data-download="xlsx"]').click()]);
    expect(sheet.suggestedFilename()).toBe(`bao-cao-nhiem-vu-${from}-${to}.xlsx`);
    const [pdf] = await Promise.all([leader.waitForEvent('download'), leader.locator('button[data-download="pdf"]').click()]);
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);

    await open(leader, app.baseUrl, '/tong-quan');
    const section = leader.locator('[data-testid="directives-briefing"][data-ready="true"]');
    await section.waitFor();
    const period = leader.getByTestId('period');
    const week = `from=${await period.getAttribute('data-from')}&to=${await period.getAttribute('data-to')}`;
    const briefing = await api('pho.chu.tich.kt', `/api/directives/briefing?${week}`);
    const overdue = briefing.overdueByAgency.reduce((sum: number, g: { count: number }) => sum + g.count, 0);
    expect(await section.getByTestId('directives-figures').locator('[data-figure]').evaluateAll((f) => f.map((x) => [x.getAttribute('data-figure'), x.getAttribute('data-value')]))).toEqual([
      ['new', String(briefing.new.length)], ['due', String(briefing.dueInPeriod.length)], ['overdue', String(overdue)], ['closed', String(briefing.closed.length)],
    ]);
    expect(briefing.new.length).toBeGreaterThanOrEqual(2);
    expect(await section.getByTestId('directives-overdue').locator('tbody tr').evaluateAll((r) => r.map((x) => x.getAttribute('data-agency')))).toEqual([STC]);
    const weekly = await api('pho.chu.tich.kt', `/api/directives/report?${week}&groupBy=agency`);
    if (weekly.groups.length) expect(await section.getByTestId('directives-by-agency').locator('tbody tr').count()).toBe(weekly.groups.length);

    const cvPage = await users.as('cv.kt1');
    await open(cvPage, app.baseUrl, `/cuoc-hop/${meetingId}`);
    await screenshot(cvPage, 'cuoc-hop');
    await expectNoErrors(users);
  });

  it('fits a phone: the pages fold into one column, only wide tables scroll sideways; every control has a name', async () => {
    const phone = await users.signedIn('pho.chu.tich.kt', PHONE);
    for (const path of ['/cuoc-hop', `/cuoc-hop/${meetingId}`, '/nhiem-vu', '/nhiem-vu?xem=cua-toi', `/nhiem-vu/${tasks[1]}`, '/nhiem-vu/bao-cao']) {
      await open(phone, app.baseUrl, path);
      expect(await phone.evaluate('document.documentElement.scrollWidth'), path).toBeLessThanOrEqual(PHONE.width);
      expect(await unlabelled(phone), path).toEqual([]);
    }
    await phone.context().close();
    await expectNoErrors(users);
  });
});
