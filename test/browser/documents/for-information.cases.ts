import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { documentAt } from '../../support/document-steps';
import { startTestApp, type TestApp } from '../../support/test-app';
import { expectNoErrors, hasChromium, connectChromium, open, screenshot, Users, waitForView } from '../browser-support';
import { untilPasses } from '../../support/until-passes';

/**
 * Issue 16 point 5 in Chromium: the office leader distributes a confidential document to its lead
 * department and, for information (để biết), to another department and a person; the person finds
 * it under "Văn bản để biết" (not among the work waiting) and reads it with the direction and who
 * was told. Screenshots: docs/screenshots/de-biet-phan-phoi.png (the dialog), de-biet.png (the page).
 */
(!hasChromium ? describe.skip : describe)('distribution for information (Chromium)', () => {
  let app: TestApp;
  let browser: Browser;
  let users: Users;
  let documentId = '';

  beforeAll(async () => {
    [app, browser] = await Promise.all([startTestApp(), connectChromium()]);
    users = new Users(browser, app.baseUrl);
    documentId = await documentAt(app, 'received', { confidentiality: 'confidential', excerpt: 'Về phương án bảo đảm an ninh, trật tự khu công nghiệp Nam Đông Hà' });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('the leader names a department and a person for information; they read it and owe nothing', async () => {
    const leader = await users.as('pho.chanh.vp.kt');
    await open(leader, app.baseUrl, `/van-ban/${documentId}`);
    await leader.locator('button[data-action="distribute"]').click();
    const dialog = leader.getByTestId('dialog-distribute');
    await dialog.getByLabel('Ý kiến chỉ đạo').fill('Giao Phòng Kinh tế chủ trì; Phòng Văn hóa – Xã hội và đồng chí Phong (Phòng Nội chính) để biết, phối hợp khi cần.');
    await dialog.getByLabel('Phòng Văn hóa – Xã hội').check();
    await dialog.getByLabel(/^Tạ Đình Phong/).check();
    await dialog.locator('fieldset.for-information').first().scrollIntoViewIfNeeded();
    await screenshot(dialog, 'de-biet-phan-phoi');
    // The lead department is refused as a reader by the form itself.
    await dialog.locator('fieldset.for-information').first().getByLabel('Phòng Kinh tế').check();
    await dialog.locator('button[type="submit"]').click();
    await untilPasses(async () => expect(await dialog.getByTestId('error-summary').textContent()).toContain('Phòng chủ trì đã nhận văn bản để xử lý'));
    await dialog.locator('fieldset.for-information').first().getByLabel('Phòng Kinh tế').uncheck();
    await waitForView(leader, () => dialog.locator('button[type="submit"]').click());
    expect(await leader.locator('.badges [data-status]').getAttribute('data-status')).toBe('distributed');

    const reader = await users.as('cv.nc1');
    await open(reader, app.baseUrl, '/viec-cua-toi');
    expect(await reader.getByTestId('queue').count()).toBe(0);
    const told = reader.getByTestId('told');
    expect(await told.locator(`tr[data-document-id="${documentId}"]`).count()).toBe(1);
    await waitForView(reader, () => told.locator(`tr[data-document-id="${documentId}"] a`).first().click());
    expect(await reader.getByTestId('for-information').textContent()).toBe('Phòng Văn hóa – Xã hội, Tạ Đình Phong');
    expect(await reader.getByTestId('work').textContent()).toContain('Giao Phòng Kinh tế chủ trì');
    expect(await reader.getByTestId('no-actions').isVisible()).toBe(true);
    await screenshot(reader, 'de-biet');

    // The head of the department told reads it too (a colleague not named does not: test/e2e/documents/distribution-for-information.cases.ts).
    const head = await users.as('tp.vx');
    await open(head, app.baseUrl, `/van-ban/${documentId}`);
    expect(await head.getByTestId('for-information').isVisible()).toBe(true);
    await expectNoErrors(users);
  });
});
