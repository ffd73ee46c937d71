import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { userId } from '../../support/document-steps';
import { startTestApp, type TestApp } from '../../support/test-app';
import { expectNoErrors, FrozenTime, hasChromium, connectChromium, open, PHONE, screenshot, Users, waitForView } from '../browser-support';

/*
 * A Committee session in a real browser (QC Art. 9.1): the office chief convenes it from the
 * meetings list for the day after tomorrow, so its papers were due yesterday; the specialist
 * registers two papers (the page shows them "quá hạn chưa gửi"), the clerk sends one (flagged
 * "muộn N ngày", "Tài liệu gửi muộn"); a Vice-Chairman reports his absence and only the presiding
 * Chairman gets the buttons to approve it. Screenshots at 390 px in docs/screenshots.
 */

(!hasChromium ? describe.skip : describe)('a Committee session in a real browser (Chromium)', () => {
  let app: TestApp;
  let browser: Browser;
  let users: Users;
  let meetingId = '';
  // The papers' deadline and lateness count from the API's today and the page's: one frozen instant for both and for the dates typed.
  const time = new FrozenTime();
  /** dd/mm/yyyy HH:mm in Hà Nội, `days` from today, at 08:00. */
  const vnAt = (days: number) => `${time.day(days).split('-').reverse().join('/')} 08:00`;

  const api = async (username: string, path: string) => (await app.request('GET', path, { token: await app.login(username) })).body;
  const caughtUp = async () => `minPosition=${(await app.platform.dataSource.query('SELECT coalesce(max(position), 0)::text AS p FROM event_store.events'))[0].p}`;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startTestApp({ clock: time.clock }), connectChromium()]);
    users = new Users(browser, app.baseUrl, time.at);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  /** A phone-sized tab of `username`, closed by `done`. */
  async function phone(username: string): Promise<{ page: Page; done: () => Promise<void> }> {
    const page = await users.signedIn(username, PHONE);
    return { page, done: () => page.context().close() };
  }

  async function takeStep(page: Page, action: string, fill: (dialog: Locator) => Promise<unknown>) {
    await page.locator(`[data-testid="actions"] button[data-action="${action}"]`).click();
    const dialog = page.getByTestId(`dialog-${action}`);
    await fill(dialog);
    await waitForView(page, () => dialog.locator('button[type="submit"]').click());
  }

  it('the office chief convenes a session from the meetings list', async () => {
    const page = await users.as('chanh.vp');
    await open(page, app.baseUrl, '/cuoc-hop');
    await page.getByTestId('convene-session').click();
    const d = page.getByTestId('dialog-convene');
    await d.getByLabel('Tên phiên họp').fill('Phiên họp UBND tỉnh thường kỳ tháng này');
    await d.getByLabel('Thời gian bắt đầu').fill(vnAt(2));
    await d.getByLabel('Địa điểm').fill('Phòng họp số 1, trụ sở UBND tỉnh');
    await d.getByLabel('Lĩnh vực').selectOption('KH-DT');
    await d.getByLabel('Lãnh đạo chủ trì').selectOption(userId('chu.tich'));
    await d.getByLabel('Chuyên viên được phân công').selectOption(userId('cv.kt1'));
    await d.getByLabel('Trần Quốc Hưng').check();
    await d.getByLabel('Lê Thị Thu Hà').check();
    await d.getByLabel('Thủ trưởng cơ quan được mời').fill('Giám đốc Sở Kế hoạch và Đầu tư\nGiám đốc Sở Tài chính');
    await d.getByLabel('Tên nội dung 1').fill('Tờ trình điều chỉnh kế hoạch đầu tư công năm 2026');
    await d.getByLabel('Cơ quan trình 1').fill('Sở Kế hoạch và Đầu tư');
    await d.getByLabel('Tên nội dung 2').fill('Báo cáo thu ngân sách quý');
    await d.getByLabel('Cơ quan trình 2').fill('Sở Tài chính');
    await waitForView(page, () => d.locator('button[type="submit"]').click());
    meetingId = new URL(page.url()).pathname.split('/').pop()!;
    expect(await page.locator('.badges [data-status]').getAttribute('data-status')).toBe('convened');
    expect(await page.getByTestId('session').textContent()).toContain('Hạn gửi tài liệu');
  });

  it('papers unsent past their due are "quá hạn chưa gửi"; one sent late is flagged "muộn", on a phone', async () => {
    const specialist = await phone('cv.kt1');
    await open(specialist.page, app.baseUrl, `/cuoc-hop/${meetingId}`);
    for (const [item, title] of [['a1', 'Tờ trình số 45/TTr-SKHĐT'], ['a2', 'Báo cáo số 30/BC-STC']]) {
      await takeStep(specialist.page, 'papers', async (d) => {
        await d.getByLabel('Nội dung').selectOption(item);
        await d.getByLabel('Tên tài liệu').fill(title);
      });
    }
    const chips = () => specialist.page.getByTestId('paper-clock').evaluateAll((c) => c.map((x) => x.getAttribute('data-clock')));
    expect(await chips()).toEqual(['overdue', 'overdue']);
    await specialist.done();

    const clerk = await phone('vanthu1');
    await open(clerk.page, app.baseUrl, `/cuoc-hop/${meetingId}`);
    await takeStep(clerk.page, 'distribute-papers', (d) => d.getByLabel('Báo cáo số 30/BC-STC').uncheck());
    const shown = await clerk.page.getByTestId('paper-clock').evaluateAll((c) => c.map((x) => [x.getAttribute('data-clock'), x.textContent]));
    expect(shown).toEqual([['late', 'Muộn 1 ngày'], ['overdue', 'Quá hạn chưa gửi']]);
    expect(await clerk.page.locator('.notice-error').allTextContents()).toEqual(['Tài liệu gửi muộn: Tờ trình số 45/TTr-SKHĐT', 'Quá hạn chưa gửi: Báo cáo số 30/BC-STC']);
    const width = await clerk.page.evaluate<number>('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(PHONE.width);
    await screenshot(clerk.page, 'phien-hop-tai-lieu-390');
    await clerk.done();

    const meeting = await api('chanh.vp', `/api/meetings?status=papers_overdue&${await caughtUp()}`);
    expect(meeting.items.map((m: { id: string }) => m.id)).toEqual([meetingId]);
  });

  it('a Vice-Chairman reports his absence; only the presiding Chairman approves it', async () => {
    const vice = await phone('pho.chu.tich.vx');
    await open(vice.page, app.baseUrl, `/cuoc-hop/${meetingId}`);
    await takeStep(vice.page, 'report-absence', (d) => d.getByLabel('Lý do vắng mặt').fill('Dự hội nghị của Bộ Y tế'));
    expect(await vice.page.locator('[data-action="approve-absence"]').count()).toBe(0);
    await vice.done();

    const chairman = await phone('chu.tich');
    await open(chairman.page, app.baseUrl, `/cuoc-hop/${meetingId}`);
    await chairman.page.locator('[data-action="approve-absence"]').click();
    const d = chairman.page.getByTestId('dialog-decide-absence');
    await d.getByLabel('Ý kiến').fill('Đồng ý');
    await waitForView(chairman.page, () => d.locator('button[type="submit"]').click());
    expect(await chairman.page.getByTestId('session-absences').textContent()).toContain('Đồng ý');
    await screenshot(chairman.page, 'phien-hop-vang-mat-390');
    await chairman.done();

    const page = await users.as('chanh.vp');
    await open(page, app.baseUrl, '/cuoc-hop');
    expect(await page.locator(`tr[data-meeting-id="${meetingId}"]`).getAttribute('data-papers-overdue')).toBe('true');
    await screenshot(page, 'phien-hop');
    await expectNoErrors(users);
  });
});

