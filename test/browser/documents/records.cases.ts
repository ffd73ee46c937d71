import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { departmentId, documentAt, step, userId } from '../../support/document-steps';
import { eventually } from '../../support/onestop-desk';
import { startTestApp, type TestApp } from '../../support/test-app';
import { expectNoErrors, FrozenTime, hasChromium, connectChromium, navigationOf, open, pdfOpenedInNewTab, PHONE, Users, waitForView } from '../browser-support';

/*
 * Files and archives in a real browser, on today's date: the retention table, the year's plan
 * (approved) and two case files are set up over the API; the clerk then archives an issued
 * document into the open case file from the document's page, closes that file with its sheet
 * count, opens the December batch, deposits the year's closed files, signs the hand-over and
 * prints the inventory and the hand-over record.
 */

(!hasChromium ? describe.skip : describe)('files and archives in a real browser (Chromium)', () => {
  let app: TestApp;
  let browser: Browser;
  let users: Users;
  let documentId = '';
  let paperId = '';
  // The plan's year, the overdue deposit and the December batch count from the API's today and the page's: one frozen instant.
  const time = new FrozenTime();
  const year = Number(time.today.slice(0, 4));
  const december = `${year}-12`;

  const posted = async (username: string, path: string, body: unknown) => {
    const answer = await step(app, username, path, body);
    expect(answer.status, `${path}: ${JSON.stringify(answer.body)}`).toBe(201);
    return answer.body;
  };

  beforeAll(async () => {
    [app, browser] = await Promise.all([startTestApp({ clock: time.clock }), connectChromium()]);
    users = new Users(browser, app.baseUrl, time.at);
    await posted('quantri', '/api/records/retention-schedule', {
      version: `${year}.1`,
      rules: [
        { category: 'annual-plan', label: 'Kế hoạch, báo cáo năm', period: 'permanent', source: 'TT 10/2022/TT-BNV mục 1.5' },
        { category: 'correspondence', label: 'Công văn trao đổi', period: 10, source: 'TT 10/2022/TT-BNV mục 1.11' },
      ],
    });
    const entry = { code: 'KT.01', title: `Hồ sơ kế hoạch đầu tư công năm ${year}`, departmentId: departmentId('KT'), responsibleId: userId('cv.kt1'), category: 'annual-plan', retention: 'permanent' };
    await posted('vanthu1', '/api/records/plans', { year, entries: [entry] });
    await posted('chanh.vp', `/api/records/plans/${year}/approve`, { decisionRef: '05/QĐ-VP' });
    paperId = (await posted('cv.kt1', '/api/records/case-files', { year, medium: 'paper', startDate: `${year}-01-05`, planEntryCode: 'KT.01' })).id;
    // A digital file closed two months ago: its deposit (60 days) is overdue.
    const adHoc = { code: 'KT.15', title: 'Hồ sơ đoàn kiểm tra đột xuất', departmentId: departmentId('KT'), category: 'correspondence', retention: 10, reason: 'Nhiệm vụ phát sinh ngoài kế hoạch' };
    const digital = (await posted('vanthu1', '/api/records/case-files', { year, medium: 'digital', startDate: `${year}-01-05`, adHoc })).id;
    await posted('vanthu1', `/api/records/case-files/${digital}/items`, { kind: 'dossier', itemId: '0b6f5a3e-0000-4000-8000-0000000000f9', title: 'Hồ sơ TTHC cấp phép xây dựng số 000.00.01.H01-0001' });
    const twoMonthsAgo = time.day(-62);
    await posted('vanthu1', `/api/records/case-files/${digital}/close`, { endDate: twoMonthsAgo < `${year}-01-05` ? `${year}-01-05` : twoMonthsAgo });
    documentId = await documentAt(app, 'issued');
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('offers "Hồ sơ lưu trữ" to the clerk, specialists, heads and leaders, not to the desk', async () => {
    expect(await navigationOf(await users.as('vanthu1'), app.baseUrl)).toContain('Hồ sơ lưu trữ');
    const desk = await users.signedIn('motcua1');
    expect(await navigationOf(desk, app.baseUrl)).not.toContain('Hồ sơ lưu trữ');
    await desk.context().close();
  });

  it('the clerk archives an issued document into the open case file from the document’s page', async () => {
    const page = await users.as('vanthu1');
    await open(page, app.baseUrl, `/van-ban/${documentId}`);
    await page.locator('[data-testid="actions"] button[data-action="archive"]').click();
    const dialog = page.getByTestId('dialog-archive');
    await dialog.getByLabel('Hồ sơ công việc').selectOption(paperId);
    expect(await dialog.getByLabel('Số, ký hiệu hồ sơ').isVisible()).toBe(false);
    await dialog.locator('button[type="submit"]').click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('.badges [data-status="archived"]').waitFor();
  });

  it('closes the case file with its sheet count: the item index lists the document', async () => {
    const page = await users.as('vanthu1');
    await eventually(async () => (await app.request('GET', `/api/records/case-files/${paperId}`, { token: await app.login('vanthu1') })).body, (body) => body?.file?.itemCount === 1);
    await open(page, app.baseUrl, '/ho-so-luu-tru');
    await page.getByTestId('case-file-list').waitFor();
    await waitForView(page, () => page.locator('[data-testid="case-file-list"] a', { hasText: 'KT.01' }).click());
    expect(await page.getByTestId('case-file-items').textContent()).toContain('Văn bản');
    await page.locator('[data-testid="actions"] button[data-action="close"]').click();
    const dialog = page.getByTestId('dialog-close');
    await dialog.getByLabel('Số tờ').fill('12');
    await waitForView(page, () => dialog.locator('button[type="submit"]').click());
    await page.locator('.badges [data-status="case-file-closed"]').waitFor();
    expect(await page.getByTestId('case-file-items').locator('caption').textContent()).toBe('Mục lục văn bản trong hồ sơ');
    const phone = await users.signedIn('vanthu1', PHONE);
    await open(phone, app.baseUrl, `/ho-so-luu-tru/ho-so/${paperId}`);
    await open(phone, app.baseUrl, '/ho-so-luu-tru?standing=overdue');
    expect(await phone.locator('[data-testid="case-file-list"] [data-standing="overdue"]').count()).toBe(1);
    await phone.context().close();
  });

  it('deposits the year’s closed files in the December batch, hands it over and prints the records', async () => {
    const page = await users.as('vanthu1');
    await open(page, app.baseUrl, `/ho-so-luu-tru/nop-luu/${december}`);
    await waitForView(page, () => page.locator('button[data-action="open-batch"]').click());
    for (const code of ['KT.15', 'KT.01']) {
      await page.getByTestId('deposit-candidates').waitFor();
      await waitForView(page, () => page.locator(`button[data-deposit="${code}"]`).click());
    }
    expect(await page.getByTestId('deposited-files').locator('tbody tr').count()).toBe(2);
    await page.locator('button[data-action="hand-over"]').click();
    const dialog = page.getByTestId('dialog-hand-over');
    await dialog.getByLabel('Người nhận (Lưu trữ cơ quan)').fill('Lê Thị Lưu');
    await waitForView(page, () => dialog.locator('button[type="submit"]').click());
    expect(await page.getByTestId('handover-summary').textContent()).toMatch(/Lê Thị Lưu nhận 2 hồ sơ .* lập thành 2 bản/);
    for (const name of ['inventory', 'handover']) {
      const printout = await pdfOpenedInNewTab(page, () => page.locator(`button[data-printout="${name}"]`).click());
      expect(printout.url, name).toMatch(/^blob:/);
      expect(printout.head, name).toBe('%PDF-');
    }
    await expectNoErrors(users);
  });
});
