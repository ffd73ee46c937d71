import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { eventually, PROCEDURE, startOnestopApp, step, userId } from '../../support/onestop-desk';
import type { TestApp } from '../../support/test-app';
import { expectNoErrors, FrozenTime, hasChromium, connectChromium, open, PHONE, screenshot, Users, waitForView } from '../browser-support';

/**
 * The ISO quality management system in a real browser (DOMAIN.md §7): the secretary's queue with
 * its clocks, legal changes, a nonconformity taken to its closing (refused before verification),
 * an internal audit approved by the office chief, a management review and the declaration.
 */

const vnDate = (isoDay: string) => isoDay.split('-').reverse().join('/');
const CODE = PROCEDURE.code;
/** A procedure registered for the test, without a version yet: the decree's change is incorporated into its first one. */
const NEW_CODE = '8.000301';
/** The owner of the corrective action: an office leader, who may read the quality records. */
const OWNER = 'pho.chanh.vp.kt';

(!hasChromium ? describe.skip : describe)('the ISO quality management system in a real browser (Chromium)', () => {
  let app: TestApp;
  let browser: Browser;
  let users: Users;
  let nonconformityId = '';
  const overdueSymbol = '15/2026/TT-BNV';
  // The clocks shown in days are counted from today: the test's, the page's and the API's today are one.
  const time = new FrozenTime();

  beforeAll(async () => {
    [app, browser] = await Promise.all([startOnestopApp({ clock: time.clock }), connectChromium()]);
    users = new Users(browser, app.baseUrl, time.at);
    // A change in force for four months: its 3-month clock has run out.
    const overdue = await step(app, 'thuky.iso', '/api/quality/legal-changes', {
      docSymbol: overdueSymbol, excerpt: 'Quy định về công tác văn thư, lưu trữ', issuedOn: time.day(-140), effectiveFrom: time.day(-120), procedureCodes: [CODE],
    });
    expect(overdue.status, JSON.stringify(overdue.body)).toBe(201);
    // And one whose clock runs out within the month.
    const dueSoon = await step(app, 'thuky.iso', '/api/quality/legal-changes', {
      docSymbol: '07/2026/TT-VPCP', excerpt: 'Hướng dẫn số hóa hồ sơ, kết quả giải quyết thủ tục hành chính', issuedOn: time.day(-90), effectiveFrom: time.day(-80), procedureCodes: [CODE],
    });
    expect(dueSoon.status, JSON.stringify(dueSoon.body)).toBe(201);
    const registered = await step(app, 'thuky.iso', '/api/procedures', { code: NEW_CODE, name: 'Thủ tục thử nghiệm cập nhật văn bản pháp luật', fieldCode: 'KH-DT' });
    expect(registered.status, JSON.stringify(registered.body)).toBe(201);
    const token = await app.login('thuky.iso');
    await eventually(() => app.request('GET', `/api/procedures/${NEW_CODE}`, { token }), (answer) => answer.status === 200);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  /** Opens the step `action` of the record shown, fills its dialog and submits it; answers the dialog (still open when refused). */
  async function takeStep(page: Page, action: string, fill: (dialog: Locator) => Promise<unknown>, { refused = false } = {}): Promise<Locator> {
    await page.locator(`[data-testid="actions"] button[data-action="${action}"]`).click();
    const dialog = page.getByTestId(`dialog-${action}`);
    await fill(dialog);
    if (refused) {
      await dialog.locator('button[type="submit"]').click();
      await dialog.getByTestId('error-summary').waitFor();
      return dialog;
    }
    await waitForView(page, () => dialog.locator('button[type="submit"]').click());
    return dialog;
  }
  const actionsOf = (page: Page) => page.locator('[data-testid="actions"] button').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-action')));
  const choose = (dialog: Locator, field: string, option: string) => dialog.locator(`fieldset[data-field="${field}"]`).getByLabel(option, { exact: true }).check();

  it('lets the secretary register a legal change, find it in the queue with its 3-month clock, assess it and incorporate it', async () => {
    const page = await users.as('thuky.iso');
    await open(page, app.baseUrl, '/iso/thay-doi-phap-ly');
    await page.locator('button[data-action="register-legal-change"]').click();
    const dialog = page.getByTestId('dialog-register-legal-change');
    await dialog.getByLabel('Số, ký hiệu văn bản').fill('118/2025/NĐ-CP');
    await dialog.getByLabel('Trích yếu').fill('Về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông');
    await dialog.getByLabel('Ngày ban hành').fill(vnDate(time.day(-90)));
    await dialog.getByLabel('Có hiệu lực từ ngày').fill(vnDate(time.day(-75)));
    await dialog.locator('button[type="submit"]').click();
    expect(await dialog.getByTestId('error-summary').textContent()).toContain('Chưa chọn thủ tục nào chịu tác động');
    await dialog.getByLabel('Lọc danh sách').fill(NEW_CODE);
    expect(await dialog.locator('.iso-picker .field.checkbox:visible').count()).toBe(1);
    await dialog.locator(`input[name="procedureCodes.${NEW_CODE}"]`).check();
    await screenshot(page, 'iso-thay-doi-phap-ly', { fullPage: false });
    await waitForView(page, () => dialog.locator('button[type="submit"]').click());
    expect(await page.locator('h1').textContent()).toBe('Văn bản 118/2025/NĐ-CP');
    expect(await actionsOf(page)).toEqual(['assess']);
    const id = page.url().split('/').pop()!;

    await open(page, app.baseUrl, '/iso');
    const queue = page.getByTestId('queue-legal-changes');
    const registered = queue.locator(`tr[data-id="${id}"]`);
    expect(await registered.getAttribute('data-clock')).toBe('due_soon');
    expect(await registered.locator('.clock').textContent()).toBe(`${vnDate(addMonths(time.day(-75), 3))}Còn ${daysBetween(time.today, addMonths(time.day(-75), 3))} ngày`);
    expect(await registered.locator('.badge.clock-due_soon').count()).toBe(1);
    const overdue = queue.locator('tr[data-clock="overdue"]');
    expect(await overdue.locator('a').textContent()).toBe(overdueSymbol);
    expect(await overdue.locator('.badge.clock-overdue').textContent()).toMatch(/^Quá hạn \d+ ngày$/);
    // From 1 October a year without a reported audit or a confirmed review is warned of.
    if (time.today.slice(5) >= '10-01') expect(await page.locator('[data-warning]').evaluateAll((w) => w.map((x) => x.getAttribute('data-warning')))).toEqual(['internal_audit', 'management_review']);
    // The compliance of the incoming-document process stays on the page.
    await page.getByTestId('compliance').waitFor();

    await waitForView(page, () => registered.locator('a').click());
    await takeStep(page, 'assess', async (d) => {
      await choose(d, 'impact', 'Phải sửa quy trình');
      await d.getByLabel('Nhận xét').fill('Phải sửa quy trình nội bộ: bổ sung bước số hóa hồ sơ.');
    });
    expect(await page.locator('.badges [data-status]').getAttribute('data-status')).toBe('revising');
    expect(await actionsOf(page)).toEqual(['incorporate']);
    expect(await page.getByTestId('history').locator('li').count()).toBe(2);

    // A version of the procedure cites the decree and is approved by the chief: the change is in, on time.
    const drafted = await step(app, 'thuky.iso', `/api/procedures/${NEW_CODE}/versions`, {
      ...PROCEDURE.version, effectiveFrom: time.day(1), legalBasis: [...PROCEDURE.version.legalBasis, 'Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ'],
    });
    expect(drafted.status, JSON.stringify(drafted.body)).toBe(201);
    const approved = await step(app, 'chanh.vp', `/api/procedures/${NEW_CODE}/versions/${drafted.body.version}/approve`, { decisionRef: '130/QĐ-VP' });
    expect(approved.status, JSON.stringify(approved.body)).toBe(201);
    await takeStep(page, 'incorporate', (d) => d.getByLabel('Phiên bản quy trình').fill(String(drafted.body.version)));
    expect(await page.locator('.badges [data-status]').getAttribute('data-status')).toBe('incorporated');
    expect(await page.locator('.badges [data-clock]').getAttribute('data-clock')).toBe('on_time');
    expect(await page.getByTestId('no-actions').count()).toBe(1);
  });

  it('takes a nonconformity through correction, root cause and action; closing before verification is refused', async () => {
    const secretary = await users.as('thuky.iso');
    await open(secretary, app.baseUrl, '/iso/khong-phu-hop');
    // No dossier nor document is late here: nothing is proposed.
    expect(await secretary.getByTestId('nc-proposals').textContent()).toContain('Không có đề xuất nào đang chờ.');
    await secretary.locator('button[data-action="raise"]').click();
    const raise = secretary.getByTestId('dialog-raise');
    await raise.getByLabel('Nguồn phát hiện').selectOption('complaint');
    await raise.getByLabel('Căn cứ phát hiện').fill('Phản ánh của công dân ngày 12/11 qua đường dây nóng');
    await choose(raise, 'severity', 'Nhẹ');
    await raise.getByLabel('Thủ tục liên quan').selectOption(CODE);
    await raise.getByLabel('Mô tả điểm không phù hợp').fill('Hồ sơ trả kết quả muộn không có phiếu xin lỗi, hẹn lại ngày trả');
    await waitForView(secretary, () => raise.locator('button[type="submit"]').click());
    nonconformityId = secretary.url().split('/').pop()!;
    expect(await actionsOf(secretary)).toEqual(['correct', 'root-cause', 'close']);

    await takeStep(secretary, 'correct', (d) => d.getByLabel('Việc khắc phục tức thời').fill('Đã gửi phiếu xin lỗi cho công dân và hẹn lại ngày trả.'));
    await takeStep(secretary, 'root-cause', (d) => d.getByLabel('Nguyên nhân gốc rễ').fill('Chưa có bước kiểm tra hạn trả trước một ngày trong quy trình.'));
    await takeStep(secretary, 'action', async (d) => {
      await d.getByLabel('Hành động khắc phục').fill('Bổ sung bước nhắc hạn trả trước một ngày làm việc vào quy trình nội bộ.');
      await d.getByLabel('Người chịu trách nhiệm').selectOption(userId(OWNER));
      await d.getByLabel('Thời hạn hoàn thành').fill(vnDate(time.day(10)));
    });
    expect(await secretary.locator('.badges [data-status]').getAttribute('data-status')).toBe('action_planned');
    expect(await actionsOf(secretary)).toEqual(['implement', 'close']);

    const refused = await takeStep(secretary, 'close', (d) => d.getByLabel('Ghi chú').fill('Đóng'), { refused: true });
    expect(await refused.getByTestId('error-summary').textContent()).toBe(
      'Chưa thể đóng điểm không phù hợp: hành động khắc phục phải được thực hiện, rồi được thư ký ISO hoặc Chánh Văn phòng (không phải người thực hiện) kiểm tra và xác nhận có hiệu lực.',
    );
    await refused.getByRole('button', { name: 'Hủy' }).click();

    // The action is in the queue with its due day.
    await open(secretary, app.baseUrl, '/iso');
    const action = secretary.getByTestId('queue-actions').locator(`tr[data-id="${nonconformityId}"]`);
    expect(await action.getAttribute('data-clock')).toBe('due_soon');
    expect(await action.locator('.badge.clock-due_soon').textContent()).toBe('Còn 10 ngày');
    await screenshot(secretary, 'iso-hang-doi');
  });

  it('has the owner implement the action, the secretary verify it and close', async () => {
    const owner = await users.as(OWNER);
    await open(owner, app.baseUrl, `/iso/khong-phu-hop/${nonconformityId}`);
    expect(await actionsOf(owner)).toEqual(['implement']);
    await takeStep(owner, 'implement', (d) => d.getByLabel('Kết quả thực hiện').fill('Đã ban hành quy trình sửa đổi, bổ sung bước nhắc hạn.'));
    // Whoever carried the action out does not judge it.
    expect(await owner.getByTestId('no-actions').count()).toBe(1);

    const secretary = await users.as('thuky.iso');
    await open(secretary, app.baseUrl, `/iso/khong-phu-hop/${nonconformityId}`);
    expect(await actionsOf(secretary)).toEqual(['verify', 'close']);
    await takeStep(secretary, 'verify', async (d) => {
      await choose(d, 'effective', 'Có hiệu lực');
      await d.getByLabel('Căn cứ đánh giá hiệu lực').fill('Một tháng không còn hồ sơ trả muộn không có phiếu xin lỗi.');
    });
    expect(await actionsOf(secretary)).toEqual(['close']);
    await takeStep(secretary, 'close', (d) => d.getByLabel('Ghi chú').fill('Hành động có hiệu lực.'));
    expect(await secretary.locator('.badges [data-status]').getAttribute('data-status')).toBe('closed');
    expect(await secretary.getByTestId('no-actions').count()).toBe(1);
    expect(await secretary.getByTestId('history').locator('.timeline-what').allTextContents()).toEqual([
      'Ghi nhận điểm không phù hợp', 'Khắc phục tức thời', 'Phân tích nguyên nhân gốc rễ', 'Lập hành động khắc phục', 'Thực hiện hành động khắc phục', 'Kiểm tra: có hiệu lực', 'Đóng điểm không phù hợp',
    ]);
    await screenshot(secretary, 'iso-khong-phu-hop');
  });

  it('shows the proposals from late dossiers, accepts one as a nonconformity, dismisses another with its reason, and leaves the section out while the API lacks the route', async () => {
    const page = await users.as('thuky.iso');
    await page.route('**/api/quality/nc-proposals**', (route) => route.fulfill({ status: 404, contentType: 'application/json', body: JSON.stringify({ statusCode: 404, code: 'NOT_FOUND', message: 'Cannot GET /api/quality/nc-proposals' }) }));
    await open(page, app.baseUrl, '/iso/khong-phu-hop');
    expect(await page.getByTestId('nc-proposals').count()).toBe(0);
    await page.getByTestId('nonconformities').waitFor();
    await page.unroute('**/api/quality/nc-proposals**');

    const decided: Array<[string, unknown]> = [];
    const dossierId = '0b7d1c2e-6f0a-4c55-9a41-2d6c1e0f9a10';
    const documentId = '5a1f3e9c-2b7d-4e61-8c0a-9d3b2f4e6a71';
    const late = {
      key: `dossier.${dossierId}`, status: 'open', description: 'Hồ sơ H01.26.0003 trả kết quả trễ hạn 3 ngày làm việc', nonconformityId: null, severity: null, reason: null, decidedBy: null, decidedAt: null,
      subject: { kind: 'dossier', dossierId, code: 'H01.26.0003', procedureCode: CODE, procedureName: 'Thủ tục thử nghiệm', due: time.day(-5), doneOn: null, daysLate: 3 },
    };
    const step = {
      ...late, key: `step.${documentId}.distribute`, description: 'Văn bản đến phân phối trễ 1 ngày làm việc',
      subject: { kind: 'step', documentId, step: 'distribute', excerpt: 'Về việc báo cáo tình hình kinh tế – xã hội tháng', due: time.day(-3), doneOn: time.day(-2), daysLate: 1 },
    };
    await page.route('**/api/quality/nc-proposals**', async (route) => {
      if (route.request().method() === 'POST') {
        const path = new URL(route.request().url()).pathname;
        decided.push([path, route.request().postDataJSON()]);
        // Accepting raises a nonconformity and answers its id: here the one raised above.
        const id = path.endsWith('/accept') ? nonconformityId : decodeURIComponent(path.split('/')[4]);
        return route.fulfill({ status: 201, contentType: 'application/json', body: JSON.stringify({ id, revision: '1' }) });
      }
      const items = [late, step].filter((p) => !decided.some(([path]) => path.includes(encodeURIComponent(p.key))));
      return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ items, total: items.length }) });
    });
    await open(page, app.baseUrl, '/iso/khong-phu-hop');
    const proposals = page.getByTestId('nc-proposals');
    const rows = proposals.locator('tbody tr');
    expect(await rows.evaluateAll((r) => r.map((x) => x.getAttribute('data-key')))).toEqual([late.key, step.key]);
    expect(await rows.first().locator('td').allTextContents()).toEqual(['H01.26.0003Thủ tục thử nghiệm', `${vnDate(time.day(-5))}Chưa xong`, '3 ngày làm việc', late.description, 'Ghi nhậnBỏ qua']);
    expect(await rows.first().locator('a').getAttribute('href')).toBe(`/ho-so/${dossierId}`);
    expect(await rows.nth(1).locator('a').getAttribute('href')).toBe(`/van-ban/${documentId}`);

    await rows.first().locator('button[data-action="accept-proposal"]').click();
    const accept = page.getByTestId('dialog-accept-proposal');
    expect(await accept.getByLabel('Mô tả điểm không phù hợp').inputValue()).toBe(late.description);
    await choose(accept, 'severity', 'Nặng');
    await waitForView(page, () => accept.locator('button[type="submit"]').click());
    expect(page.url()).toBe(`${app.baseUrl}/iso/khong-phu-hop/${nonconformityId}`);

    await open(page, app.baseUrl, '/iso/khong-phu-hop');
    expect(await rows.evaluateAll((r) => r.map((x) => x.getAttribute('data-key')))).toEqual([step.key]);
    await rows.first().locator('button[data-action="dismiss-proposal"]').click();
    const dialog = page.getByTestId('dialog-dismiss-proposal');
    await dialog.getByLabel('Lý do').fill('Trễ do lỗi đường truyền của hệ thống một cửa quốc gia');
    await waitForView(page, () => dialog.locator('button[type="submit"]').click());
    expect(decided).toEqual([
      [`/api/quality/nc-proposals/${encodeURIComponent(late.key)}/accept`, { severity: 'major', description: late.description }],
      [`/api/quality/nc-proposals/${encodeURIComponent(step.key)}/dismiss`, { reason: 'Trễ do lỗi đường truyền của hệ thống một cửa quốc gia' }],
    ]);
    expect(await page.getByTestId('nc-proposals').textContent()).toContain('Không có đề xuất nào đang chờ.');
    await page.unroute('**/api/quality/nc-proposals**');
  });

  it('plans an internal audit, has the office chief approve it, then conducts and reports it', async () => {
    const secretary = await users.as('thuky.iso');
    await open(secretary, app.baseUrl, '/iso/danh-gia-noi-bo');
    await secretary.locator('button[data-action="plan-audit"]').click();
    const plan = secretary.getByTestId('dialog-plan-audit');
    expect(await plan.getByLabel('Tên cuộc đánh giá').inputValue()).toBe(`Đánh giá nội bộ năm ${time.today.slice(0, 4)}`);
    await plan.getByLabel('Ngày dự kiến').fill(vnDate(time.today));
    await plan.locator(`input[name="procedureCodes.${CODE}"]`).check();
    await plan.locator(`input[name="auditorIds.${userId('tp.th')}"]`).check();
    await plan.locator(`input[name="auditorIds.${userId('cv.th1')}"]`).check();
    await waitForView(secretary, () => plan.locator('button[type="submit"]').click());
    const auditId = secretary.url().split('/').pop()!;
    // Only the office chief approves the plan.
    expect(await secretary.getByTestId('no-actions').count()).toBe(1);

    const chief = await users.as('chanh.vp');
    await open(chief, app.baseUrl, '/iso');
    const approvals = chief.getByTestId('chief-approvals');
    await waitForView(chief, () => approvals.locator(`a[href="/iso/danh-gia-noi-bo/${auditId}"]`).click());
    expect(await actionsOf(chief)).toEqual(['approve']);
    await takeStep(chief, 'approve', (d) => d.getByLabel('Số, ký hiệu quyết định phê duyệt').fill('40/QĐ-VP'));
    expect(await chief.locator('.badges [data-status]').getAttribute('data-status')).toBe('approved');
    expect(await chief.getByTestId('no-actions').count()).toBe(1);

    await open(secretary, app.baseUrl, `/iso/danh-gia-noi-bo/${auditId}`);
    await takeStep(secretary, 'conduct', async (d) => {
      await d.getByLabel('Nội dung câu hỏi 1', { exact: true }).fill('Hồ sơ trả kết quả muộn có phiếu xin lỗi, hẹn lại ngày trả?');
      await d.getByLabel('Kết quả 1', { exact: true }).selectOption('nonconform');
      await d.getByLabel('Bằng chứng 1', { exact: true }).fill('Hồ sơ H01.26.0003 trả muộn 2 ngày, không có phiếu');
      await d.getByLabel('Nội dung câu hỏi 2', { exact: true }).fill('Sổ theo dõi hồ sơ được cập nhật hằng ngày?');
      await d.getByLabel('Bằng chứng 2', { exact: true }).fill('Sổ theo dõi tháng 11');
    });
    expect(await secretary.getByTestId('checklist').locator('tbody tr').evaluateAll((r) => r.map((x) => x.getAttribute('data-result')))).toEqual(['nonconform', 'conform']);
    await takeStep(secretary, 'report', async (d) => {
      // The nonconforming answer is proposed as a finding.
      expect(await d.getByLabel('Mô tả phát hiện 1', { exact: true }).inputValue()).toContain('phiếu xin lỗi');
      await d.getByLabel('Điều khoản 1', { exact: true }).fill('8.5.1');
      await d.getByLabel('Kết luận của cuộc đánh giá').fill('Hệ thống được duy trì; một điểm không phù hợp nhẹ về trả kết quả muộn.');
    });
    expect(await secretary.locator('.badges [data-status]').getAttribute('data-status')).toBe('reported');
    const finding = secretary.getByTestId('findings').locator('tbody tr');
    expect(await finding.locator('td').first().textContent()).toBe('Điểm không phù hợp');

    // The nonconformity found is raised on its own record, the audit as its source.
    await finding.locator('button[data-action="raise-finding"]').click();
    const raise = secretary.getByTestId('dialog-raise');
    expect(await raise.getByLabel('Nguồn phát hiện').inputValue()).toBe('audit');
    expect(await raise.getByLabel('Căn cứ phát hiện').inputValue()).toBe(`Đánh giá nội bộ năm ${time.today.slice(0, 4)} — phát hiện 1`);
    expect(await raise.getByLabel('Điều khoản ISO 9001').inputValue()).toBe('8.5.1');
    await choose(raise, 'severity', 'Nhẹ');
    await waitForView(secretary, () => raise.locator('button[type="submit"]').click());
    expect(await secretary.locator('h1').textContent()).toBe('Điểm không phù hợp');
    await open(secretary, app.baseUrl, `/iso/danh-gia-noi-bo/${auditId}`);
    expect(await finding.locator('a').textContent()).toBe('Đã ghi nhận điểm không phù hợp');
    await screenshot(secretary, 'iso-danh-gia');
    await takeStep(secretary, 'close', (d) => d.getByLabel('Ghi chú').fill('Đã ghi nhận điểm không phù hợp.'));
    expect(await secretary.locator('.badges [data-status]').getAttribute('data-status')).toBe('closed');
  });

  it('records a management review; no declaration before the chief confirms it; then the chief declares and the secretary notifies', async () => {
    const secretary = await users.as('thuky.iso');
    await open(secretary, app.baseUrl, '/iso/xem-xet');
    await secretary.locator('button[data-action="record-review"]').click();
    const minutes = secretary.getByTestId('dialog-record-review');
    for (const label of ['Kết quả thực hiện các quá trình', 'Điểm không phù hợp và hành động khắc phục', 'Kết quả đánh giá nội bộ', 'Mức độ hài lòng của người dân, tổ chức', 'Mức độ đạt mục tiêu chất lượng']) {
      await minutes.getByLabel(label).fill(`Tóm tắt: ${label.toLowerCase()} năm nay.`);
    }
    await minutes.getByLabel('Kết luận của cuộc xem xét').fill('Bổ sung nhân lực cho Bộ phận một cửa\nSửa đổi mục tiêu chất lượng năm sau');
    await waitForView(secretary, () => minutes.locator('button[type="submit"]').click());
    const reviewId = secretary.url().split('/').pop()!;
    expect(await secretary.getByTestId('inputs').locator('tbody tr').count()).toBe(5);

    const chief = await users.as('chanh.vp');
    await open(chief, app.baseUrl, '/iso');
    expect(await chief.getByTestId('chief-approvals').locator('a').getAttribute('href')).toBe(`/iso/xem-xet/${reviewId}`);
    await screenshot(chief, 'iso-chanh-van-phong');
    await open(chief, app.baseUrl, '/iso/xem-xet');
    await chief.locator('button[data-action="declare"]').click();
    const early = chief.getByTestId('dialog-declare');
    await early.getByLabel('Số, ký hiệu quyết định công bố').fill('45/QĐ-VP');
    await early.getByLabel('Căn cứ cuộc xem xét của lãnh đạo').selectOption(reviewId);
    await early.locator(`input[name="procedureCodes.${CODE}"]`).check();
    await early.locator('button[type="submit"]').click();
    await early.getByTestId('error-summary').waitFor();
    expect(await early.getByTestId('error-summary').textContent()).toBe(
      'Chưa thể công bố: cần một cuộc xem xét của lãnh đạo trong cùng năm đã được Chánh Văn phòng xác nhận hiệu lực trước ngày công bố.',
    );
    await early.getByRole('button', { name: 'Hủy' }).click();

    await open(chief, app.baseUrl, '/iso');
    await waitForView(chief, () => chief.getByTestId('chief-approvals').locator(`a[href="/iso/xem-xet/${reviewId}"]`).click());
    expect(await actionsOf(chief)).toEqual(['confirm']);
    await takeStep(chief, 'confirm', (d) => d.getByLabel('Ý kiến').fill('Hệ thống quản lý chất lượng có hiệu lực.'));
    expect(await actionsOf(chief)).toEqual(['declare']);
    await takeStep(chief, 'declare', async (d) => {
      await d.getByLabel('Số, ký hiệu quyết định công bố').fill('45/QĐ-VP');
      await d.locator(`input[name="procedureCodes.${CODE}"]`).check();
    });
    expect(await chief.locator('h1').textContent()).toBe('Công bố hệ thống phù hợp — Quyết định 45/QĐ-VP');
    const declarationId = chief.url().split('/').pop()!;
    expect(await chief.getByTestId('no-actions').count()).toBe(1);

    await open(secretary, app.baseUrl, `/iso/cong-bo/${declarationId}`);
    expect(await actionsOf(secretary)).toEqual(['notify', 'post']);
    await takeStep(secretary, 'notify', (d) => d.getByLabel('Số, ký hiệu văn bản thông báo').fill('50/VP-HCTC'));
    await takeStep(secretary, 'post', (d) => d.getByLabel('Địa chỉ đăng trên cổng thông tin điện tử').fill('https://vpubnd.example.gov.vn/iso'));
    expect(await secretary.getByTestId('no-actions').count()).toBe(1);
    expect(await secretary.getByTestId('history').locator('.timeline-what').allTextContents()).toEqual(['Ký công bố', 'Thông báo bản công bố', 'Niêm yết bản công bố']);

    // The year's audit is reported and its review confirmed: no more warnings, nothing waits for the chief.
    await open(chief, app.baseUrl, '/iso');
    expect(await chief.locator('[data-warning]').count()).toBe(0);
    expect(await chief.getByTestId('chief-approvals').textContent()).toBe('Không có việc nào chờ Chánh Văn phòng phê duyệt, xác nhận hoặc ký.');
  });

  it('fits a phone: the queue and a record fold into one column, only wide tables scroll sideways', async () => {
    const phone = await users.signedIn('thuky.iso', PHONE);
    for (const path of ['/iso', `/iso/khong-phu-hop/${nonconformityId}`, '/iso/danh-gia-noi-bo']) {
      await open(phone, app.baseUrl, path);
      expect(await phone.evaluate('document.documentElement.scrollWidth'), path).toBeLessThanOrEqual(PHONE.width);
    }
    await phone.context().close();
  });

  it('made no request to another origin and logged no script error', async () => {
    await expectNoErrors(users);
  });
});

function addMonths(isoDay: string, months: number): string {
  const [year, month, day] = isoDay.split('-').map(Number);
  const index = year * 12 + (month - 1) + months;
  const lastDay = new Date(Date.UTC(Math.floor(index / 12), (index % 12) + 1, 0)).getUTCDate();
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}
