import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { documentAt, registration, step } from '../../support/document-steps';
import { startTestApp, type TestApp } from '../../support/test-app';
import { expectNoErrors, hasChromium, connectChromium, open, PHONE, SCREENSHOTS, screenshot, takingScreenshots, Users } from '../browser-support';
import { untilPasses } from '../../support/until-passes';

/** Issue #16, points 3 (print stylesheet), 7 (dashboard, access log, seconds) and 8 (phones), in Chromium. */
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
const hasPdftoppm = existsSync('/usr/bin/pdftoppm');

(!hasChromium ? describe.skip : describe)('the web application as staff use it every day (Chromium)', () => {
  let app: TestApp;
  let browser: Browser;
  let users: Users;
  let documentId = '';

  beforeAll(async () => {
    [app, browser] = await Promise.all([startTestApp(), connectChromium()]);
    users = new Users(browser, app.baseUrl);
    documentId = await documentAt(app, 'assigned', { receivedAt: daysAgo(20), urgency: 'urgent', excerpt: 'Về việc đề nghị bố trí vốn đầu tư công năm 2027 cho dự án đường liên huyện' });
    await documentAt(app, 'appraised', { receivedAt: daysAgo(6), excerpt: 'Về việc thẩm định báo cáo nghiên cứu khả thi dự án cấp nước sạch cho ba xã vùng cao' });
    await documentAt(app, 'issued', { receivedAt: daysAgo(2), excerpt: 'Về việc điều chỉnh chủ trương đầu tư dự án trường trung học phổ thông' });
    await documentAt(app, 'assigned', { excerpt: 'Về việc góp ý dự thảo kế hoạch phát triển kinh tế – xã hội năm 2027' });
    const other = await step(app, 'vanthu1', '/api/documents', registration({ fieldCode: 'TH', source: { agency: 'Văn phòng Chính phủ', symbol: '45/VPCP-TH', issuedDate: '2026-03-02' }, excerpt: 'Về việc báo cáo tình hình kinh tế – xã hội tháng' }));
    expect(other.status).toBe(201);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('shows every list as cards on a phone, the excerpt and deadlines visible, the filters folded', async () => {
    const page = await users.signedIn('vanthu1', PHONE);
    await open(page, app.baseUrl, '/van-ban');
    const list = page.getByTestId('document-list');
    // Cards: no header row, no sideways scrolling, every value under its column's name.
    expect(await list.locator('thead').isVisible()).toBe(false);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    const card = list.locator('tbody tr').filter({ hasText: 'đường liên huyện' });
    const excerpt = card.locator('td[data-label="Trích yếu"]');
    await untilPasses(async () => expect(await excerpt.isVisible()).toBe(true));
    expect(await excerpt.textContent()).toContain('Về việc đề nghị bố trí vốn đầu tư công năm 2027');
    const due = card.locator('td[data-label="Hạn gần nhất"]');
    expect(await due.isVisible()).toBe(true);
    expect(await due.textContent()).toMatch(/\d{2}\/\d{2}\/\d{4}/);
    expect(await due.evaluate((cell) => cell.ownerDocument.defaultView!.getComputedStyle(cell, '::before').content)).toBe('"Hạn gần nhất"');
    const excerptBox = (await excerpt.boundingBox())!;
    expect(excerptBox.x + excerptBox.width).toBeLessThanOrEqual(390);
    // The filters fold behind "Bộ lọc"; the keywords stay.
    const toggle = page.getByRole('button', { name: /^Bộ lọc/ });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByLabel('Từ khóa', { exact: false }).isVisible()).toBe(true);
    expect(await page.getByLabel('Trạng thái').isVisible()).toBe(false);
    await screenshot(page, 'van-ban-390');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByLabel('Trạng thái').isVisible()).toBe(true);
    await page.getByLabel('Chỉ văn bản quá hạn').check();
    await page.getByRole('button', { name: 'Tìm kiếm' }).click();
    await page.waitForURL(/overdue=true/);
    await page.locator('.view[data-ready="true"]').waitFor();
    expect(await page.getByRole('button', { name: /^Bộ lọc/ }).textContent()).toBe('Bộ lọc (1 đang áp dụng)');

    const specialist = await users.signedIn('cv.kt1', PHONE);
    await open(specialist, app.baseUrl, '/viec-cua-toi');
    const queue = specialist.getByTestId('queue');
    const first = queue.locator('tbody tr').first();
    expect(await first.locator('td[data-label="Trích yếu"]').isVisible()).toBe(true);
    expect(await first.locator('td[data-label="Hạn gần nhất"]').isVisible()).toBe(true);
    expect(await first.locator('td[data-label="Việc cần làm"]').textContent()).toBeTruthy();
    expect(await specialist.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await screenshot(specialist, 'viec-cua-toi-390');
    await specialist.context().close();
    await page.context().close();
  });

  it('prints the document page and the lists without navigation or buttons, tables across the page', async () => {
    const page = await users.as('chu.tich');
    await open(page, app.baseUrl, `/van-ban/${documentId}`);
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.locator('#app-header').isVisible()).toBe(false);
      expect(await page.locator('main button:visible, main .button:visible').count()).toBe(0);
      expect(await page.locator('.print-header').isVisible()).toBe(true);
      expect(await page.locator('.print-header').textContent()).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(await page.locator('tr').first().evaluate((tr) => tr.ownerDocument.defaultView!.getComputedStyle(tr).breakInside)).toBe('avoid');
      await open(page, app.baseUrl, '/van-ban');
      expect(await page.locator('form.filters').isVisible()).toBe(false);
      const [table, main] = await Promise.all([page.getByTestId('document-list').boundingBox(), page.locator('#main').boundingBox()]);
      expect(table!.width).toBeGreaterThanOrEqual(main!.width - 2);
    } finally {
      // Back to what the page would use by itself (page.pdf() prints with the print stylesheet).
      await page.emulateMedia({ media: null });
    }
    await open(page, app.baseUrl, `/van-ban/${documentId}`);
    const directory = mkdtempSync(join(tmpdir(), 'in-van-ban-'));
    try {
      const pdf = join(directory, 'van-ban.pdf');
      await page.pdf({ path: pdf, format: 'A4', printBackground: true });
      if (hasPdftoppm && takingScreenshots) {
        execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, join(SCREENSHOTS, 'in-van-ban')]);
        expect(existsSync(join(SCREENSHOTS, 'in-van-ban.png'))).toBe(true);
      }
      const text = hasPdftoppm ? execFileSync('/usr/bin/pdftotext', ['-layout', pdf, '-']).toString('utf8') : '';
      if (text) {
        expect(text).toContain('Về việc đề nghị bố trí vốn đầu tư công');
        expect(text).not.toContain('Đăng xuất');
      }
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('shows the briefing by field and by specialist, each percentage computed once from its counts', async () => {
    const page = await users.as('chu.tich');
    await open(page, app.baseUrl, '/tong-quan');
    const briefing = (await app.request('GET', '/api/stats/briefing', { token: await app.login('chu.tich') })).body;
    expect(briefing.byField.length).toBeGreaterThan(0);
    expect(briefing.bySpecialist.length).toBeGreaterThan(0);
    const share = (part: number, whole: number) => (whole ? `${(Math.round((part * 1000) / whole) / 10).toFixed(1).replace('.', ',')} %` : '—');
    for (const [testId, entries, attribute, key] of [
      ['by-field', briefing.byField, 'data-field-code', 'fieldCode'],
      ['by-specialist', briefing.bySpecialist, 'data-specialist-id', 'specialistId'],
    ] as const) {
      const rows = page.getByTestId(testId).locator('tbody tr');
      expect(await rows.count(), testId).toBe(entries.length);
      for (const entry of entries) {
        const cells = await rows.and(page.locator(`[${attribute}="${entry[key] ?? ''}"]`)).locator('td').allTextContents();
        expect(cells.map((c: string) => c.trim()), `${testId} ${entry.name}`).toEqual([
          entry.name,
          String(entry.received),
          String(entry.completed.total),
          String(entry.completed.late),
          String(entry.inProgress),
          String(entry.overdue),
          share(entry.completed.early + entry.completed.onTime, entry.completed.total),
        ]);
      }
    }
    // One rounding: 1 of 22 is 4,5 % (the API's rate rounded to 0,0455 would read 4,6 %).
    // The page's own module (the import map resolves the plain path to the fingerprinted file).
    const shares = await page.evaluate(`import('/assets/js/format.js').then(({ formatShare, formatRate }) =>
      [formatShare(1, 22), formatShare(2, 3), formatShare(0, 5), formatShare(0, 0), formatRate(0.0455)])`);
    expect(shares).toEqual(['4,5 %', '66,7 %', '0,0 %', '—', '4,6 %']);
    await page.getByTestId('by-specialist').scrollIntoViewIfNeeded();
    await screenshot(page, 'tong-quan');
  });

  it('tells the auditor in words what was read, and shows the state at an instant to the second', async () => {
    const token = await app.login('kiemtoan1');
    const year = new Date(Date.now() + 7 * 3_600_000).getUTCFullYear();
    expect((await app.request('GET', `/api/registers/incoming?year=${year}&format=csv`, { token })).status).toBe(200);
    expect((await app.request('GET', `/api/documents/${documentId}`, { token })).status).toBe(200);
    const page = await users.as('kiemtoan1');
    await open(page, app.baseUrl, '/kiem-toan');
    const log = page.getByTestId('access-log');
    await log.getByTestId('access-log-table').waitFor();
    const text = (await log.textContent())!;
    expect(text).toContain(`Tải sổ đăng ký văn bản đến năm ${year} (CSV)`);
    expect(text).toContain('Xem văn bản 125/SKHĐT-KH');
    expect(text).not.toContain('/api/');

    await open(page, app.baseUrl, `/kiem-toan/${documentId}`);
    const events = (await app.request('GET', `/api/documents/${documentId}/history`, { token })).body.events;
    const assigned = events.find((e: { type: string }) => e.type === 'DocumentAssigned');
    // Picking an event fills the picker with its time to the second.
    await page.locator('li[data-type="DocumentAssigned"]').getByRole('button', { name: 'Xem trạng thái ngay sau sự kiện này' }).click();
    await page.getByTestId('state-at').locator('[data-status="assigned"]').waitFor();
    const time = await page.getByLabel('Giờ (HH:mm:ss, giờ Hà Nội)').inputValue();
    expect(time).toMatch(/^\d{2}:\d{2}:\d{2}$/);
    const hanoi = new Date(Date.parse(assigned.occurredAt) + 7 * 3_600_000).toISOString();
    expect(time).toBe(hanoi.slice(11, 19));
    // To the end of the second before the assignment's: not yet assigned (the minute alone would have included it).
    const before = new Date(Date.parse(assigned.occurredAt) + 7 * 3_600_000 - 1000).toISOString();
    await page.getByLabel('Giờ (HH:mm:ss, giờ Hà Nội)').fill(before.slice(11, 19));
    await page.getByRole('button', { name: 'Xem trạng thái', exact: true }).click();
    const title = page.getByTestId('state-at').locator('.state-at-title');
    await title.filter({ hasText: before.slice(11, 19) }).waitFor();
    expect(await title.locator('[data-status]').getAttribute('data-status')).not.toBe('assigned');
    await page.getByLabel('Giờ (HH:mm:ss, giờ Hà Nội)').fill('25:00:00');
    await page.getByRole('button', { name: 'Xem trạng thái', exact: true }).click();
    expect(await page.getByRole('alert').filter({ hasText: 'HH:mm:ss' }).textContent()).toContain('Nhập ngày dạng dd/mm/yyyy và giờ dạng HH:mm:ss');
    await page.getByLabel('Giờ (HH:mm:ss, giờ Hà Nội)').fill(time);
    await page.getByRole('button', { name: 'Xem trạng thái', exact: true }).click();
    await page.getByTestId('state-at').locator('.state-at-title').filter({ hasText: time }).waitFor();
    await page.getByTestId('access-log-table').waitFor();
    await screenshot(page, 'kiem-toan');
  });

  it('made no request to another origin and logged no script error', async () => {
    await expectNoErrors(users);
  });
});
