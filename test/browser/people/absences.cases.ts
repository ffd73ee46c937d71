import { localDateOf, VIETNAM_CALENDAR } from '@office/domain';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { documentAt, step, userId } from '../../support/document-steps';
import { startTestApp, type TestApp } from '../../support/test-app';
import { untilPasses } from '../../support/until-passes';
import { expectNoErrors, FrozenTime, hasChromium, connectChromium, open, PHONE, Users } from '../browser-support';

/*
 * Absences in a real browser (/vang-mat): a specialist asks for tomorrow off with the form; the
 * head approves it from "Chờ tôi duyệt" and, in "Đang vắng", gives the document an absent colleague
 * holds to someone else; the office chief confirms the KT. proposed for the chairman's week away
 * ("Tạo ủy quyền"); the month's calendar fits a phone.
 */

/**
 * 09:00 in Hà Nội on the latest working day whose 09:00 has passed. The API and the page share it; it is never
 * ahead of the real time, as the page's sessions are signed on the real clock (a weekend run takes the Friday).
 */
function lastWorkingMorning(now = new Date()): Date {
  let at = new Date(`${localDateOf(now)}T02:00:00.000Z`);
  while (at > now || !VIETNAM_CALENDAR.isWorkingDay(localDateOf(at))) at = new Date(at.getTime() - 86_400_000);
  return at;
}
const time = new FrozenTime(lastWorkingMorning());
const { today } = time;
const workingDay = (n: number) => (n === 0 ? today : VIETNAM_CALENDAR.addWorkingDays(today, n));
const vnDate = (isoDay: string) => isoDay.split('-').reverse().join('/');

(!hasChromium ? describe.skip : describe)('absences in a real browser (Chromium)', () => {
  let app: TestApp;
  let browser: Browser;
  let users: Users;
  let held: string;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startTestApp({ clock: time.clock }), connectChromium()]);
    users = new Users(browser, app.baseUrl, time.at);
    held = await documentAt(app, 'assigned');
    const sick = await step(app, 'cv.kt1', '/api/absences', { kind: 'sick', from: today, to: today, reason: 'Sốt, có giấy của bệnh viện' });
    expect((await step(app, 'tp.kt', `/api/absences/${sick.body.id}/approve`, {})).status).toBe(201);
    const trip = { requesterId: userId('chu.tich'), kind: 'business_trip', from: today, to: workingDay(4), reason: 'Làm việc với các bộ, ngành Trung ương', place: 'Hà Nội' };
    expect((await step(app, 'vanthu1', '/api/absences', trip)).status).toBe(201);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });


  it('a request through the form, approved by the head; the head reassigns the absent colleague’s document; the chief confirms the proposed KT.', async () => {
    const specialist = await users.as('cv.kt2');
    await open(specialist, app.baseUrl, '/vang-mat');
    await specialist.getByTestId('request-absence').click();
    const form = specialist.getByTestId('dialog-request-absence');
    await form.getByLabel('Loại').selectOption('leave');
    await form.getByLabel('Từ ngày').fill(vnDate(workingDay(1)));
    await form.getByLabel('Đến hết ngày').fill(vnDate(workingDay(1)));
    await form.getByLabel('Lý do').fill('Nghỉ phép năm');
    await form.getByRole('button', { name: 'Gửi đơn' }).click();
    await specialist.locator('[data-testid="absences-mine"] tr[data-status="requested"]').waitFor();

    const head = await users.as('tp.kt');
    await open(head, app.baseUrl, '/vang-mat');
    const waiting = head.getByTestId('absences-awaiting');
    await expect(waiting.locator('tr[data-status="requested"]').count()).resolves.toBe(1);
    const away = head.getByTestId('away-today');
    await expect(away.textContent()).resolves.toContain('Lý Minh Tuấn');
    await waiting.getByRole('button', { name: 'Duyệt', exact: true }).click();
    await head.getByTestId('dialog-approve-absence').getByRole('button', { name: 'Duyệt', exact: true }).click();
    await head.getByText('Không có đơn nào chờ duyệt.').waitFor();

    await head.getByTestId('away-today').locator(`li[data-key="document-${held}"]`).getByRole('button', { name: 'Giao lại' }).click();
    const reassign = head.getByTestId('dialog-reassign-waiting');
    await reassign.getByLabel('Người nhận').selectOption(userId('cv.kt2'));
    await reassign.getByRole('button', { name: 'Giao lại' }).click();
    await head.getByTestId('away-today').locator(`li[data-key="document-${held}"]`).waitFor({ state: 'detached' });
    // The page saw the step; the API's document read may still be catching up (no minPosition here).
    await untilPasses(async () => expect((await app.request('GET', `/api/documents/${held}`, { token: await app.login('tp.kt') })).body.assigneeId).toBe(userId('cv.kt2')), 10_000);

    const chief = await users.as('chanh.vp');
    await open(chief, app.baseUrl, '/uy-quyen');
    const proposals = chief.getByTestId('delegation-proposals');
    await expect(proposals.textContent()).resolves.toContain('Nguyễn Văn Thành');
    await proposals.getByRole('button', { name: 'Tạo ủy quyền' }).click();
    const confirm = chief.getByTestId('dialog-record-delegation');
    await expect(confirm.getByLabel('Người ủy quyền').inputValue()).resolves.toBe(userId('chu.tich'));
    await confirm.getByLabel('Số, ký hiệu văn bản ủy quyền').fill('88/QĐ-UBND');
    await confirm.getByLabel('Ngày văn bản ủy quyền').fill(vnDate(today));
    await confirm.getByRole('button', { name: 'Xác nhận' }).click();
    // The page is drawn again after the step: the new delegation in force, the proposal gone (each waited for, not read at once).
    await chief.getByTestId('delegations-in-force').locator('tr', { hasText: '88/QĐ-UBND' }).waitFor();
    await chief.getByTestId('delegation-proposals').waitFor({ state: 'detached' });
    await open(chief, app.baseUrl, '/vang-mat');
    await expectNoErrors(users);
  });

  it('fits a phone: the month’s calendar and the lists in one column', async () => {
    const phone = await users.signedIn('chanh.vp', PHONE);
    await open(phone, app.baseUrl, '/vang-mat');
    expect(await phone.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await expect(phone.locator(`[data-testid="absence-month"] [data-day="${today}"]`).getAttribute('data-count')).resolves.toBe('2');
    await phone.context().close();
    await expectNoErrors(users);
  });
});
