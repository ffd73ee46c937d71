import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { departmentId, step, userId } from '../../support/document-steps';
import { startTestApp, type TestApp } from '../../support/test-app';
import { expectNoErrors, FrozenTime, hasChromium, connectChromium, navigationOf, open, PHONE, screenshot, Users, waitForView } from '../browser-support';
import { untilPasses } from '../../support/until-passes';

/*
 * The work programme in a real browser: a specialist of Phòng Kinh tế fills the proposal slip for
 * next month's programme, the head of General Affairs accepts it and submits the draft, the office
 * chief reviews it, the chairman approves it — each through exactly the buttons of their `actions`.
 * October 2026's programme, written over the API on its own days, shows items on time, late,
 * withdrawn and overdue, and its report by agency and by leader; the page is read at 390 px too.
 */

/** The part's now, for the API, the browser and `nextMonth` alike (a run crossing a month's end keeps one month). */
const time = new FrozenTime();
/** The API's clock: `time`, unless the test sets an instant. */
let fixed: string | null = null;
const nextMonth = () => {
  const [year, month] = time.today.split('-').map(Number);
  return new Date(Date.UTC(year, month, 1)).toISOString().slice(0, 7);
};
const OCTOBER = '2026-10';

(!hasChromium ? describe.skip : describe)('the work programme in a real browser (Chromium)', () => {
  let app: TestApp;
  let browser: Awaited<ReturnType<typeof connectChromium>>;
  let users: Users;

  /** POST as `username` on the day `at` (Hà Nội). */
  const posted = async (username: string, path: string, body: unknown, at: string) => {
    fixed = `${at}T10:00:00+07:00`;
    const answer = await step(app, username, path, body);
    fixed = null;
    expect(answer.status, `${path}: ${JSON.stringify(answer.body)}`).toBe(201);
    return answer.body as { id: string };
  };

  /** October 2026: four items due 30/10; one on time, one late, one withdrawn, one overdue. */
  async function october() {
    const slip = (title: string, agency: string, leader: string) => ({ title, agency, leaderId: userId(leader), due: OCTOBER, paperKind: 'submission' });
    const ids: string[] = [];
    for (const [title, agency, leader] of [
      ['Tờ trình phê duyệt quy hoạch phân khu đô thị mới', 'Sở Xây dựng', 'pho.chu.tich.kt'],
      ['Tờ trình giao chỉ tiêu biên chế năm 2027', 'Sở Nội vụ', 'chu.tich'],
      ['Tờ trình cơ chế hỗ trợ y tế cơ sở', 'Sở Y tế', 'pho.chu.tich.vx'],
      ['Tờ trình điều chỉnh dự toán ngân sách năm 2026', 'Sở Tài chính', 'pho.chu.tich.kt'],
    ]) ids.push((await posted('vanthu1', `/api/programme/${OCTOBER}/items`, slip(title, agency, leader), '2026-09-10')).id);
    for (const id of ids) await posted('tp.th', `/api/programme/${OCTOBER}/items/${id}/accept`, {}, '2026-09-15');
    await posted('tp.th', `/api/programme/${OCTOBER}/submit-draft`, {}, '2026-09-28');
    await posted('chanh.vp', `/api/programme/${OCTOBER}/endorse`, {}, '2026-09-29');
    await posted('chu.tich', `/api/programme/${OCTOBER}/approve`, {}, '2026-09-30');
    await posted('vanthu1', `/api/programme/${OCTOBER}/items/${ids[0]}/papers`, { submittedOn: '2026-10-26', symbol: '88/TTr-SXD' }, '2026-10-26');
    await posted('vanthu1', `/api/programme/${OCTOBER}/items/${ids[1]}/papers`, { submittedOn: '2026-11-03', symbol: '120/TTr-SNV' }, '2026-11-03');
    await posted('tp.th', `/api/programme/${OCTOBER}/items/${ids[2]}/withdraw`, { reason: 'Chờ Bộ Y tế hướng dẫn' }, '2026-10-12');
  }

  beforeAll(async () => {
    [app, browser] = await Promise.all([startTestApp({ clock: () => (fixed ? new Date(fixed) : time.at) }), connectChromium()]);
    users = new Users(browser, app.baseUrl, time.at);
    await october();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function take(username: string, month: string, action: string, itemId: string | null, fill: (page: Page) => Promise<void> = async () => undefined) {
    const page = await users.as(username);
    await open(page, app.baseUrl, `/chuong-trinh-cong-tac?thang=${month}`);
    const { body } = await app.request('GET', `/api/programme/${month}`, { token: await app.login(username) });
    const scope = itemId ? page.locator(`[data-item="${itemId}"]`) : page.getByTestId('programme-actions');
    const shown = await scope.locator('button[data-action]').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-action')));
    expect(shown, `${username}'s buttons`).toEqual(itemId ? body.items.find((i: { id: string }) => i.id === itemId).actions : body.actions);
    await scope.locator(`button[data-action="${action}"]`).click();
    await fill(page);
    await waitForView(page, () => page.getByTestId(`dialog-${action}`).locator('button[type="submit"]').click());
    return page;
  }

  it('offers "Chương trình công tác" to the office’s staff, not to the desk', async () => {
    expect(await navigationOf(await users.as('cv.kt1'), app.baseUrl)).toContain('Chương trình công tác');
    const desk = await users.signedIn('motcua1');
    expect(await navigationOf(desk, app.baseUrl)).not.toContain('Chương trình công tác');
    await desk.context().close();
  });

  it('a department’s slip reaches the approved programme of next month through each person’s buttons', async () => {
    const month = nextMonth();
    const page = await take('cv.kt1', month, 'propose', null, async (p) => {
      const dialog = p.getByTestId('dialog-propose');
      await dialog.getByLabel('Tên nội dung').fill('Đề án phát triển kinh tế tư nhân tỉnh giai đoạn 2026–2030');
      await dialog.getByLabel('Phòng trình').selectOption(departmentId('KT'));
      await dialog.getByLabel('Lãnh đạo UBND tỉnh phụ trách').selectOption(userId('pho.chu.tich.kt'));
      await dialog.getByLabel('Hình thức văn bản').selectOption('scheme');
      await screenshot(p, 'chuong-trinh-cong-tac-phieu-de-xuat');
    });
    const row = page.locator('[data-testid="programme-items"] tbody tr').first();
    await untilPasses(async () => expect(await row.getAttribute('data-status')).toBe('proposed'));
    const itemId = (await row.getAttribute('data-item'))!;

    await take('tp.th', month, 'accept', itemId);
    await take('tp.th', month, 'submit-draft', null);
    await take('chanh.vp', month, 'endorse', null);
    const approved = await take('chu.tich', month, 'approve', null);
    expect(await approved.locator('[data-testid="programme"] [data-status]').first().textContent()).toBe('Đã phê duyệt');
    expect(await approved.locator(`[data-item="${itemId}"] [data-standing]`).textContent()).toBe('Chưa đến hạn');
    expect(await approved.locator('[data-testid="programme-actions"]').count()).toBe(0);
  });

  it('shows October’s items on time, late, withdrawn and overdue, and the report by agency and by leader; at 390 px too', async () => {
    const page = await users.as('tp.th');
    await open(page, app.baseUrl, `/chuong-trinh-cong-tac?thang=${OCTOBER}`);
    const standings = await page.locator('[data-testid="programme-items"] [data-standing]').evaluateAll((chips) => chips.map((c) => c.getAttribute('data-standing')).sort());
    expect(standings).toEqual(['late', 'on_time', 'overdue', 'withdrawn']);
    expect(await page.getByTestId('draft-late').textContent()).toBe('Dự thảo trình chậm');
    const byAgency = page.getByTestId('report-by-agency');
    expect(await byAgency.locator('tr[data-group="Sở Nội vụ"] td[data-value]').evaluateAll((cells) => cells.map((c) => c.getAttribute('data-value')))).toEqual(['0', '1', '0', '0', '0']);
    expect(await page.getByTestId('report-by-leader').locator('tbody tr').count()).toBe(4);
    await screenshot(page, 'chuong-trinh-cong-tac');

    const phone = await users.signedIn('tp.th', PHONE);
    await open(phone, app.baseUrl, `/chuong-trinh-cong-tac?thang=${OCTOBER}`);
    const overflow = Number(await phone.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth'));
    expect(overflow, 'no sideways scrolling at 390 px').toBeLessThanOrEqual(0);
    await screenshot(phone, 'chuong-trinh-cong-tac-390');
    await phone.context().close();
    await expectNoErrors(users);
  });
});
