import { addCalendarDays, mondayOf } from '@office/domain';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { lastWritten } from '../../support/database';
import { expect } from '../../support/expect';
import { documentAt, registration, step } from '../../support/document-steps';
import { expectNoErrors, hasChromium, connectChromium, login, navEntries, navigationOf, open, pdfOpenedInNewTab, PHONE, screenshot, Users, waitForView, NAVIGATION } from '../browser-support';
import { untilPasses } from '../../support/until-passes';
import { webApp as app } from './shared-app';

/** Today and other days in Asia/Ho_Chi_Minh, as the API and the application count them. */
const hanoiDay = (offsetDays = 0) => new Date(Date.now() + 7 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
const vnDate = (isoDay: string) => isoDay.split('-').reverse().join('/');
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();


(!hasChromium ? describe.skip : describe)('the web application in a real browser (Chromium)', () => {
  let browser: Browser;
  let users: Users;
  let url: (path: string) => string;
  let documentId = '';

  /** A few documents in different states, some received weeks ago (overdue now), so that every page has something to show. */
  async function seed() {
    await documentAt(app, 'assigned', { receivedAt: daysAgo(20), urgency: 'urgent', excerpt: 'Về việc đề nghị bố trí vốn đầu tư công năm 2027 cho dự án đường liên huyện' });
    await documentAt(app, 'submitted', { receivedAt: daysAgo(15), excerpt: 'Về việc thẩm định báo cáo nghiên cứu khả thi dự án cấp nước sạch' });
    await documentAt(app, 'initialled', { receivedAt: daysAgo(9), excerpt: 'Về việc phê duyệt kế hoạch lựa chọn nhà thầu gói thầu xây lắp số 3' });
    await documentAt(app, 'issued', { receivedAt: daysAgo(26), excerpt: 'Về việc điều chỉnh chủ trương đầu tư dự án trường trung học phổ thông' });
    await documentAt(app, 'received', { receivedAt: daysAgo(3), urgency: 'flash', excerpt: 'Về việc ứng phó khẩn cấp với bão số 9' });
    await documentAt(app, 'distributed', { confidentiality: 'confidential', excerpt: 'Về công tác bảo vệ bí mật nhà nước năm 2026' });
    const other = await step(app, 'vanthu1', '/api/documents', registration({ fieldCode: 'TH', source: { agency: 'Văn phòng Chính phủ', symbol: '45/VPCP-TH', issuedDate: '2026-03-02' }, excerpt: 'Về việc báo cáo tình hình kinh tế – xã hội tháng' }));
    expect(other.status).toBe(201);
  }

  beforeAll(async () => {
    browser = await connectChromium();
    url = (path) => app.baseUrl + path;
    users = new Users(browser, app.baseUrl);
    await seed();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const api = async (username: string, path: string) => {
    const answer = await app.request('GET', path, { token: await app.login(username) });
    expect(answer.status, `${path}: ${JSON.stringify(answer.body)}`).toBe(200);
    return answer.body;
  };

  /** The buttons of the document page are exactly `availableActions` of GET /state for that user. */
  async function expectActionsAsApi(page: Page, username: string) {
    const state = await api(username, `/api/documents/${documentId}/state?at=${encodeURIComponent(new Date(Date.now() + 1000).toISOString())}`);
    const shown = await page.locator('[data-testid="actions"] button').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-action')));
    expect(shown).toEqual(state.availableActions.filter((a: string) => a !== 'receive'));
  }

  /** As `username`: open the document, open the step's form, fill it, send it, wait for the new status. */
  async function takeStep(username: string, action: string, fill: (dialog: Locator) => Promise<void>, status: string, shot?: string) {
    const page = await users.as(username);
    await open(page, app.baseUrl, `/van-ban/${documentId}`);
    await expectActionsAsApi(page, username);
    await page.locator(`[data-testid="actions"] button[data-action="${action}"]`).click();
    const dialog = page.getByTestId(`dialog-${action}`);
    await dialog.waitFor();
    await fill(dialog);
    if (shot) await screenshot(page, shot, { fullPage: false });
    await dialog.locator('button[type="submit"]').click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator(`.badges [data-status="${status}"]`).waitFor();
    return page;
  }

  const choose = (dialog: Locator, field: string, option: string) => dialog.locator(`fieldset[data-field="${field}"]`).getByLabel(option, { exact: true }).check();

  it('signs in each role and shows only what the role may open', async () => {
    const context = await users.newContext();
    const page = await context.newPage();
    await page.goto(url('/tong-quan'));
    await page.waitForURL(/\/dang-nhap\?next=/);
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    await screenshot(page, 'dang-nhap');
    await login(page, app.baseUrl, 'vanthu1', 'sai-mat-khau');
    await untilPasses(async () => expect(await page.getByTestId('error-summary').textContent()).toContain('Sai tên đăng nhập hoặc mật khẩu'));
    // Keyboard only: the skip link comes first, then the fields; Enter sends the form.
    await page.getByLabel('Tên đăng nhập').fill('');
    await page.keyboard.press('Tab');
    await page.getByLabel('Tên đăng nhập').focus();
    await page.keyboard.type('chanh.vp');
    await page.keyboard.press('Tab');
    await page.keyboard.type('demo');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/viec-cua-toi$/);
    await context.close();

    for (const { username, home, nav } of NAVIGATION) {
      const signedIn = await users.as(username);
      await open(signedIn, app.baseUrl, '/');
      await signedIn.locator('.view[data-ready="true"] h1').waitFor();
      expect(await signedIn.locator('h1').textContent(), username).toBe(home);
      expect(await navEntries(signedIn), username).toEqual(nav);
    }
  });

  it('refuses the leaders’ statistics to a specialist: no navigation entry, and the page itself says no', async () => {
    const page = await users.as('cv.kt1');
    expect(await navigationOf(page, app.baseUrl)).not.toContain('Tổng quan');
    const statsCalls: string[] = [];
    page.on('request', (request) => request.url().includes('/api/stats') && statsCalls.push(request.url()));
    await open(page, app.baseUrl, '/tong-quan');
    expect(await page.getByTestId('forbidden').textContent()).toContain('không dành cho vai trò của bạn');
    expect(await page.locator('h1').textContent()).toBe('Không có quyền truy cập');
    expect(statsCalls).toEqual([]);
    expect((await api('cv.kt1', '/api/me/queue')).items).toBeDefined();
    expect((await app.request('GET', '/api/stats/briefing', { token: await app.login('cv.kt1') })).status).toBe(403);
  });

  it('validates the registration form in the browser, then registers a document', async () => {
    const page = await users.as('vanthu1');
    await open(page, app.baseUrl, '/van-ban/dang-ky');
    const form = page.getByTestId('register-form');
    await form.getByLabel('Ngày văn bản').fill('31/02/2026');
    await form.getByRole('button', { name: 'Đăng ký văn bản đến' }).click();
    const summary = page.getByTestId('error-summary');
    expect(await summary.textContent()).toMatch(/Chưa gửi được: có \d+ lỗi cần sửa/);
    expect(await form.locator('[data-field="source.agency"] .field-error').textContent()).toBe('Chưa nhập “Nơi gửi (cơ quan ban hành)”');
    expect(await form.locator('[data-field="source.issuedDate"] .field-error').textContent()).toBe('“Ngày văn bản” phải là ngày có thật, dạng dd/mm/yyyy');
    expect(await form.locator('[data-field="fieldCode"] .field-error').textContent()).toBe('Chưa chọn “Lĩnh vực”');
    expect(await form.getByLabel('Nơi gửi (cơ quan ban hành)').getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate('document.activeElement?.getAttribute("name")')).toBe('source.agency');
    await screenshot(page, 'dang-ky-van-ban-loi');

    await form.getByLabel('Nơi gửi (cơ quan ban hành)').fill('Sở Kế hoạch và Đầu tư');
    await form.getByLabel('Số, ký hiệu').fill('318/SKHĐT-TĐ');
    await form.getByLabel('Ngày văn bản').fill(vnDate(hanoiDay(-1)));
    await form.getByLabel('Người ký').fill('Nguyễn Thị Bích Ngọc');
    await form.getByLabel('Trích yếu nội dung').fill('Về việc đề nghị thẩm định hồ sơ điều chỉnh dự án Trường tiểu học Hòa Bình');
    await form.getByLabel('Lĩnh vực').selectOption({ label: 'Kế hoạch và Đầu tư' });
    await form.getByLabel('Độ khẩn').selectOption({ label: 'Khẩn' });
    await form.getByLabel('Số trang').fill('12');
    await waitForView(page, () => form.getByRole('button', { name: 'Đăng ký văn bản đến' }).click());
    documentId = /\/van-ban\/([0-9a-f-]{36})/.exec(page.url())![1];
    expect(await page.locator('h1').textContent()).toMatch(/^Văn bản đến số \d+\/\d{4}$/);
    expect(await page.locator('.badges [data-status]').getAttribute('data-status')).toBe('received');
    expect(await page.getByTestId('deadlines').locator('tr[data-clock="distribute"]').textContent()).toMatch(/Còn \d+ ngày làm việc|Đến hạn hôm nay/);
    await expectActionsAsApi(page, 'vanthu1');
  });

  it('carries the document through its whole life, each step by the role that owns it', async () => {
    expect(documentId).not.toBe('');
    // Phân phối, with an API error first: the due date lies in the past (a rule of the domain, not of the form).
    const leader = await users.as('pho.chanh.vp.kt');
    await open(leader, app.baseUrl, `/van-ban/${documentId}`);
    await leader.locator('button[data-action="distribute"]').click();
    const distribute = leader.getByTestId('dialog-distribute');
    expect(await distribute.getByLabel('Phòng chủ trì xử lý').inputValue()).not.toBe('');
    await distribute.getByLabel('Ý kiến chỉ đạo').fill('Giao Phòng Kinh tế chủ trì, phối hợp Sở Xây dựng thẩm định, báo cáo UBND tỉnh.');
    await distribute.getByLabel('Thời hạn giải quyết').fill(vnDate(hanoiDay(-30)));
    await distribute.locator('button[type="submit"]').click();
    await untilPasses(async () => expect(await distribute.getByTestId('error-summary').textContent()).toContain('Thời hạn giải quyết không được trước ngày hôm nay'));
    expect(await distribute.locator('[data-field="dueDate"] .field-error').textContent()).toContain('không được trước ngày hôm nay');
    expect(await distribute.getByTestId('error-summary').getAttribute('data-code')).toBe('RULE_VIOLATION');
    await distribute.getByRole('button', { name: 'Hủy' }).click();

    await takeStep('pho.chanh.vp.kt', 'distribute', async (d) => {
      await d.getByLabel('Ý kiến chỉ đạo').fill('Giao Phòng Kinh tế chủ trì, phối hợp Sở Xây dựng thẩm định, báo cáo UBND tỉnh.');
      await d.getByLabel('Thời hạn giải quyết').fill(vnDate(hanoiDay(30)));
    }, 'distributed');
    await takeStep('pho.chanh.vp.kt', 'extend-deadline', async (d) => {
      await d.getByLabel('Thời hạn mới').fill(vnDate(hanoiDay(45)));
      await d.getByLabel('Lý do gia hạn').fill('Chờ ý kiến thẩm định của Sở Xây dựng');
    }, 'distributed');
    await takeStep('tp.kt', 'assign', (d) => d.getByLabel('Chuyên viên xử lý').selectOption({ label: 'Lý Minh Tuấn — Chuyên viên' }).then(() => undefined), 'assigned');

    const specialist = await users.as('cv.kt1');
    await open(specialist, app.baseUrl, '/viec-cua-toi');
    expect(await specialist.locator(`tr[data-document-id="${documentId}"]`).getAttribute('data-action')).toBe('appraise');
    await screenshot(specialist, 'viec-cua-toi');

    await takeStep('cv.kt1', 'appraise', async (d) => {
      for (const heading of ['procedure', 'format', 'legality']) await choose(d, `findings.${heading}.ok`, 'Đạt');
      await choose(d, 'findings.content.ok', 'Chưa đạt');
      await choose(d, 'outcome', 'Cần bổ sung hồ sơ');
      // A finding that is not met needs a note: the form says so before sending.
      await d.locator('button[type="submit"]').click();
      expect(await d.locator('[data-field="findings.content.note"] .field-error').textContent()).toBe('Cần nêu rõ điểm chưa đạt về nội dung');
      await d.getByLabel('Nhận xét về nội dung').fill('Thiếu báo cáo thẩm định nguồn vốn');
    }, 'appraised', 'buoc-tham-dinh');
    await takeStep('cv.kt1', 'request-supplement', (d) => d.getByLabel('Thành phần hồ sơ còn thiếu').fill('Báo cáo thẩm định nguồn vốn\nBản sao quyết định phê duyệt chủ trương đầu tư'), 'supplement_requested');
    await takeStep('vanthu1', 'receive-supplement', (d) => d.getByLabel('Ghi chú').fill('Sở đã gửi bổ sung bản giấy ngày hôm nay'), 'assigned');
    await takeStep('cv.kt1', 'appraise', async (d) => {
      for (const heading of ['procedure', 'format', 'content', 'legality']) await choose(d, `findings.${heading}.ok`, 'Đạt');
      await choose(d, 'outcome', 'Hồ sơ hợp lệ');
    }, 'appraised');
    await takeStep('cv.kt1', 'submit', async (d) => {
      expect(await d.getByLabel('Trình lãnh đạo').locator('option:checked').textContent()).toContain('Trần Quốc Hưng');
      await d.getByLabel('Nội dung đề xuất').fill('Kính trình đồng chí Phó Chủ tịch xem xét, ký ban hành quyết định phê duyệt điều chỉnh dự án.');
      await d.getByLabel('Loại văn bản dự thảo').selectOption('decision');
      await d.getByLabel('Trích yếu dự thảo').fill('Quyết định phê duyệt điều chỉnh dự án Trường tiểu học Hòa Bình');
    }, 'submitted');
    await takeStep('pho.chanh.vp.kt', 'initial', (d) => choose(d, 'agree', 'Đồng ý, ký nháy'), 'initialled');
    await takeStep('pho.chu.tich.kt', 'sign', (d) => choose(d, 'decision', 'Ký ban hành'), 'signed');
    const clerk = await takeStep('vanthu1', 'issue', async (d) => {
      await d.getByLabel('Nơi nhận').fill('Sở Kế hoạch và Đầu tư\nSở Xây dựng\nLưu: VT, KT');
      await d.getByLabel('Số lượng bản').fill('4');
    }, 'issued');
    expect(await clerk.locator('#toast').textContent()).toMatch(/Đã thực hiện: Phát hành — số, ký hiệu \d+\/QĐ-UBND/);
    // The printed slips: both offered once there is a submission; the submission slip opens as a PDF in a new tab.
    expect(await clerk.getByTestId('slips').locator('button').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-slip')))).toEqual(['processing-slip', 'submission-slip']);
    const slip = await pdfOpenedInNewTab(clerk, () => clerk.getByTestId('slips').locator('[data-slip="submission-slip"]').click());
    expect(slip.url).toMatch(/^blob:/);
    expect(slip.head).toBe('%PDF-');
    await takeStep('vanthu1', 'archive', async (d) => {
      await d.getByLabel('Số, ký hiệu hồ sơ').fill('05.KT.2026');
      await choose(d, 'retentionKind', 'Có thời hạn (số năm)');
      await d.getByLabel('Số năm bảo quản').fill('10');
    }, 'archived');

    const history = await api('kiemtoan1', `/api/documents/${documentId}/history`);
    expect(history.events.map((e: { type: string }) => e.type)).toEqual([
      'DocumentReceived', 'DocumentDistributed', 'DeadlineExtended', 'DocumentAssigned', 'DocumentAppraised', 'SupplementRequested', 'SupplementReceived',
      'DocumentAppraised', 'DocumentSubmitted', 'SubmissionInitialled', 'DocumentSigned', 'DocumentIssued', 'DocumentArchived',
    ]);
    expect(await clerk.getByTestId('timeline').locator('li').count()).toBe(history.events.length);
    expect(await clerk.getByTestId('no-actions').isVisible()).toBe(true);
    expect(await clerk.getByTestId('summary').textContent()).toMatch(/\d+\/QĐ-UBND/);
    await screenshot(clerk, 'van-ban-chi-tiet');
  });

  it('shows the weekly briefing with exactly the API’s figures, at 1280 px and on a phone', async () => {
    const monday = mondayOf(hanoiDay());
    const period = `from=${monday}&to=${addCalendarDays(monday, 6)}`;
    const head = await lastWritten(app.platform.dataSource);
    const briefing = await api('chanh.vp', `/api/stats/briefing?${period}&minPosition=${head}`);
    const page = await users.as('chanh.vp');
    await open(page, app.baseUrl, '/tong-quan');
    await page.locator('[data-testid="chart-trend"] canvas').waitFor();
    expect(await page.getByTestId('period').getAttribute('data-from')).toBe(monday);
    expect(await page.getByTestId('period').getAttribute('data-to')).toBe(addCalendarDays(monday, 6));
    const shown = Object.fromEntries(await page.locator('[data-figure]:not([data-testid="directives-briefing"] [data-figure])').evaluateAll((figures) => figures.map((f) => [f.getAttribute('data-figure'), f.getAttribute('data-value')])));
    expect(shown).toEqual({
      received: String(briefing.received.total),
      'completed-early': String(briefing.completed.early),
      'completed-on-time': String(briefing.completed.onTime),
      'completed-late': String(briefing.completed.late),
      'in-progress': String(briefing.inProgress.total),
      overdue: String(briefing.inProgress.overdue),
      'on-time-rate': String(briefing.onTimeRate),
      'awaiting-distribution': String(briefing.awaitingDistribution),
      'outgoing-issued': String(briefing.outgoingIssued.total),
    });
    expect(await page.locator('[data-figure="received"] .figure-value').textContent()).toBe(String(briefing.received.total));
    // The on-time and overdue figures name every process they were measured against (the issue is QT-VB-02's), and the calendar.
    type Basis = { processCode: string; version: string; calendarVersion: string };
    expect(briefing.processes.map((p: Basis) => p.processCode)).toEqual(['QT-VB-01', 'QT-VB-02']);
    expect(await page.getByTestId('basis').getAttribute('data-processes')).toBe(briefing.processes.map((p: Basis) => `${p.processCode}@${p.version}`).join(' '));
    expect(await page.getByTestId('basis').textContent()).toBe(
      `Căn cứ tính đúng hạn, quá hạn: quy trình QT-VB-01 phiên bản ${briefing.processes[0].version} (các bước Phân phối; Yêu cầu bổ sung; Thẩm định, trình; Hạn lãnh đạo giao), ` +
        `quy trình QT-VB-02 phiên bản ${briefing.processes[1].version} (bước Phát hành); lịch làm việc ${briefing.processes[0].calendarVersion}.`,
    );
    expect(briefing.received.total).toBeGreaterThan(0);
    expect(briefing.overdueList.length).toBeGreaterThan(0);
    const overdueRows = page.getByTestId('overdue-list').locator('tbody tr');
    expect(await overdueRows.evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-document-id'), r.querySelector('[data-value]')?.getAttribute('data-value')]))).toEqual(
      briefing.overdueList.map((item: { documentId: string; workingDaysLate: number }) => [item.documentId, String(item.workingDaysLate)]),
    );
    expect(await page.getByTestId('by-department').locator('tbody tr').count()).toBe(briefing.byDepartment.length);
    await screenshot(page, 'tong-quan');

    // A row of the overdue list opens its document.
    await waitForView(page, () => overdueRows.first().locator('a').click());
    expect(page.url()).toContain(`/van-ban/${briefing.overdueList[0].documentId}`);

    const phone = await users.signedIn('chanh.vp', PHONE);
    await open(phone, app.baseUrl, '/tong-quan'); // leaders land on their queue
    await phone.locator('[data-testid="chart-leaders"] canvas').waitFor();
    expect(await phone.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    expect(await phone.locator('#main-nav').isVisible()).toBe(false);
    await screenshot(phone, 'tong-quan-390');
    await phone.getByRole('button', { name: 'Menu' }).click();
    expect(await phone.locator('#main-nav').isVisible()).toBe(true);
    await screenshot(phone, 'dieu-huong-390', { fullPage: false });
  });

  it('searches and filters the document list', async () => {
    const page = await users.as('pho.chanh.vp.kt');
    await open(page, app.baseUrl, '/van-ban');
    await page.getByLabel('Từ khóa').fill('hoa binh');
    await waitForView(page, () => page.getByRole('button', { name: 'Tìm kiếm' }).click());
    expect(page.url()).toContain('q=hoa+binh');
    expect(await page.getByTestId('document-list').locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-document-id')))).toEqual([documentId]);
    await open(page, app.baseUrl, '/van-ban?overdue=true');
    const overdue = await api('pho.chanh.vp.kt', '/api/documents?overdue=true&pageSize=20');
    expect(await page.getByTestId('document-list').locator('tbody tr').count()).toBe(overdue.items.length);
    await open(page, app.baseUrl, '/van-ban');
    await screenshot(page, 'van-ban');
  });

  it('shows the registers and downloads them as CSV and XLSX', async () => {
    const page = await users.as('vanthu1');
    await open(page, app.baseUrl, '/so-dang-ky');
    const incoming = await api('vanthu1', '/api/registers/incoming');
    expect(await page.getByTestId('register').locator('tbody tr').count()).toBe(incoming.rows.length);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-format="csv"]').click()]);
    expect(csv.suggestedFilename()).toMatch(/^so-van-ban-den-\d{4}-normal\.csv$/);
    await screenshot(page, 'so-dang-ky-den');
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-format="xlsx"]').click()]);
    expect(xlsx.suggestedFilename()).toMatch(/^so-van-ban-den-\d{4}-normal\.xlsx$/);
    await waitForView(page, () => page.getByRole('link', { name: 'Sổ đăng ký văn bản đi' }).click());
    expect(await page.getByTestId('register').textContent()).toMatch(/\d+\/QĐ-UBND/);
    await screenshot(page, 'so-dang-ky-di');
  });

  it('lets an auditor read the timeline, see the state at any instant, verify the chain and read the access log', async () => {
    const page = await users.as('kiemtoan1');
    // A server without the audit endpoints yet: the page says so in Vietnamese instead of failing.
    const missing = { status: 404, contentType: 'application/json', body: JSON.stringify({ statusCode: 404, code: 'NOT_FOUND', message: 'Cannot GET /api/audit/verify' }) };
    await page.route('**/api/audit/**', (route) => route.fulfill(missing));
    await open(page, app.baseUrl, '/kiem-toan');
    await page.getByTestId('verify').click();
    await untilPasses(async () => expect(await page.getByTestId('verify-result').textContent()).toContain('Máy chủ chưa cung cấp chức năng này'));
    await untilPasses(async () => expect(await page.getByTestId('access-log').textContent()).toContain('Máy chủ chưa cung cấp chức năng này'));
    await page.unroute('**/api/audit/**');

    await open(page, app.baseUrl, '/kiem-toan');
    await page.getByTestId('verify').click();
    // Verifying recomputes every hash chain: seconds on a loaded machine, so a longer retry than the default 1 s.
    await untilPasses(async () => expect(await page.getByTestId('verify-result').textContent()).toMatch(/Toàn vẹn|PHÁT HIỆN|chưa cung cấp/), 10_000);
    await untilPasses(async () => expect(await page.getByTestId('access-log').textContent()).not.toContain('Đang tải'));
    await waitForView(page, () => page.getByTestId('audit-search-results').locator(`a[href="/kiem-toan/${documentId}"]`).click());
    const items = page.getByTestId('timeline').locator('li');
    expect(await items.count()).toBe(13);
    expect(await items.first().textContent()).toContain('Lương Thị Hạnh — Văn thư');
    expect(await items.first().locator('.timeline-hash').textContent()).toMatch(/hash [0-9a-f]{16}…/);
    await page.locator('li[data-type="DocumentSigned"]').getByRole('button', { name: 'Xem trạng thái ngay sau sự kiện này' }).click();
    await page.getByTestId('state-at').locator('[data-status="signed"]').waitFor();
    await page.getByLabel('Ngày (dd/mm/yyyy)').fill(vnDate(hanoiDay(-2)));
    await page.getByLabel('Giờ (HH:mm:ss, giờ Hà Nội)').fill('09:00');
    await page.getByRole('button', { name: 'Xem trạng thái', exact: true }).click();
    await page.getByTestId('state-at').locator('[data-status="none"]').waitFor();
    expect(await page.getByTestId('state-at').textContent()).toContain('Văn bản chưa được đăng ký tại thời điểm này');
    await untilPasses(async () => expect(await page.getByTestId('access-log').textContent()).toMatch(/Thời điểm|chưa cung cấp|Chưa có lượt/));
    await page.locator('li[data-type="DocumentIssued"]').getByRole('button', { name: 'Xem trạng thái ngay sau sự kiện này' }).click();
    await page.getByTestId('state-at').locator('[data-status="issued"]').waitFor();
    await page.getByTestId('verify').click();
    await untilPasses(async () => expect(await page.getByTestId('verify-result').textContent()).toMatch(/Toàn vẹn|PHÁT HIỆN|chưa cung cấp/), 10_000);
    await screenshot(page, 'kiem-toan');
  });

  it('shows ISO compliance per step and offers the evidence pack', async () => {
    const page = await users.as('thuky.iso');
    await page.route('**/api/iso/evidence**', (route) => route.fulfill({ status: 404, contentType: 'application/json', body: JSON.stringify({ statusCode: 404, code: 'NOT_FOUND', message: 'Cannot GET /api/iso/evidence' }) }));
    await open(page, app.baseUrl, '/iso');
    await page.getByTestId('evidence').click();
    await untilPasses(async () => expect(await page.locator('.download-status').textContent()).toContain('Máy chủ chưa cung cấp chức năng xuất hồ sơ minh chứng ISO'));
    await page.unroute('**/api/iso/evidence**');
    await open(page, app.baseUrl, '/iso');
    const compliance = await api('thuky.iso', '/api/iso/compliance');
    const rows = page.getByTestId('compliance').locator('tbody tr');
    expect(await rows.evaluateAll((r) => r.map((x) => x.getAttribute('data-step')))).toEqual(compliance.steps.map((s: { step: string }) => s.step));
    expect(await rows.first().locator('td.number').first().textContent()).toBe(String(compliance.steps[0].count));
    const evidence = await Promise.race([
      page.waitForEvent('download').then((d) => d.suggestedFilename()),
      page.locator('.download-status.tone-late').waitFor().then(() => page.locator('.download-status').textContent()),
      page.getByTestId('evidence').click().then(() => new Promise<never>(() => undefined)),
    ]);
    expect(String(evidence)).toMatch(/\.zip$|chưa cung cấp/);
    await screenshot(page, 'iso');
  });

  it('made no request to another origin and logged no script error', async () => {
    await expectNoErrors(users);
  });
});
