import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { eventually } from '../../support/onestop-desk';
import { startTestApp, type TestApp } from '../../support/test-app';
import { expectNoErrors, hasChromium, connectChromium, open, PHONE, screenshot, Users } from '../browser-support';

/**
 * The ISO secretary's home names the office's internal processes beside the figures (DOMAIN.md §7):
 * QT-VB-01 and QT-VB-02 with their versions, limits (or that none is sourced), basis and approval;
 * each compliance step under its process and version, its limit worded from that version; readable at 390 px.
 */
(!hasChromium ? describe.skip : describe)('internal processes on the ISO page (Chromium)', () => {
  let app: TestApp;
  let browser: Browser;
  let users: Users;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startTestApp(), connectChromium()]);
    users = new Users(browser, app.baseUrl);
    const token = await app.login('thuky.iso');
    await eventually(() => app.request('GET', '/api/procedures/internal', { token }), (r) => r.status === 200 && r.body.items.length === 2);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('lists QT-VB-01 and QT-VB-02 with their steps, basis and approval, and says what each compliance step was measured against', async () => {
    const page = await users.as('thuky.iso');
    await open(page, app.baseUrl, '/iso');
    const table = page.getByTestId('internal-processes');
    const line = table.locator('tr[data-process="QT-VB-01"][data-version="1"]');
    await line.waitFor();
    const text = (await line.textContent()) ?? '';
    for (const expected of ['QT-VB-01', 'Xử lý văn bản đến', '05/03/2020 – nay', 'Thẩm định, trình lãnh đạo (phiếu trình): 5 ngày làm việc', 'Trình, phân phối văn bản đến: ngày làm việc tiếp theo; văn bản khẩn trở lên: trong ngày',
      'Khoản 1 Điều 23 Nghị định 30/2020/NĐ-CP', 'quy trình ban đầu của hệ thống']) expect(text).toContain(expected);
    const outgoing = (await table.locator('tr[data-process="QT-VB-02"][data-version="1"]').textContent()) ?? '';
    for (const expected of ['Xử lý văn bản đi', 'Ký ban hành văn bản: không quy định thời hạn (chưa có căn cứ)', 'Phát hành văn bản đã ký: ngày làm việc tiếp theo; văn bản khẩn trở lên: trong ngày', 'Khoản 1 Điều 18 Nghị định 30/2020/NĐ-CP']) {
      expect(outgoing).toContain(expected);
    }
    expect(await page.getByTestId('compliance-basis').textContent()).toMatch(/^Đo theo quy trình QT-VB-01 phiên bản 1, QT-VB-02 phiên bản 1; lịch làm việc VN \d{4}\.\d/);
    const issue = (await page.getByTestId('compliance').locator('tr[data-step="issue"]').textContent()) ?? '';
    expect(issue).toContain('QT-VB-02 phiên bản 1');
    expect(issue).toContain('Ngày làm việc tiếp theo; văn bản khẩn trở lên: trong ngày');
    await screenshot(page, 'iso-quy-trinh-noi-bo');

    const phone = await users.signedIn('thuky.iso', PHONE);
    await open(phone, app.baseUrl, '/iso');
    await phone.getByTestId('internal-processes').waitFor();
    expect(await phone.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await expectNoErrors(users);
  });
});
