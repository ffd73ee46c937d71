import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { documentAt, step, userId } from '../../support/document-steps';
import { eventually } from '../../support/onestop-desk';
import { startTestApp, type TestApp } from '../../support/test-app';
import { expectNoErrors, FrozenTime, hasChromium, connectChromium, navigationOf, open, PHONE, Users, waitForView } from '../browser-support';

/*
 * The staff hand-over in a real browser: cv.kt1 holds a document and follows a directive; the HCTC
 * head records the transfer on /ban-giao; signing and release are not offered (and the API refuses
 * them, HANDOVER_INCOMPLETE) until the head of Phòng Kinh tế has reassigned the document and handed
 * the directive over on paper; then the leaver and the head sign and the HCTC head releases.
 */


(!hasChromium ? describe.skip : describe)('staff hand-over in a real browser (Chromium)', () => {
  let app: TestApp;
  let browser: Browser;
  let users: Users;
  let handoverId = '';
  let documentId = '';
  let directiveId = '';
  // The directive's letter is dated today: the test's, the page's and the API's today are one.
  const time = new FrozenTime();

  const api = async (username: string, path: string) => app.request('GET', path, { token: await app.login(username) });

  /** As `username` on the hand-over: the buttons are exactly the API's `actions`; takes `action` if given. */
  async function onHandover(username: string, action?: string, fill: (dialog: Locator) => Promise<unknown> = async () => undefined): Promise<Page> {
    const page = await users.as(username);
    await open(page, app.baseUrl, `/ban-giao/${handoverId}`);
    const { actions } = (await api(username, `/api/handovers/${handoverId}`)).body;
    const shown = await page.locator('[data-testid="actions"] button').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-action')));
    expect(shown, username).toEqual([...actions, 'print']);
    if (action) {
      await page.locator(`[data-testid="actions"] button[data-action="${action}"]`).click();
      const dialog = page.getByTestId(`dialog-${action}`);
      await fill(dialog);
      await waitForView(page, () => dialog.locator('button[type="submit"]').click());
    }
    return page;
  }

  /** As `username`, hands the item `key` over through the button of its row. */
  async function handOverItem(username: string, key: string, action: string) {
    const page = await onHandover(username);
    const button = page.locator(`[data-testid="handover-items"] tr[data-key="${key}"] button[data-action="${action}"]`);
    await button.click();
    const dialog = page.getByTestId(`dialog-${action}`);
    expect(await dialog.getByLabel('Người nhận').inputValue()).toBe(userId('cv.kt2'));
    await dialog.getByLabel('Lý do').fill('Bàn giao do chuyển công tác sang Sở Tài chính');
    await waitForView(page, () => dialog.locator('button[type="submit"]').click());
    expect(await page.locator(`[data-testid="handover-items"] tr[data-key="${key}"]`).getAttribute('data-outcome')).not.toBe('held');
    return page;
  }

  beforeAll(async () => {
    [app, browser] = await Promise.all([startTestApp({ clock: time.clock }), connectChromium()]);
    users = new Users(browser, app.baseUrl, time.at);
    documentId = await documentAt(app, 'assigned');
    const { today } = time;
    const directive = await step(app, 'cv.kt1', '/api/directives', {
      source: { kind: 'official_letter', documentId: 'cv-88', symbol: '88/UBND-KT', date: today }, content: 'Tổng hợp nhu cầu vốn đầu tư công năm 2027',
      leadAgency: 'Sở Kế hoạch và Đầu tư', reporting: 'monthly', directingLeaderId: userId('pho.chu.tich.kt'), fieldCode: 'KH-DT', followUpSpecialistId: userId('cv.kt1'),
    });
    expect(directive.status, JSON.stringify(directive.body)).toBe(201);
    directiveId = directive.body.id;
    await eventually(() => api('cv.kt1', '/api/me/counters'), (r) => r.body?.total?.total >= 2);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('offers "Bàn giao" to heads and office leaders, not to specialists', async () => {
    expect(await navigationOf(await users.as('tp.hctc'), app.baseUrl)).toContain('Bàn giao');
    expect(await navigationOf(await users.as('cv.kt1'), app.baseUrl)).not.toContain('Bàn giao');
  });

  it('has the HCTC head record the transfer; the list shows what the leaver holds and nothing may be signed yet', async () => {
    const page = await users.as('tp.hctc');
    await open(page, app.baseUrl, '/ban-giao');
    await page.locator('button[data-action="record"]').click();
    const dialog = page.getByTestId('dialog-record');
    await dialog.getByLabel('Người nghỉ việc, chuyển công tác').selectOption(userId('cv.kt1'));
    await dialog.locator('fieldset[data-field="kind"]').getByLabel('Chuyển công tác', { exact: true }).check();
    await dialog.getByLabel('Ngày làm việc cuối cùng').fill('29/01/2027');
    await dialog.getByLabel('Người nhận bàn giao').selectOption(userId('cv.kt2'));
    await dialog.getByLabel('Quyết định, văn bản').fill('45/QĐ-VP');
    await dialog.getByLabel('Lý do').fill('Điều động sang Sở Tài chính');
    await waitForView(page, () => dialog.locator('button[type="submit"]').click());
    handoverId = new URL(page.url()).pathname.split('/').pop()!;
    const keys = await page.locator('[data-testid="handover-items"] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key')));
    expect(keys).toEqual([`document-${documentId}`, `directive-${directiveId}`]);
    expect(await page.getByRole('alert').textContent()).toContain('Còn 2 mục chưa bàn giao');
    await onHandover('tp.hctc');

    // The buttons are not offered, and the API refuses all the same.
    for (const [username, action] of [['cv.kt1', 'sign'], ['tp.hctc', 'release']]) {
      const refused = await step(app, username, `/api/handovers/${handoverId}/${action}`, {});
      expect(refused.status).toBe(422);
      expect(refused.body).toMatchObject({ details: { rule: 'HANDOVER_INCOMPLETE', count: 2 } });
    }
    await onHandover('cv.kt1');
  });

  it('has the head reassign the document and hand the directive over on paper; then the two signatures and the release', async () => {
    await handOverItem('tp.kt', `document-${documentId}`, 'reassign');
    const head = await handOverItem('tp.kt', `directive-${directiveId}`, 'hand-over-on-paper');
    expect(await head.getByRole('alert').count()).toBe(0);
    expect((await api('tp.kt', `/api/documents/${documentId}`)).body.assigneeId).toBe(userId('cv.kt2'));

    await onHandover('cv.kt1', 'sign');
    await onHandover('tp.kt', 'sign');
    const hctc = await onHandover('tp.hctc', 'release', (d) => d.getByLabel('Ghi chú').fill('Đã bàn giao đầy đủ'));
    expect(await hctc.locator('.badges [data-status]').getAttribute('data-status')).toBe('released');
    await onHandover('tp.hctc');

    const phone = await users.signedIn('tp.hctc', PHONE);
    await open(phone, app.baseUrl, `/ban-giao/${handoverId}`);
    await open(phone, app.baseUrl, '/ban-giao');
    expect(await phone.locator(`[data-testid="handover-list"] tr[data-id="${handoverId}"]`).count()).toBe(1);
    await expectNoErrors(users);
  });
});
