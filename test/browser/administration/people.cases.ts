import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { userId } from '../../support/document-steps';
import { startTestApp, type TestApp } from '../../support/test-app';
import { expectNoErrors, hasChromium, connectChromium, login, navEntries, open, PHONE, screenshot, Users, waitForView } from '../browser-support';
import { untilPasses } from '../../support/until-passes';

/*
 * Quản trị in a real browser: the administrator adds a person (the temporary password is shown
 * once), the person is made to change it at the first login, the administrator moves a field to
 * another vice-chairman with a reason and finds the change in the history; an auditor reads the
 * organisation as it was; the users' list on a phone.
 */
(!hasChromium ? describe.skip : describe)('administration of people and the organisation in a real browser (Chromium)', () => {
  let app: TestApp;
  let browser: Browser;
  let users: Users;
  let temporaryPassword = '';

  beforeAll(async () => {
    app = await startTestApp();
    browser = await connectChromium();
    users = new Users(browser, app.baseUrl);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('the administrator adds a person, who sees a temporary password once', async () => {
    const page = await users.as('quantri');
    await open(page, app.baseUrl, '/quan-tri/nguoi-dung');
    expect(await navEntries(page)).toContain('Quản trị');
    await untilPasses(async () => expect(await page.getByTestId('users-table').locator('tbody tr').count()).toBe(24));
    await screenshot(page, 'quan-tri-nguoi-dung');
    await page.getByTestId('add-user').click();
    const dialog = page.getByTestId('dialog-create-user');
    await dialog.getByLabel('Tên đăng nhập').fill('cv.kt3');
    await dialog.getByLabel('Họ và tên').fill('Nguyễn Thị Lan');
    await dialog.getByLabel('Phòng', { exact: true }).selectOption({ label: 'Phòng Kinh tế' });
    await dialog.getByLabel('Chuyên viên', { exact: true }).check();
    await dialog.getByLabel(/Lý do/).fill('Quyết định 30/QĐ-VP ngày 02/3/2026 tiếp nhận công chức');
    await screenshot(page, 'quan-tri-them-nguoi-dung', { fullPage: false });
    await dialog.getByRole('button', { name: 'Thêm người dùng' }).click();
    const shown = page.getByTestId('temporary-password').locator('code');
    await shown.waitFor();
    temporaryPassword = (await shown.textContent()) ?? '';
    expect(temporaryPassword).toHaveLength(12);
    await screenshot(page, 'quan-tri-mat-khau-tam', { fullPage: false });
    await waitForView(page, () => page.getByTestId('dialog-temporary-password').getByRole('button', { name: 'Đóng' }).click());
    await untilPasses(async () => expect(await page.locator('tr[data-username="cv.kt3"]').textContent()).toContain('Chờ đổi mật khẩu'));
  });

  it('the new person must change the temporary password first', async () => {
    const page = await (await users.newContext()).newPage();
    await login(page, app.baseUrl, 'cv.kt3', temporaryPassword);
    await page.getByTestId('password-form').waitFor();
    expect(page.url()).toContain('/doi-mat-khau');
    const form = page.getByTestId('password-form');
    await form.getByLabel('Mật khẩu tạm thời').fill(temporaryPassword);
    await form.getByLabel(/^Mật khẩu mới/).fill('ngan');
    await form.getByLabel('Nhập lại mật khẩu mới').fill('ngan');
    await form.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await untilPasses(async () => expect(await form.getByTestId('error-summary').textContent()).toContain('10 ký tự'));
    await form.getByLabel(/^Mật khẩu mới/).fill('Sông Hồng chảy về biển');
    await form.getByLabel('Nhập lại mật khẩu mới').fill('Sông Hồng chảy về biển');
    await screenshot(page, 'doi-mat-khau');
    await waitForView(page, () => form.getByRole('button', { name: 'Đổi mật khẩu' }).click());
    expect(page.url()).toContain('/viec-cua-toi');
  });

  it('the administrator moves a field to another vice-chairman, with a reason, and finds it in the history', async () => {
    const page = await users.as('quantri');
    await open(page, app.baseUrl, '/quan-tri/to-chuc');
    await page.locator('tr[data-field="KH-DT"]').getByRole('button', { name: 'Phân công lại' }).click();
    const dialog = page.getByTestId('dialog-assign-field');
    await dialog.getByLabel('Lãnh đạo UBND phụ trách').selectOption(userId('pho.chu.tich.vx'));
    await dialog.getByLabel(/Lý do/).fill('Quyết định 125/QĐ-UBND phân công lại nhiệm vụ của các Phó Chủ tịch');
    await waitForView(page, () => dialog.getByRole('button', { name: 'Phân công' }).click());
    await untilPasses(async () => expect(await page.locator('tr[data-field="KH-DT"]').textContent()).toContain('Lê Thị Thu Hà'));
    const latest = page.getByTestId('org-history').locator('tbody tr').first();
    expect(await latest.textContent()).toContain('Phân công lại lĩnh vực');
    expect(await latest.textContent()).toContain('Quyết định 125/QĐ-UBND');
    expect(await latest.textContent()).toContain('Quách Minh Khoa');
    await screenshot(page, 'quan-tri-to-chuc');
  });

  it('an auditor reads the organisation as it was, without buttons to change it', async () => {
    const page = await users.as('kiemtoan1');
    await open(page, app.baseUrl, '/quan-tri/to-chuc?luc=01/01/2025 08:00');
    expect(await navEntries(page)).toContain('Tổ chức');
    expect(await page.locator('tr[data-field="KH-DT"]').textContent()).toContain('Trần Quốc Hưng');
    expect(await page.getByRole('button', { name: 'Phân công lại' }).count()).toBe(0);
  });

  it('the list of people reads on a phone (390 px)', async () => {
    const page: Page = await users.signedIn('quantri', PHONE);
    await open(page, app.baseUrl, '/quan-tri/nguoi-dung');
    await screenshot(page, 'quan-tri-nguoi-dung-390');
    await open(page, app.baseUrl, '/quan-tri/to-chuc');
    await screenshot(page, 'quan-tri-to-chuc-390');
    await expectNoErrors(users);
  });
});
