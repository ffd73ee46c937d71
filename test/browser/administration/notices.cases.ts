import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { documentAt } from '../../support/document-steps';
import { startTestApp, type TestApp } from '../../support/test-app';
import { expectNoErrors, FrozenTime, hasChromium, connectChromium, open, screenshot, Users, waitForView } from '../browser-support';
import { untilPasses } from '../../support/until-passes';

/** Pending work finds the person, in a real browser: counters on the navigation, a notice arriving live, the leader's landing, the settings page. */


(!hasChromium ? describe.skip : describe)('notices and counters in a real browser (Chromium)', () => {
  let app: TestApp;
  let browser: Browser;
  let users: Users;
  let waiting = '';
  // Overdue marks count days from the API's today and the page's: one frozen instant for both and for the dates sent.
  const time = new FrozenTime();
  const daysAgo = (days: number) => new Date(time.at.getTime() - days * 86_400_000).toISOString();

  beforeAll(async () => {
    [app, browser] = await Promise.all([startTestApp({ clock: time.clock }), connectChromium()]);
    users = new Users(browser, app.baseUrl, time.at);
    // The specialist's overdue item, a document waiting for the head to assign, one waiting for the leader's signature.
    await documentAt(app, 'assigned', { receivedAt: daysAgo(20), excerpt: 'Về việc đề nghị bố trí vốn đầu tư công cho dự án đường liên huyện' });
    waiting = await documentAt(app, 'distributed', { excerpt: 'Về việc thẩm định dự án kè chống sạt lở bờ sông Hồng' });
    await documentAt(app, 'initialled', { receivedAt: daysAgo(2), excerpt: 'Về việc phê duyệt kế hoạch lựa chọn nhà thầu gói thầu số 5' });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const counter = (page: Awaited<ReturnType<Users['as']>>, path: string) => page.locator(`#main-nav a[href="${path}"] [data-testid="nav-counter"]`);

  it('shows the specialist a red counter, then a notice live when the head assigns a document in another tab', async () => {
    const specialist = await users.as('cv.kt1');
    await open(specialist, app.baseUrl, '/viec-cua-toi');
    const badge = counter(specialist, '/viec-cua-toi');
    await untilPasses(async () => expect(await badge.getAttribute('aria-label')).toBe('1 việc chờ thẩm định, trình, 1 quá hạn'));
    expect(await badge.getAttribute('data-tone')).toBe('overdue');
    expect(await badge.getAttribute('role')).toBe('img');
    // The link keeps its own name: the number is drawn by CSS.
    expect(await specialist.locator('#main-nav a[href="/viec-cua-toi"]').textContent()).toBe('Việc của tôi');
    const unreadBefore = Number((await specialist.getByTestId('notice-unread').textContent()) ?? '0');

    const head = await users.as('tp.kt');
    await open(head, app.baseUrl, `/van-ban/${waiting}`);
    await head.locator('[data-testid="actions"] button[data-action="assign"]').click();
    const dialog = head.getByTestId('dialog-assign');
    await dialog.getByLabel('Chuyên viên xử lý').selectOption({ label: 'Lý Minh Tuấn — Chuyên viên' });
    await dialog.locator('button[type="submit"]').click();
    await dialog.waitFor({ state: 'detached' });

    await users.as('cv.kt1');
    await untilPasses(async () => expect(await specialist.locator('#toast').textContent()).toContain('Việc mới: Được giao xử lý: văn bản đến số'), { timeout: 15_000 });
    await untilPasses(async () => expect(await specialist.getByTestId('notice-unread').textContent()).toBe(String(unreadBefore + 1)));
    await untilPasses(async () => expect(await badge.getAttribute('aria-label')).toBe('2 việc chờ thẩm định, trình, 1 quá hạn'));

    await specialist.getByTestId('notice-bell').click();
    const entry = specialist.getByTestId('notice-list').locator(`a[href="/van-ban/${waiting}"]`);
    await entry.waitFor();
    expect(await entry.textContent()).toContain('Về việc thẩm định dự án kè chống sạt lở bờ sông Hồng');
    await screenshot(specialist, 'thong-bao', { fullPage: false });
    await waitForView(specialist, () => entry.click());
    expect(specialist.url()).toContain(`/van-ban/${waiting}`);
    await untilPasses(async () => expect(await specialist.getByTestId('notice-unread').textContent()).toBe(String(unreadBefore)));
  });

  it('lands a leader on what waits for his signature, with the counter saying so', async () => {
    const leader = await users.as('pho.chu.tich.kt');
    await open(leader, app.baseUrl, '/');
    await untilPasses(async () => expect(await leader.locator('h1').textContent()).toBe('Việc của tôi'));
    expect(new URL(leader.url()).pathname).toBe('/viec-cua-toi');
    expect(await leader.getByTestId('queue').locator('tr[data-action="sign"]').count()).toBe(1);
    await untilPasses(async () => expect(await counter(leader, '/viec-cua-toi').getAttribute('aria-label')).toBe('1 việc chờ ký'));
  });

  it('lets a person choose what reaches them by e-mail', async () => {
    const page = await users.as('cv.kt2');
    await open(page, app.baseUrl, '/cai-dat-thong-bao');
    const form = page.getByTestId('notice-settings');
    await form.getByLabel('Việc mới — Qua thư điện tử').uncheck();
    await form.getByRole('button', { name: 'Lưu cài đặt' }).click();
    await untilPasses(async () => expect(await page.locator('#toast').textContent()).toBe('Đã lưu cài đặt thông báo'));
    const saved = await app.request('GET', '/api/me/notice-preferences', { token: await app.login('cv.kt2') });
    expect(saved.body).toMatchObject({ chosen: true, email: { new_work: false, due_soon: true }, inApp: { new_work: true } });
    await expectNoErrors(users);
  });
});
