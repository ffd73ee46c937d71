import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../support/expect';
import { startOnestopApp } from '../support/onestop-desk';
import type { TestApp } from '../support/test-app';
import { expectNoErrors, hasChromium, connectChromium, navigationOf, open, PHONE, screenshot, Users, waitForView, NAVIGATION } from './browser-support';
import { untilPasses } from '../support/until-passes';

/** The one-stop desk in a real browser: reception from the checklist, a dossier's whole path, the catalogue, the statistics and the public lookup. */

type RequiredItem = { name: string; form: string; quantity: number; mandatory: boolean };
type CatalogueEntry = { code: string; name: string; fieldCode: string; version: { requiredItems: RequiredItem[] } | null };

const NAV_USERS = ['motcua1', 'tp.kt', 'cv.kt1', 'vanthu1', 'chanh.vp', 'thuky.iso', 'kiemtoan1'];

(!hasChromium ? describe.skip : describe)('the one-stop desk in a real browser (Chromium)', () => {
  let app: TestApp;
  let browser: Browser;
  let users: Users;
  /** A procedure of field KH-DT (Phòng Kinh tế; pho.chanh.vp.kt and pho.chu.tich.kt in charge) with mandatory items. */
  let procedure: CatalogueEntry;
  let dossier = { id: '', code: '', pin: '' };

  const api = async (username: string, path: string) => {
    const answer = await app.request('GET', path, { token: await app.login(username) });
    expect(answer.status, `${path}: ${JSON.stringify(answer.body)}`).toBe(200);
    return answer.body;
  };
  // The last event written (from the table: the readable head can lag behind another test file's open transaction).
  const caughtUp = async () => `minPosition=${(await app.platform.dataSource.query('SELECT coalesce(max(position), 0)::text AS p FROM event_store.events'))[0].p}`;

  beforeAll(async () => {
    // startOnestopApp refuses to start when the demo catalogue is not seeded whole.
    [app, browser] = await Promise.all([startOnestopApp(), connectChromium()]);
    users = new Users(browser, app.baseUrl);
    const { items } = await api('motcua1', `/api/procedures?fieldCode=KH-DT&${await caughtUp()}`);
    procedure = items.find((p: CatalogueEntry) => p.version && p.version.requiredItems.filter((i) => i.mandatory).length >= 2);
    expect(procedure).toBeDefined();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('offers each role its one-stop entries and lands the desk on Một cửa', async () => {
    for (const { username, nav } of NAVIGATION.filter((entry) => NAV_USERS.includes(entry.username))) expect(await navigationOf(await users.as(username), app.baseUrl), username).toEqual(nav);
    const desk = await users.as('motcua1');
    await open(desk, app.baseUrl, '/');
    expect(await desk.locator('h1').textContent()).toBe('Một cửa');
  });

  it('receives a dossier from the checklist: a missing mandatory item leads to Mẫu 02, then the slip', async () => {
    const desk = await users.as('motcua1');
    await open(desk, app.baseUrl, '/mot-cua');
    await waitForView(desk, () => desk.getByTestId('new-reception').click());
    await desk.getByLabel('Tên hoặc mã thủ tục').fill(procedure.code);
    await waitForView(desk, () => desk.getByRole('button', { name: 'Tìm thủ tục' }).click());
    await waitForView(desk, () => desk.getByTestId('procedure-choices').locator(`li[data-code="${procedure.code}"] a`).click());
    const form = desk.getByTestId('reception-form');
    const items = procedure.version!.requiredItems;
    const left = [...items].reverse().find((item) => item.mandatory)!;
    for (const item of items) await form.getByLabel(item.name, { exact: true }).check();
    await form.getByLabel('Họ và tên (tổ chức)').fill('Công ty TNHH Xây dựng Hòa Bình');
    await form.getByLabel('Số CCCD / giấy tờ').fill('0101234567');
    await form.getByLabel('Điện thoại').fill('0912345678');
    await form.getByLabel('Địa chỉ').fill('Số 12 đường Trần Phú, phường Hòa Bình');
    await screenshot(desk, 'mot-cua-tiep-nhan');
    await form.getByLabel(left.name, { exact: true }).uncheck();
    await form.getByRole('button', { name: 'Tiếp nhận', exact: true }).click();
    await untilPasses(async () => expect(await form.getByTestId('error-summary').textContent()).toContain(left.name));

    // Mẫu 02, prefilled with the missing item and the reason the domain gave.
    await desk.getByTestId('offer-supplement').click();
    const supplement = desk.getByTestId('dialog-supplement-at-desk');
    expect(await supplement.getByLabel('Thành phần còn thiếu 1').inputValue()).toBe(left.name);
    expect(await supplement.getByLabel('Lý do, yêu cầu 1').inputValue()).not.toBe('');
    await supplement.getByLabel('Lý do, yêu cầu 1').fill('Chưa nộp; đề nghị bổ sung bản theo đúng hình thức quy định');
    await supplement.locator('button[type="submit"]').click();
    await supplement.waitFor({ state: 'detached' });
    await untilPasses(async () => expect(await desk.getByTestId('slips').textContent()).toMatch(/Đã lập phiếu yêu cầu bổ sung, hoàn thiện hồ sơ số \S+/));
    const [slip02] = await Promise.all([desk.waitForEvent('download'), desk.getByTestId('slips').locator('button[data-download="supplement-request"]').click()]);
    expect(slip02.suggestedFilename()).toMatch(/\.pdf$/);

    // The applicant hands in the rest: received, with the code, due date and PIN of the slip.
    await form.getByLabel(left.name, { exact: true }).check();
    await form.getByRole('button', { name: 'Tiếp nhận', exact: true }).click();
    const receipt = desk.getByTestId('receipt');
    await receipt.waitFor();
    dossier = {
      id: (await receipt.getByRole('link', { name: 'Mở hồ sơ' }).getAttribute('href'))!.split('/').pop()!,
      code: (await receipt.getByTestId('dossier-code').textContent())!,
      pin: (await receipt.getByTestId('pin').textContent())!,
    };
    const summary = await api('motcua1', `/api/dossiers/${dossier.id}?${await caughtUp()}`);
    expect(summary.code).toBe(dossier.code);
    expect(await receipt.getByTestId('due-date').textContent()).toBe(summary.dueDate.split('-').reverse().join('/'));
    expect(dossier.pin).toMatch(/^\d{4,}$/);
    const [slip] = await Promise.all([desk.waitForEvent('download'), receipt.locator('button[data-download="appointment-slip"]').click()]);
    expect(slip.suggestedFilename()).toContain(dossier.code);
    const pdf = await app.request('GET', `/api/dossiers/${dossier.id}/forms/appointment-slip`, { token: await app.login('motcua1') });
    expect(pdf.headers.get('content-type')).toContain('application/pdf');
  });

  /** As `username`: open the dossier, check its buttons are the summary's `actions`, take the step through its form. */
  async function takeStep(username: string, action: string, fill: (dialog: Locator) => Promise<unknown> = async () => undefined): Promise<Page> {
    const page = await users.as(username);
    await open(page, app.baseUrl, `/ho-so/${dossier.id}`);
    const summary = await api(username, `/api/dossiers/${dossier.id}?${await caughtUp()}`);
    const shown = await page.locator('[data-testid="actions"] button').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-action')));
    expect(shown, username).toEqual(summary.actions);
    await page.locator(`[data-testid="actions"] button[data-action="${action}"]`).click();
    const dialog = page.getByTestId(`dialog-${action}`);
    await fill(dialog);
    await dialog.locator('button[type="submit"]').click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('.view[data-ready="true"]').waitFor();
    return page;
  }
  const choose = (dialog: Locator, field: string, option: string) => dialog.locator(`fieldset[data-field="${field}"]`).getByLabel(option, { exact: true }).check();

  /** The control sheet on the page is the summary's `steps`, and the timeline holds every event of the history. */
  async function expectControlSheetAsApi(page: Page, username: string) {
    const summary = await api(username, `/api/dossiers/${dossier.id}?${await caughtUp()}`);
    const rows = page.getByTestId('control-sheet').locator('tbody tr');
    expect(await rows.evaluateAll((r) => r.map((x) => [x.getAttribute('data-step'), x.getAttribute('data-outcome')]))).toEqual(
      summary.steps.map((s: { no: number; outcome: string | null }) => [String(s.no), s.outcome ?? '']),
    );
    const history = await api(username, `/api/dossiers/${dossier.id}/history`);
    expect(await page.getByTestId('timeline').locator('li').count()).toBe(history.events.length);
    return summary;
  }

  it('carries the dossier along its path up to the signature, each step by the role that owns it', async () => {
    expect(dossier.id).not.toBe('');
    await takeStep('motcua1', 'transfer', (d) => d.getByLabel('Phòng nhận hồ sơ').selectOption({ label: 'Phòng Kinh tế' }));
    await takeStep('tp.kt', 'transfer', (d) => d.getByLabel('Người nhận hồ sơ').selectOption({ label: 'Lý Minh Tuấn — Chuyên viên' }));
    await takeStep('cv.kt1', 'appraise', async (d) => {
      await choose(d, 'outcome', 'Đủ điều kiện giải quyết');
      await d.getByLabel('Nội dung thẩm định').fill('Hồ sơ đầy đủ, hợp lệ; dự án phù hợp quy hoạch tỉnh.');
    });
    await takeStep('cv.kt1', 'submit', async (d) => {
      await d.getByLabel('Nội dung đề xuất').fill('Kính trình đồng chí Phó Chủ tịch xem xét, ký quyết định chấp thuận chủ trương đầu tư.');
      await d.getByLabel('Loại văn bản dự thảo').selectOption('decision');
      await d.getByLabel('Trích yếu dự thảo').fill('Quyết định chấp thuận chủ trương đầu tư dự án');
    });
    await takeStep('pho.chanh.vp.kt', 'initial', (d) => choose(d, 'agree', 'Đồng ý, ký nháy'));
    const leader = await takeStep('pho.chu.tich.kt', 'sign', (d) => choose(d, 'decision', 'Ký ban hành'));
    const summary = await expectControlSheetAsApi(leader, 'pho.chu.tich.kt');
    expect(summary.status).toBe('signed');
    expect(await leader.locator('.badges [data-status]').getAttribute('data-status')).toBe('signed');
    await screenshot(leader, 'ho-so-mot-cua');
  });

  it('has the clerk issue the result, and the desk take it in and return it against a signature', async () => {
    await takeStep('vanthu1', 'issue', async (d) => {
      await d.getByLabel('Nơi nhận').fill('Công ty TNHH Xây dựng Hòa Bình\nSở Tài chính\nLưu: VT, KT');
      await d.getByLabel('Số lượng bản').fill('3');
    });
    await takeStep('motcua1', 'result-at-desk');
    const desk = await takeStep('motcua1', 'return', async (d) => {
      expect(await d.getByLabel('Họ và tên người nhận').inputValue()).toBe('Công ty TNHH Xây dựng Hòa Bình');
      await d.locator('button[type="submit"]').click();
      expect(await d.locator('[data-field="signed"] .field-error').textContent()).toBe('Cần chữ ký nhận của người nhận kết quả');
      await d.getByLabel('Người nhận đã ký nhận kết quả').check();
    });
    expect((await expectControlSheetAsApi(desk, 'motcua1')).status).toBe('returned');
    expect(await desk.locator('.badges [data-status]').getAttribute('data-status')).toBe('returned');
  });

  it('finds the dossier in the list by its code and by its status', async () => {
    const page = await users.as('chanh.vp');
    await open(page, app.baseUrl, '/ho-so');
    await page.getByLabel('Từ khóa').fill(dossier.code);
    await waitForView(page, () => page.getByRole('button', { name: 'Tìm kiếm' }).click());
    expect(await page.getByTestId('dossier-list').locator('tbody tr').evaluateAll((r) => r.map((x) => x.getAttribute('data-dossier-id')))).toEqual([dossier.id]);
    await page.getByLabel('Nhận từ ngày').fill('31/02/2026');
    await page.getByRole('button', { name: 'Tìm kiếm' }).click();
    expect(await page.locator('.filters .field-error').textContent()).toBe('“Nhận từ ngày” phải là ngày có thật, dạng dd/mm/yyyy');

    // On a phone the dossier page folds into one column; only its wide tables scroll sideways.
    const phone = await users.signedIn('motcua1', PHONE);
    await open(phone, app.baseUrl, `/ho-so/${dossier.id}`);
    expect(await phone.locator('h1').textContent()).toBe(`Hồ sơ ${dossier.code}`);
    expect(await phone.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await open(phone, app.baseUrl, `/mot-cua/tiep-nhan?thu-tuc=${procedure.code}`);
    expect(await phone.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await phone.context().close();
  });

  it('lists the 134 procedures of the catalogue by field, and a dry run of an import names each refused row', async () => {
    const page = await users.as('thuky.iso');
    await open(page, app.baseUrl, '/danh-muc-tthc');
    const { items } = await api('thuky.iso', '/api/procedures');
    expect(items.length).toBe(134);
    expect(await page.getByTestId('catalogue').locator('tbody tr[data-code]').count()).toBe(134);
    expect(await page.getByTestId('catalogue-count').textContent()).toBe('134 thủ tục thuộc 25 lĩnh vực');
    await screenshot(page, 'danh-muc-tthc', { fullPage: false });

    const exported = await api('thuky.iso', '/api/procedures/export?format=json');
    const rows = [{ ...exported.rows[0], statutoryDays: 0 }, exported.rows[1]];
    await page.locator('#import-file').setInputFiles({ name: 'danh-muc.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ rows })) });
    await page.getByTestId('dry-run').click();
    const refused = page.getByTestId('refused-rows').locator('tbody tr');
    await refused.first().waitFor();
    expect(await refused.count()).toBeGreaterThan(0);
    expect(await refused.first().textContent()).toContain('statutoryDays');

    await waitForView(page, () => page.getByTestId('catalogue').locator(`a[href*="${encodeURIComponent(procedure.code)}"]`).click());
    expect(await page.locator('h1').textContent()).toBe(procedure.name);
    const detail = await api('thuky.iso', `/api/procedures/${procedure.code}`);
    expect(await page.locator('section.version').count()).toBe(detail.versions.length);

    // A new version prefilled from the latest one: the domain refuses an overlap, and the form says why.
    await page.locator('button[data-action="draft-version"]').click();
    const draft = page.getByTestId('dialog-draft-version');
    expect(await draft.getByLabel('Tên giấy tờ 1').inputValue()).toBe(detail.versions[0].requiredItems[0]?.name ?? '');
    await draft.getByLabel('Hiệu lực từ ngày').fill('01/01/2027');
    await draft.locator('button[type="submit"]').click();
    await untilPasses(async () => expect(await draft.getByTestId('error-summary').getAttribute('data-code')).toBe('RULE_VIOLATION'));
    await draft.getByRole('button', { name: 'Hủy' }).click();

    // The office chief approves a drafted version on the procedure's page.
    const { version: _number, approval: _approval, ...spec } = detail.versions[0];
    const code = '2.999001';
    const iso = await app.login('thuky.iso');
    expect((await app.request('POST', '/api/procedures', { token: iso, body: { code, name: 'Thủ tục thử nghiệm quy trình phê duyệt', fieldCode: 'KH-DT' } })).status).toBe(201);
    expect((await app.request('POST', `/api/procedures/${code}/versions`, { token: iso, body: spec })).status).toBe(201);
    await api('chanh.vp', `/api/procedures/${code}?${await caughtUp()}`);
    const chief = await users.as('chanh.vp');
    await open(chief, app.baseUrl, `/danh-muc-tthc/thu-tuc?ma=${code}`);
    await chief.locator('button[data-action="approve"]').click();
    await chief.getByTestId('dialog-approve').getByLabel('Số, ký hiệu quyết định phê duyệt').fill('215/QĐ-VP');
    await chief.getByTestId('dialog-approve').locator('button[type="submit"]').click();
    await untilPasses(async () => expect(await chief.locator('section.version').first().textContent()).toContain('215/QĐ-VP'));
    expect((await api('chanh.vp', `/api/procedures/${code}?${await caughtUp()}`)).versions[0].approval.decisionRef).toBe('215/QĐ-VP');
  });

  it('shows the periodic statistics and the 766 panel with exactly the API’s figures', async () => {
    const page = await users.as('chanh.vp');
    await open(page, app.baseUrl, '/thong-ke-mot-cua');
    const from = await page.getByTestId('stats-period').getAttribute('data-from');
    const to = await page.getByTestId('stats-period').getAttribute('data-to');
    const stats = await api('chanh.vp', `/api/onestop/stats?from=${from}&to=${to}&groupBy=field`);
    const shown = await page.locator('[data-testid="onestop-report"] tfoot td').evaluateAll((cells) => cells.map((c) => c.getAttribute('data-value')));
    const t = stats.totals;
    expect(shown).toEqual([
      t.received.carriedOver, t.received.newOnline, t.received.newDirectOrPost, t.resolved.early, t.resolved.onTime, t.resolved.late, t.inProgress.inTime, t.inProgress.overdue,
      t.supplementRequests, t.supplementRequestsAtReception, t.refusals, t.withdrawals, t.stops, t.apologies, t.onTimeRate,
    ].map(String));
    expect(t.received.newDirectOrPost).toBeGreaterThan(0);
    expect(await page.getByTestId('onestop-report').locator('tbody tr').count()).toBe(stats.groups.length);
    expect(await page.getByTestId('overdue-list').locator('tbody tr').evaluateAll((r) => r.map((x) => x.getAttribute('data-dossier-id')))).toEqual(stats.overdue.items.map((i: { id: string }) => i.id));
    // The month the page showed: its default period ends on the browser's today (a month's end may pass meanwhile).
    const month = to!.slice(0, 7);
    const index = await api('chanh.vp', `/api/onestop/index766?month=${month}`);
    const panel = await page.getByTestId('index766').locator('tbody tr').evaluateAll((r) => r.map((x) => [...x.querySelectorAll('[data-value]')].map((c) => c.getAttribute('data-value'))));
    expect(panel).toEqual(index.indicators.map((i: { numerator: number; denominator: number; value: number | null }) => [String(i.numerator), String(i.denominator), String(i.value)]));
    await screenshot(page, 'thong-ke-mot-cua');
  });

  it('lets the applicant look the dossier up without logging in: the right PIN finds it, a wrong one does not', async () => {
    const context = await users.newContext(PHONE);
    const page = await context.newPage();
    const index = await app.request('GET', '/tra-cuu?ma=x&pin=y');
    expect(index.status).toBe(200);
    expect(index.body).toContain('<html lang="vi">');
    await open(page, app.baseUrl, `/tra-cuu?ma=${encodeURIComponent(dossier.code)}&pin=${dossier.pin}`);
    expect(page.url()).toContain('/tra-cuu');
    const result = page.getByTestId('lookup-result');
    await result.waitFor();
    expect(await result.textContent()).toContain(procedure.name);
    expect(await result.locator('[data-status]').getAttribute('data-status')).toBe((await api('motcua1', `/api/dossiers/${dossier.id}`)).status);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'tra-cuu');
    await page.getByLabel('Mã tra cứu (PIN)').fill('000000');
    await page.getByRole('button', { name: 'Tra cứu' }).click();
    await untilPasses(async () => expect(await page.getByTestId('error-summary').textContent()).toContain('Không tìm thấy hồ sơ'));
    expect(await result.count()).toBe(0);
    await context.close();
  });

  it('made no request to another origin and logged no script error', async () => {
    await expectNoErrors(users);
  });
});
