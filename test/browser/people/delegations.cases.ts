import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { appraisal, departmentId, registration, step, userId } from '../../support/document-steps';
import { startTestApp, type TestApp } from '../../support/test-app';
import { expectNoErrors, FrozenTime, hasChromium, connectChromium, open, PHONE, Users } from '../browser-support';
import { untilPasses } from '../../support/until-passes';

/*
 * Signing authority in a real browser: the office chief records the chairman's KT. to the
 * vice-chairman for the economy (field KH-DT, decisions) on /uy-quyen; the vice-chairman opens a
 * decision submitted to the chairman and signs it "KT. CHỦ TỊCH" from the sign dialog; a plan
 * submitted to the chairman, outside the delegation's scope, offers him no sign step and the API
 * refuses it.
 */

const vnDate = (isoDay: string) => isoDay.split('-').reverse().join('/');

(!hasChromium ? describe.skip : describe)('signing authority in a real browser (Chromium)', () => {
  let app: TestApp;
  let browser: Browser;
  let users: Users;
  // The delegation starts today: the days typed, the page's and the API's today are one.
  const time = new FrozenTime();

  beforeAll(async () => {
    [app, browser] = await Promise.all([startTestApp({ clock: time.clock }), connectChromium()]);
    users = new Users(browser, app.baseUrl, time.at);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });


  /** A KH-DT document submitted to the chairman with a draft of `documentType`, initialled. */
  async function toChairman(documentType: string): Promise<string> {
    const { body } = await step(app, 'vanthu1', '/api/documents', registration());
    const path: Array<[string, string, unknown]> = [
      ['pho.chanh.vp.kt', 'distribute', { departmentId: departmentId('KT'), direction: 'Giao Phòng Kinh tế chủ trì tham mưu' }],
      ['tp.kt', 'assign', { specialistId: userId('cv.kt1') }],
      ['cv.kt1', 'appraise', appraisal()],
      ['cv.kt1', 'submit', { leaderId: userId('chu.tich'), proposal: 'Kính trình đồng chí Chủ tịch ký ban hành', draft: { documentType, excerpt: 'Phê duyệt điều chỉnh chủ trương đầu tư dự án trường học' } }],
      ['pho.chanh.vp.kt', 'initial', { agree: true }],
    ];
    for (const [username, name, request] of path) expect((await step(app, username, `/api/documents/${body.id}/${name}`, request)).status).toBe(201);
    return body.id;
  }

  it('the office chief records a KT. on /uy-quyen; the deputy signs "KT. CHỦ TỊCH" within it and is refused outside it', async () => {
    const decision = await toChairman('decision');
    const plan = await toChairman('plan');

    const chief = await users.as('chanh.vp');
    await open(chief, app.baseUrl, '/uy-quyen');
    await chief.getByTestId('record-delegation').click();
    const dialog = chief.getByTestId('dialog-record-delegation');
    await dialog.getByLabel('Hình thức ký').selectOption('KT');
    await dialog.getByLabel('Người ủy quyền').selectOption(userId('chu.tich'));
    await dialog.getByLabel('Người được ủy quyền ký').selectOption(userId('pho.chu.tich.kt'));
    await dialog.getByLabel('Số, ký hiệu văn bản ủy quyền').fill('15/QĐ-UBND');
    await dialog.getByLabel('Ngày văn bản ủy quyền').fill(vnDate(time.day(-1)));
    await dialog.getByLabel('Hiệu lực từ ngày').fill(vnDate(time.today));
    await dialog.getByLabel('Đến hết ngày').fill(vnDate(time.day(4)));
    await dialog.getByLabel('Kế hoạch và Đầu tư', { exact: true }).check();
    await dialog.getByLabel('Quyết định (cá biệt)', { exact: true }).check();
    await dialog.getByRole('button', { name: 'Ghi nhận' }).click();
    const live = chief.getByTestId('delegations-in-force');
    await live.waitFor();
    await untilPasses(async () => expect(await live.locator('tbody tr').count()).toBe(1));
    expect(await live.locator('tbody tr').first().textContent()).toContain('KT. CHỦ TỊCH');

    const deputy = await users.as('pho.chu.tich.kt');
    await open(deputy, app.baseUrl, `/van-ban/${decision}`);
    await deputy.locator('[data-testid="actions"] button[data-action="sign"]').click();
    const sign = deputy.getByTestId('dialog-sign');
    await sign.getByLabel('KT. CHỦ TỊCH (Ký thay)').check();
    await sign.getByLabel('Ký ban hành', { exact: true }).check();
    await sign.locator('button[type="submit"]').click();
    await deputy.getByText(/KT\. CHỦ TỊCH \(Ký thay\) — /).waitFor();
    const signed = (await app.request('GET', `/api/documents/${decision}/history`, { token: await app.login('pho.chu.tich.kt') })).body.events.at(-1);
    expect(signed).toMatchObject({ type: 'DocumentSigned', data: { capacity: 'KT', onBehalfOf: { userId: userId('chu.tich'), title: 'CHỦ TỊCH' } } });

    // Outside the delegation (a plan, not a decision): no sign step for the deputy, and the API refuses.
    await open(deputy, app.baseUrl, `/van-ban/${plan}`);
    expect(await deputy.locator('[data-testid="actions"] button[data-action="sign"]').count()).toBe(0);
    const refused = await step(app, 'pho.chu.tich.kt', `/api/documents/${plan}/sign`, { decision: 'approved', capacity: 'KT' });
    expect(refused.body).toMatchObject({ statusCode: 422, details: { rule: 'DELEGATION_OUT_OF_SCOPE' } });

    // The page on a phone.
    const phone = await users.signedIn('chanh.vp', PHONE);
    await open(phone, app.baseUrl, '/uy-quyen');
    await expectNoErrors(users);
  });
});
