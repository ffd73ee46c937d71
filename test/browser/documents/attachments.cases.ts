import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { samplePdf, samplePng, sha256 } from '../../support/sample-files';
import { startTestApp, type TestApp } from '../../support/test-app';
import { expectNoErrors, FrozenTime, hasChromium, connectChromium, open, screenshot, Users, waitForView } from '../browser-support';

/** The clerk registers an incoming document with its scan through the widget, and the document page previews it. */
(!hasChromium ? describe.skip : describe)('attachments in a real browser (Chromium)', () => {
  let app: TestApp;
  let browser: Browser;
  let users: Users;
  let root: string;
  let documentId = '';
  const scan = samplePng();
  // The document's date is yesterday for the test, the page and the API alike: one frozen instant.
  const time = new FrozenTime();

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'office-ledger-attachments-browser-'));
    [app, browser] = await Promise.all([startTestApp({ attachments: { root }, clock: time.clock }), connectChromium()]);
    users = new Users(browser, app.baseUrl, time.at);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await rm(root, { recursive: true, force: true });
  });

  it('registers an incoming document with its scan uploaded through the widget', async () => {
    const page = await users.as('vanthu1');
    await open(page, app.baseUrl, '/van-ban/dang-ky');
    await page.getByTestId('attachments-input').setInputFiles({ name: 'Bản quét công văn 318-SKHĐT.png', mimeType: 'image/png', buffer: scan });
    await page.getByTestId('attachments-queue').locator('li[data-state="done"]').waitFor();
    const form = page.getByTestId('register-form');
    await form.getByLabel('Nơi gửi (cơ quan ban hành)').fill('Sở Kế hoạch và Đầu tư');
    await form.getByLabel('Số, ký hiệu').fill('318/SKHĐT-TĐ');
    const yesterday = time.day(-1).split('-').reverse().join('/');
    await form.getByLabel('Ngày văn bản').fill(yesterday);
    await form.getByLabel('Trích yếu nội dung').fill('Về việc đề nghị thẩm định hồ sơ điều chỉnh dự án Trường tiểu học Hòa Bình');
    await form.getByLabel('Lĩnh vực').selectOption({ label: 'Kế hoạch và Đầu tư' });
    await form.getByLabel('Hình thức nhận').selectOption('paper');
    await waitForView(page, () => form.getByRole('button', { name: 'Đăng ký văn bản đến' }).click());
    documentId = /\/van-ban\/([0-9a-f-]{36})/.exec(page.url())![1];

    const history = await app.request('GET', `/api/documents/${documentId}/history`, { token: await app.login('vanthu1') });
    expect(history.body.events.map((e: { type: string }) => e.type)).toEqual(['DocumentReceived', 'DocumentFileAttached']);
    expect(history.body.events[1].data).toMatchObject({ purpose: 'scan', sha256: sha256(scan), mediaType: 'image/png', name: 'Bản quét công văn 318-SKHĐT.png' });
  });

  it('the document page lists the scan and previews it; a draft is attached there by the clerk', async () => {
    expect(documentId).not.toBe('');
    const page = await users.as('vanthu1');
    const card = page.getByTestId('attachments-card');
    await card.getByText('Bản quét công văn 318-SKHĐT.png').waitFor();
    expect(await card.locator(`tr[data-sha256="${sha256(scan)}"]`).textContent()).toContain('Bản quét văn bản đến');

    // A second file, attached from the document page with its purpose.
    const annex = await samplePdf('Phu luc kem theo cong van 318');
    await card.getByTestId('attachments-input').setInputFiles({ name: 'Phụ lục kèm theo.pdf', mimeType: 'application/pdf', buffer: annex });
    await card.getByTestId('attachments-queue').locator('li[data-state="done"]').waitFor();
    await card.getByTestId('attach-purpose').selectOption('annex');
    await card.getByTestId('attach-submit').click();
    await card.locator(`tr[data-sha256="${sha256(annex)}"]`).waitFor();

    await card.locator(`tr[data-sha256="${sha256(scan)}"]`).getByRole('button', { name: /^Xem/ }).click();
    const preview = page.getByTestId('attachments-preview');
    await preview.waitFor();
    // Evaluated in the page (a string: the test's own TypeScript has no DOM types).
    await page.waitForFunction('(() => { const image = document.querySelector(\'[data-testid="attachments-preview"]\'); return image !== null && image.complete && image.naturalWidth > 0; })()');
    await screenshot(page, 'tep-dinh-kem', { fullPage: false });
    await expectNoErrors(users);
  });
});
