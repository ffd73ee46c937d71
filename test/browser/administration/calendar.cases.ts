import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { startTestApp, type TestApp } from '../../support/test-app';
import { expectNoErrors, hasChromium, connectChromium, open, PHONE, Users, waitForView } from '../browser-support';
import { untilPasses } from '../../support/until-passes';

/*
 * Lịch làm việc in a real browser: the admin opens 2027 (seeded provisional at start), opens a new
 * version, moves the second National Day day from Fri 3/9 to Wed 1/9 by clicking the days, and
 * approves it on the notice; the calendar deadlines are computed with changes at once, with no
 * restart. An auditor on a phone (390 px) sees the calendar as it was before the change.
 */

/** The API's clock: the seed's approvals at a fixed instant, then the real time. */
let fixed: string | null = '2026-11-20T09:00:00+07:00';

(!hasChromium ? describe.skip : describe)('the working-day calendar page (Chromium)', () => {
  let app: TestApp;
  let browser: Browser;
  let users: Users;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startTestApp({ clock: () => (fixed ? new Date(fixed) : new Date()) }), connectChromium()]);
    fixed = null;
    users = new Users(browser, app.baseUrl);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const cell = (page: Page, date: string) => page.locator(`[data-testid="calendar-grid"] [data-date="${date}"]`);
  const choose = (dialog: Locator, field: string, option: string) => dialog.locator(`fieldset[data-field="${field}"]`).getByLabel(option, { exact: true }).check();
  const calendarVersion = async () => (await app.request('GET', '/api/calendar/years/2027', { token: await app.login('kiemtoan1') })).body.calendarVersion;

  async function setDay(page: Page, date: string, kind: string, note: string) {
    await cell(page, date).click();
    const dialog = page.getByTestId('dialog-change-day');
    await choose(dialog, 'kind', kind);
    await dialog.getByLabel(/^Ghi chú/).fill(note);
    await waitForView(page, () => dialog.locator('button[type="submit"]').click());
  }

  it('the admin revises 2027 to the notice by clicking days, approves it, and it is in force at once', async () => {
    const page = await users.as('quantri');
    await open(page, app.baseUrl, '/quan-tri/lich-lam-viec?nam=2027');
    const summary = page.getByTestId('calendar-summary');
    await untilPasses(async () => expect(await summary.textContent()).toContain('2027.1-provisional'));
    expect(await summary.textContent()).toContain('Tạm tính');
    expect(await page.locator('.cal-month').count()).toBe(12);
    expect(await cell(page, '2027-09-03').evaluate((e) => e.parentElement?.className)).toBe('cal-holiday');
    expect(await cell(page, '2027-02-10').evaluate((e) => e.parentElement?.className)).toBe('cal-make_up_day_off');
    expect(await cell(page, '2027-09-03').evaluate((e) => e.tagName)).toBe('SPAN'); // approved: not editable

    await page.getByRole('button', { name: 'Mở phiên bản mới' }).click();
    const revise = page.getByTestId('dialog-revise');
    await revise.getByLabel(/^Lý do sửa đổi/).fill('Thông báo 8888/TB-BNV: nghỉ Quốc khánh thứ Tư 01/09 thay cho thứ Sáu 03/09');
    await waitForView(page, () => revise.locator('button[type="submit"]').click());
    expect(await cell(page, '2027-09-03').evaluate((e) => e.tagName)).toBe('BUTTON');

    await setDay(page, '2027-09-03', 'Ngày thường', 'Thông báo chọn ngày 01/09');
    await setDay(page, '2027-09-01', 'Ngày nghỉ lễ, Tết', 'Quốc khánh (ngày liền kề)');
    expect(await cell(page, '2027-09-01').evaluate((e) => e.parentElement?.className)).toBe('cal-holiday');
    expect(await cell(page, '2027-09-03').evaluate((e) => e.parentElement?.className)).toBe('cal-working');
    await cell(page, '2027-09-01').click();
    await page.getByTestId('dialog-change-day').getByRole('button', { name: 'Hủy' }).click();
    expect(await calendarVersion()).toBe('VN 2025.1+2026.1+2027.1-provisional'); // a draft is not in force

    await page.getByRole('button', { name: 'Phê duyệt' }).click();
    const approve = page.getByTestId('dialog-approve');
    await approve.getByLabel(/^Số, ký hiệu thông báo/).fill('8888/TB-BNV');
    await approve.getByLabel(/^Ngày ban hành/).fill('20/11/2026');
    await approve.getByLabel(/^Cơ quan ban hành/).fill('Bộ Nội vụ');
    await waitForView(page, () => approve.locator('button[type="submit"]').click());
    await untilPasses(async () => expect(await summary.textContent()).toContain('2027.2'));
    expect(await summary.textContent()).not.toContain('Tạm tính');
    expect(await calendarVersion()).toBe('VN 2025.1+2026.1+2027.2');
    const versions = await page.getByTestId('calendar-versions').textContent();
    expect(versions).toContain('Quách Minh Khoa');
    expect(versions).toContain('Thông báo 8888/TB-BNV');
  });

  it('an auditor on a phone sees the calendar as it was before the new version, without sideways scrolling', async () => {
    const page = await users.signedIn('kiemtoan1', PHONE);
    await open(page, app.baseUrl, '/quan-tri/lich-lam-viec?nam=2027&luc=25%2F11%2F2026%2010%3A00');
    const summary = await page.getByTestId('calendar-summary').textContent();
    expect(summary).toContain('2027.1-provisional');
    expect(await cell(page, '2027-09-03').evaluate((e) => e.parentElement?.className)).toBe('cal-holiday');
    expect(await page.getByRole('button', { name: 'Mở phiên bản mới' }).count()).toBe(0);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await page.getByTestId('calendar-at').getByRole('link', { name: 'Hiện tại' }).click();
    await page.locator('.view[data-ready="true"]').waitFor();
    await untilPasses(async () => expect(await page.getByTestId('calendar-summary').textContent()).toContain('2027.2'));
    await page.context().close();
    await expectNoErrors(users);
  });
});
