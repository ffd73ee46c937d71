import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { registration, step } from '../../support/document-steps';
import { startTestApp, type TestApp } from '../../support/test-app';
import { expectNoErrors, FrozenTime, hasChromium, connectChromium, open, screenshot, Users, waitForView } from '../browser-support';
import { untilPasses } from '../../support/until-passes';

/** Issue #16, point 4 (lists that find things) in Chromium: due marks, filter, sort, export, saved filters. */

(!hasChromium ? describe.skip : describe)('the documents list that finds things (Chromium)', () => {
  let app: TestApp;
  let browser: Browser;
  let users: Users;
  const ids: Record<string, string> = {};
  // Overdue marks count days from the API's today and the page's: one frozen instant for both and for the dates sent.
  const time = new FrozenTime();
  const daysAgo = (days: number) => new Date(time.at.getTime() - days * 86_400_000).toISOString();

  async function register(overrides: Record<string, unknown>) {
    const { status, body } = await step(app, 'vanthu1', '/api/documents', registration(overrides));
    expect(status, JSON.stringify(body)).toBe(201);
    return body.id as string;
  }
  const rowIds = (page: Awaited<ReturnType<Users['as']>>) => page.getByTestId('document-list').locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-document-id')));

  beforeAll(async () => {
    [app, browser] = await Promise.all([startTestApp({ clock: time.clock }), connectChromium()]);
    users = new Users(browser, app.baseUrl, time.at);
    ids.late1 = await register({ receivedAt: daysAgo(20), excerpt: 'Về việc báo cáo giải ngân vốn đầu tư công quý III' });
    ids.late2 = await register({ receivedAt: daysAgo(15), urgency: 'urgent', excerpt: 'Về việc bố trí vốn cho dự án đường liên huyện' });
    ids.soon = await register({ excerpt: 'Về việc góp ý dự thảo kế hoạch phát triển kinh tế – xã hội năm 2027' });
    ids.flash = await register({ urgency: 'flash', excerpt: 'Về việc ứng phó áp thấp nhiệt đới trên Biển Đông' });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('marks overdue in red and due within a working day in amber, in the queue and the documents list', async () => {
    const page = await users.as('pho.chanh.vp.kt');
    for (const [path, testId] of [['/viec-cua-toi', 'queue'], ['/van-ban', 'document-list']]) {
      await open(page, app.baseUrl, path);
      const row = (id: string) => page.getByTestId(testId).locator(`tr[data-document-id="${id}"]`);
      await row(ids.late1).waitFor();
      expect(await row(ids.late1).locator('[data-due="overdue"]').textContent(), path).toContain('Quá hạn');
      expect(await row(ids.late1).locator('.tone-late').count(), path).toBe(1);
      expect(await row(ids.soon).locator('[data-due="due-soon"]').textContent(), path).toContain('Sắp đến hạn');
      expect(await row(ids.soon).locator('.tone-warn').count(), path).toBe(1);
    }
  });

  it('filters by overdue, sorts by a column, exports what it shows, and saves then re-applies the filter', async () => {
    const page = await users.as('pho.chanh.vp.kt');
    await open(page, app.baseUrl, '/van-ban');
    await page.getByLabel('Chỉ văn bản quá hạn', { exact: true }).check();
    await waitForView(page, () => page.getByRole('button', { name: 'Tìm kiếm' }).click());
    expect(page.url()).toContain('overdue=true');
    expect((await rowIds(page)).sort()).toEqual([ids.late1, ids.late2].sort());

    // Sort by "Trích yếu": the header is a link, the sorted column says so (aria-sort); again reverses it.
    const excerptHeader = page.getByTestId('document-list').locator('th', { has: page.locator('a[data-sort="excerpt"]') });
    expect(await excerptHeader.getAttribute('aria-sort')).toBeNull();
    await waitForView(page, () => page.locator('a[data-sort="excerpt"]').click());
    expect(page.url()).toMatch(/overdue=true.*sort=excerpt&order=asc/);
    expect(await excerptHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(await rowIds(page)).toEqual([ids.late1, ids.late2]); // "báo cáo" before "bố trí"
    await waitForView(page, () => page.locator('a[data-sort="excerpt"]').click());
    expect(await excerptHeader.getAttribute('aria-sort')).toBe('descending');
    expect(await rowIds(page)).toEqual([ids.late2, ids.late1]);

    // "Xuất Excel": the same filters and sort, as a file.
    const link = page.getByTestId('export-xlsx');
    expect(await link.textContent()).toBe('Xuất Excel');
    const href = new URL((await link.getAttribute('href'))!, app.baseUrl);
    expect(Object.fromEntries(href.searchParams)).toEqual({ overdue: 'true', sort: 'excerpt', order: 'desc', format: 'xlsx' });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/^van-ban-den-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const book = new ExcelJS.Workbook();
    // Read through the connection: the shared Chromium (chromium.ts) keeps the file on its side.
    await book.xlsx.read(await download.createReadStream());
    const excerpts: string[] = [];
    book.worksheets[0].eachRow((row, n) => n > 1 && excerpts.push(String(row.getCell(5).value)));
    expect(excerpts).toEqual(['Về việc bố trí vốn cho dự án đường liên huyện', 'Về việc báo cáo giải ngân vốn đầu tư công quý III']);

    // "Lưu bộ lọc", then back from an unfiltered list through the picker.
    await page.getByLabel('Tên bộ lọc mới').fill('Quá hạn, theo trích yếu');
    await page.getByRole('button', { name: 'Lưu bộ lọc' }).click();
    await untilPasses(async () => expect(await page.getByTestId('saved-filters-documents').getByRole('status').textContent()).toContain('Đã lưu bộ lọc “Quá hạn, theo trích yếu”'));
    const picker = page.getByLabel('Bộ lọc đã lưu', { exact: true });
    await untilPasses(async () => expect(await picker.inputValue()).toBe('Quá hạn, theo trích yếu'));
    await screenshot(page, 'van-ban-loc');
    await open(page, app.baseUrl, '/van-ban');
    expect((await rowIds(page)).length).toBe(4);
    await untilPasses(async () => expect(await picker.isEnabled()).toBe(true));
    await picker.selectOption({ label: 'Quá hạn, theo trích yếu' });
    await waitForView(page, () => page.getByRole('button', { name: 'Áp dụng' }).click());
    expect(page.url()).toContain('overdue=true&sort=excerpt&order=desc');
    expect(await rowIds(page)).toEqual([ids.late2, ids.late1]);
    expect(await page.getByLabel('Chỉ văn bản quá hạn', { exact: true }).isChecked()).toBe(true);
    await expectNoErrors(users);
  });
});
