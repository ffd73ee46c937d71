import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { step, userId } from '../../support/document-steps';
import { startTestApp, type TestApp } from '../../support/test-app';
import { expectNoErrors, FrozenTime, hasChromium, connectChromium, navEntries, open, PHONE, screenshot, Users, waitForView } from '../browser-support';

/*
 * The leaders' weekly schedule in a real browser: General Affairs writes an entry of this week
 * through its dialog, the office chief publishes the week, the entry's room changes (the reason is
 * asked for), its history shows the old value; the public page, without login, shows the change
 * struck through, never the confidential entry, and offers each leader's iCal feed; both pages
 * read at 390 px without scrolling sideways.
 */

const vnDate = (isoDay: string) => isoDay.split('-').reverse().join('/');
const isoWeekOf = (day: string) => {
  const date = new Date(`${day}T00:00:00Z`);
  const thursday = new Date(date.getTime() + (3 - ((date.getUTCDay() + 6) % 7)) * 86_400_000);
  const year = thursday.getUTCFullYear();
  return `${year}-W${String(Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / 604_800_000) + 1).padStart(2, '0')}`;
};

(!hasChromium ? describe.skip : describe)('the leaders’ weekly schedule in a real browser (Chromium)', () => {
  let app: TestApp;
  let browser: Browser;
  let users: Users;
  // The week is the page's (the browser's today) and the API's: one frozen instant for both and for the test.
  const time = new FrozenTime();
  const { today } = time;
  const week = isoWeekOf(today);

  beforeAll(async () => {
    [app, browser] = await Promise.all([startTestApp({ clock: time.clock }), connectChromium()]);
    users = new Users(browser, app.baseUrl, time.at);
    const secret = {
      startsAt: `${today}T14:00:00+07:00`, endsAt: `${today}T15:30:00+07:00`, place: 'Phòng họp số 2, trụ sở UBND tỉnh', content: 'Làm việc với Bộ Chỉ huy Quân sự tỉnh về nhiệm vụ quốc phòng',
      chairLeaderId: userId('chu.tich'), confidential: true,
    };
    expect((await step(app, 'cv.th1', `/api/schedule/weeks/${week}/entries`, secret)).status).toBe(201);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const noSidewaysScroll = (page: Page) => page.evaluate('document.documentElement.scrollWidth <= window.innerWidth');

  it('General Affairs writes an entry through the dialog; the office chief publishes the week', async () => {
    const page = await users.as('cv.th1');
    await open(page, app.baseUrl, '/lich-cong-tac');
    expect(await navEntries(page)).toContain('Lịch công tác');
    expect(await page.getByTestId('week-status').textContent()).toContain('Dự thảo');
    await page.getByTestId('add-entry').click();
    const dialog = page.getByTestId('dialog-draft');
    await dialog.getByLabel('Ngày').fill(vnDate(today));
    await dialog.getByLabel('Từ giờ').fill('08:00');
    await dialog.getByLabel('Đến giờ').fill('11:30');
    await dialog.getByLabel('Địa điểm').fill('Phòng họp số 1, trụ sở UBND tỉnh');
    await dialog.getByLabel('Nội dung').fill('Họp UBND tỉnh thường kỳ tháng');
    await dialog.getByLabel('Lãnh đạo chủ trì').selectOption(userId('chu.tich'));
    await dialog.getByLabel('Phó Chủ tịch UBND tỉnh Trần Quốc Hưng').check();
    await dialog.getByLabel('Tài liệu').fill('Báo cáo tình hình kinh tế - xã hội\nTờ trình về giá đất');
    await waitForView(page, () => dialog.locator('button[type="submit"]').click());
    expect(await page.getByTestId('schedule-entry').count()).toBe(2);
    await screenshot(page, 'schedule-week-draft');

    const chief = await users.as('chanh.vp');
    await open(chief, app.baseUrl, '/lich-cong-tac');
    await chief.getByTestId('publish-week').click();
    await waitForView(chief, () => chief.getByTestId('dialog-publish').locator('button[type="submit"]').click());
    expect(await chief.getByTestId('week-status').textContent()).toContain('Đã ban hành');
    expect(await chief.getByTestId('publish-week').count()).toBe(0);
  });

  it('a change after publication asks for its reason and keeps the old value in the history', async () => {
    const page = await users.as('cv.th1');
    await open(page, app.baseUrl, '/lich-cong-tac');
    const entry = page.getByTestId('schedule-entry').filter({ hasText: 'Họp UBND tỉnh thường kỳ tháng' });
    await entry.getByRole('button', { name: 'Sửa' }).click();
    const dialog = page.getByTestId('dialog-revise');
    await dialog.getByLabel('Địa điểm').fill('Hội trường tầng 3, trụ sở UBND tỉnh');
    await dialog.locator('button[type="submit"]').click();
    expect(await dialog.getByTestId('error-summary').textContent()).toContain('Lý do thay đổi');
    await dialog.getByLabel('Lý do thay đổi').fill('Phòng họp số 1 đang sửa chữa');
    await waitForView(page, () => dialog.locator('button[type="submit"]').click());
    const changed = page.getByTestId('schedule-entry').filter({ hasText: 'Họp UBND tỉnh thường kỳ tháng' });
    expect(await changed.getByTestId('badge-changed').count()).toBe(1);
    await changed.getByTestId('entry-history').locator('summary').click();
    expect(await changed.getByTestId('entry-history').locator('del').first().textContent()).toBe('Phòng họp số 1, trụ sở UBND tỉnh');
    expect(await changed.getByTestId('entry-history').textContent()).toContain('Lý do: Phòng họp số 1 đang sửa chữa');
    await screenshot(page, 'schedule-week');
    await page.setViewportSize(PHONE);
    expect(await noSidewaysScroll(page)).toBe(true);
    await screenshot(page, 'schedule-week-phone');
  });

  it('the public page, without login, shows the published week with the change struck through, no confidential entry, and the iCal links', async () => {
    const context = await users.newContext();
    const page = await context.newPage();
    await open(page, app.baseUrl, '/lich-tuan');
    expect(await page.locator('h1').textContent()).toBe('Lịch công tác tuần');
    const entries = page.getByTestId('public-entry');
    expect(await entries.count()).toBe(1);
    expect(await entries.first().textContent()).toContain('Chủ trì: Chủ tịch UBND tỉnh Nguyễn Văn Thành');
    expect(await entries.first().locator('del').textContent()).toBe('Phòng họp số 1, trụ sở UBND tỉnh');
    expect(await page.content()).not.toContain('quốc phòng');
    const links = page.getByTestId('ical-link');
    expect(await links.count()).toBe(6);
    expect(await links.first().getAttribute('href')).toBe(`/api/public/schedule/${userId('chu.tich')}.ics`);
    await screenshot(page, 'schedule-public');
    await page.setViewportSize(PHONE);
    expect(await noSidewaysScroll(page)).toBe(true);
    await screenshot(page, 'schedule-public-phone');
    await context.close();
    await expectNoErrors(users);
  });
});
