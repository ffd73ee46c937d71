import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { plainPdf, signPdf, tampered, testSigner } from '../../../libs/signatures/src/testing/signed-pdfs';
import { documentAt, step } from '../../support/document-steps';
import { startTestApp, type TestApp } from '../../support/test-app';
import { expectNoErrors, hasChromium, connectChromium, open, PHONE, screenshot, Users } from '../browser-support';
import { untilPasses } from '../../support/until-passes';

/*
 * The "Chữ ký số" card in a real browser: the leader who signed uploads the signed PDF through the
 * attachments card and records their signature; the clerk records the Office's over it and checks
 * a tampered copy, which shows as not valid. Screenshots: docs/screenshots/chu-ky-so(-390).png.
 */
(!hasChromium ? describe.skip : describe)('digital signatures in a real browser (Chromium)', () => {
  let app: TestApp;
  let browser: Browser;
  let users: Users;
  let documentId = '';
  let personal: Buffer;
  let both: Buffer;
  const leader = testSigner('Trần Quốc Hưng', '5404FFFEB7033FB316D672201B7DBE3D');
  const office = testSigner('Văn phòng UBND tỉnh Thử nghiệm', '5404FFFEB7033FB316D672201B7DBE3E');

  beforeAll(async () => {
    [app, browser] = await Promise.all([startTestApp(), connectChromium()]);
    users = new Users(browser, app.baseUrl);
    personal = await signPdf(await plainPdf('Quyet dinh 125/QD-UBND'), leader, new Date('2026-03-12T03:15:00Z'));
    both = await signPdf(personal, office, new Date('2026-03-12T04:00:00Z'));
    documentId = await documentAt(app, 'signed');
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  /** Uploads through the document page's attachments card, with the purpose it offers after signing ("Bản đã ký"). */
  async function attachThroughCard(page: Page, name: string, bytes: Buffer) {
    const card = page.getByTestId('attachments-card');
    await card.getByTestId('attachments-input').setInputFiles({ name, mimeType: 'application/pdf', buffer: bytes });
    await card.getByTestId('attachments-queue').locator('li[data-state="done"]').waitFor();
    await card.getByTestId('attach-submit').click();
    await card.getByTestId('attachment-list').getByText(name).waitFor();
  }

  async function useFile(page: Page, name: string, action: string) {
    const card = page.getByTestId('signatures-card');
    const select = card.getByTestId('signature-file');
    await select.focus();
    await untilPasses(async () => expect(await select.locator('option').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining(name)])));
    await select.selectOption({ label: (await select.locator('option', { hasText: name }).first().textContent())! });
    await card.locator(`[data-signature-action="${action}"]`).click();
  }

  it('the leader uploads the signed PDF and records their signature; the clerk records the Office’s and checks a tampered copy', async () => {
    const leaderPage = await users.as('pho.chu.tich.kt');
    await open(leaderPage, app.baseUrl, `/van-ban/${documentId}`);
    const card = leaderPage.getByTestId('signatures-card');
    expect(await card.locator('[data-signature-action]').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-signature-action')))).toEqual(['record_person', 'verify']);
    await attachThroughCard(leaderPage, 'QĐ 125-UBND (ký số).pdf', personal);
    await useFile(leaderPage, 'QĐ 125-UBND (ký số).pdf', 'record_person');
    await card.getByTestId('signature-person').getByText(leader.serial).waitFor();
    expect(await card.getByTestId('signature-person').textContent()).toContain('Trần Quốc Hưng');

    // The clerk attaches the file sealed by the Office and a received copy with one byte changed (through the API: the widget was shown above).
    const token = await app.login('vanthu1');
    for (const [name, bytes, purpose] of [['QĐ 125-UBND (ký số cơ quan).pdf', both, 'signed'], ['Bản nhận qua trục (bị sửa).pdf', tampered(personal), 'annex']] as const) {
      const form = new FormData();
      form.append('files', new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }), name);
      const uploaded = (await (await fetch(`${app.baseUrl}/api/files`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form })).json()) as { files: Array<{ sha256: string }> };
      expect((await step(app, 'vanthu1', `/api/documents/${documentId}/attachments`, { sha256: uploaded.files[0].sha256, name, purpose })).status).toBe(201);
    }
    const clerkPage = await users.as('vanthu1');
    await open(clerkPage, app.baseUrl, `/van-ban/${documentId}`);
    await useFile(clerkPage, 'QĐ 125-UBND (ký số cơ quan).pdf', 'record_organisation');
    const clerkCard = clerkPage.getByTestId('signatures-card');
    await clerkCard.getByTestId('signature-organisation').getByText(office.serial).waitFor();
    await useFile(clerkPage, 'Bản nhận qua trục (bị sửa).pdf', 'verify');
    await clerkCard.getByTestId('signature-checks').getByText('nội dung đã bị thay đổi sau khi ký').first().waitFor();
    await useFile(clerkPage, 'QĐ 125-UBND (ký số cơ quan).pdf', 'verify');
    await clerkCard.getByText('Đã kiểm tra: mọi chữ ký số hợp lệ.').waitFor();
    // The card renders the checks after its summary line: wait for both rows of the last check.
    await untilPasses(async () => expect(await clerkCard.getByTestId('signature-checks').getByText('Hợp lệ', { exact: true }).count()).toBe(2));

    await screenshot(clerkPage, 'chu-ky-so');
    await clerkPage.setViewportSize(PHONE);
    await screenshot(clerkPage, 'chu-ky-so-390');
    await expectNoErrors(users);
  });
});
