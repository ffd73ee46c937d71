import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { REQUIRED_REVIEW_TOPICS } from '@office/domain';
import { eventually, PROCEDURE, startOnestopApp, step, userId } from '../../support/onestop-desk';
import type { TestApp } from '../../support/test-app';
import { expectNoErrors, FrozenTime, hasChromium, connectChromium, open, screenshot, Users, waitForView } from '../browser-support';
import { untilPasses } from '../../support/until-passes';

/**
 * The self-check list of TT 26/2014 Art. 36 and the yearly quality objectives in a real browser:
 * the office chief reads each point with its status and links, sets the objectives (refused out
 * of range) and sees them measured; the secretary fills a review's inputs from the system.
 */

const CODE = PROCEDURE.code;

(!hasChromium ? describe.skip : describe)('the ISO self-check and quality objectives in a real browser (Chromium)', () => {
  let app: TestApp;
  let browser: Browser;
  let users: Users;
  let auditId = '';
  // The audit and review are of today and this year: the test's, the page's and the API's today are one.
  const time = new FrozenTime();

  beforeAll(async () => {
    [app, browser] = await Promise.all([startOnestopApp({ clock: time.clock }), connectChromium()]);
    users = new Users(browser, app.baseUrl, time.at);
    const { today } = time;
    const year = Number(today.slice(0, 4));
    const planned = await step(app, 'thuky.iso', '/api/quality/audits', { year, title: `Đánh giá nội bộ năm ${year}`, plannedOn: today, procedureCodes: [CODE], auditorIds: [userId('tp.th')] });
    expect(planned.status, JSON.stringify(planned.body)).toBe(201);
    auditId = planned.body.id;
    const audit = `/api/quality/audits/${auditId}`;
    expect((await step(app, 'chanh.vp', `${audit}/approve`, { decisionRef: '60/QĐ-VP' })).status).toBe(201);
    const checklist = [{ question: 'Quy trình được niêm yết tại bộ phận một cửa?', procedureCode: CODE, result: 'conform', evidence: 'Ảnh chụp bảng niêm yết' }];
    expect((await step(app, 'thuky.iso', `${audit}/conduct`, { conductedOn: today, checklist })).status).toBe(201);
    expect((await step(app, 'thuky.iso', `${audit}/report`, { summary: 'Phù hợp', findings: [{ kind: 'opportunity', clause: null, description: 'Nhắc hạn tự động' }] })).status).toBe(201);
    const inputs = REQUIRED_REVIEW_TOPICS.map((topic) => ({ topic, summary: `Tình hình ${topic}` }));
    const held = await step(app, 'thuky.iso', '/api/quality/reviews', { heldOn: today, chairId: userId('chanh.vp'), inputs, decisions: ['Duy trì hệ thống'] });
    expect(held.status, JSON.stringify(held.body)).toBe(201);
    expect((await step(app, 'chanh.vp', `/api/quality/reviews/${held.body.id}/confirm`, {})).status).toBe(201);
    const token = await app.login('thuky.iso');
    await eventually(() => app.request('GET', `/api/quality/self-check?year=${year}`, { token }), (r) => r.body.points?.find((p: { key: string }) => p.key === 'confirmation')?.status === 'met');
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('shows the chief each point with its status and links, and lets the chief set the objectives, measured against their targets', async () => {
    const chief = await users.as('chanh.vp');
    await open(chief, app.baseUrl, '/iso');
    await waitForView(chief, () => chief.getByTestId('self-check-link').click());
    expect(new URL(chief.url()).pathname).toBe('/iso/tu-kiem-tra');
    const points = chief.getByTestId('self-check').locator('tbody tr');
    expect(await points.count()).toBe(13);
    expect(await chief.locator('tr[data-point="internal_audit"]').getAttribute('data-status')).toBe('met');
    expect(await chief.locator('tr[data-point="internal_audit"] a').getAttribute('href')).toBe(`/iso/danh-gia-noi-bo/${auditId}`);
    expect(await chief.locator('tr[data-point="confirmation"] [data-status]').textContent()).toBe('Đạt');
    expect(await chief.locator('tr[data-point="declaration"]').getAttribute('data-status')).toBe('not_met');
    expect(await chief.getByTestId('objectives').textContent()).toContain('chưa có chính sách và mục tiêu chất lượng');

    await chief.locator('button[data-action="set-objectives"]').click();
    const dialog = chief.getByTestId('dialog-set-objectives');
    await dialog.getByLabel('Chính sách chất lượng').fill('Phục vụ người dân và doanh nghiệp đúng hạn, công khai, minh bạch; không ngừng cải tiến.');
    await dialog.locator('[data-field="target.dossiers_on_time"] input').fill('98');
    await dialog.locator('[data-field="text.dossiers_on_time"] input').fill('Giải quyết đúng hạn ít nhất 98 % hồ sơ');
    await dialog.locator('[data-field="target.satisfaction_score"] input').fill('6');
    await dialog.locator('button[type="submit"]').click();
    expect(await dialog.getByTestId('error-summary').textContent()).toContain('Chỉ tiêu là số từ 1 đến 5');
    await dialog.locator('[data-field="target.satisfaction_score"] input').fill('4,5');
    await dialog.locator('[data-field="target.legal_changes_on_time"] input').fill('100');
    await dialog.locator('button[type="submit"]').click();
    await chief.getByTestId('objectives-table').waitFor({ timeout: 15_000 });
    const rows = chief.getByTestId('objectives-table').locator('tbody tr');
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-code')))).toEqual(['MT-01', 'MT-02', 'MT-03']);
    expect(await chief.locator('tr[data-code="MT-02"]').textContent()).toContain('≥ 4,5');
    expect(await chief.locator('tr[data-code="MT-01"]').getAttribute('data-status')).toMatch(/^(met|not_met|no_data)$/);
    await chief.reload();
    await chief.getByTestId('self-check').waitFor();
    expect(await chief.locator('tr[data-point="operation"]').getAttribute('data-status')).not.toBe(null);
    await screenshot(chief, 'iso-tu-kiem-tra');
  });

  it('fills the management review’s inputs from the system', async () => {
    const secretary = await users.as('thuky.iso');
    await open(secretary, app.baseUrl, '/iso/xem-xet');
    await secretary.locator('button[data-action="record-review"]').click();
    const minutes = secretary.getByTestId('dialog-record-review');
    await minutes.locator('button[data-action="fill-review-inputs"]').click();
    await untilPasses(async () => expect(await minutes.locator('[data-field="inputs.audit_results"] textarea').inputValue()).toContain('Đánh giá nội bộ năm'));
    expect(await minutes.locator('[data-field="inputs.process_performance"] textarea').inputValue()).toContain('hồ sơ đã giải quyết');
    expect(await minutes.locator('[data-field="inputs.objectives"] textarea').inputValue()).toMatch(/mục tiêu/);
    await minutes.getByRole('button', { name: 'Hủy' }).click();
    await expectNoErrors(users);
  });
});
