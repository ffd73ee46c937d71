import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FolderExchange } from '@office/exchange';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { departmentId, documentAt, step, userId } from '../../support/document-steps';
import { startTestApp, type TestApp } from '../../support/test-app';
import { expectNoErrors, hasChromium, connectChromium, open, PHONE, Users, waitForView } from '../browser-support';
import { untilPasses } from '../../support/until-passes';

/*
 * Liên thông văn bản in a real browser, between two instances sharing an exchange folder: A's clerk
 * sends an issued document from /lien-thong, B's clerk registers it from B's /lien-thong, and A's
 * outbox shows the statuses B sent back.
 */
const A = { organId: '000.00.31.H01', organName: 'Văn phòng UBND tỉnh An Thành' };
const B = { organId: '000.00.32.H01', organName: 'Sở Kế hoạch và Đầu tư tỉnh An Thành' };

(!hasChromium ? describe.skip : describe)('liên thông văn bản in a real browser (Chromium, two instances)', () => {
  let root: string;
  let a: TestApp;
  let b: TestApp;
  let browser: Browser;
  let atA: Users;
  let atB: Users;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'exchange-browser-'));
    a = await startTestApp({ exchange: { exchange: await FolderExchange.open(root, A), place: 'An Thành', pollMs: 200 } });
    b = await startTestApp({ exchange: { exchange: await FolderExchange.open(root, B), place: 'An Thành', pollMs: 200 } });
    browser = await connectChromium();
    atA = new Users(browser, a.baseUrl);
    atB = new Users(browser, b.baseUrl);
  });
  afterAll(async () => {
    await browser?.close();
    await b?.close();
    await a?.close();
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('sends from A, registers at B, and shows B’s statuses in A’s outbox', async () => {
    const documentId = await documentAt(a, 'issued');
    const sender = await atA.as('vanthu1');
    await open(sender, a.baseUrl, '/lien-thong');
    await sender.locator('button[data-action="send-package"]').click();
    const send = sender.getByTestId('dialog-send-package');
    await send.waitFor();
    await send.getByLabel('Văn bản đã phát hành').selectOption(documentId);
    await send.getByLabel('Cơ quan nhận').selectOption(B.organId);
    await waitForView(sender, () => send.locator('button[type="submit"]').click());
    expect(await sender.locator('[data-testid="exchange-outbox"] tbody tr').count()).toBe(1);

    const receiver = await atB.as('vanthu1');
    await untilPasses(async () => expect(await (async () => {
      await open(receiver, b.baseUrl, '/lien-thong');
      return receiver.locator('[data-testid="exchange-inbox"] tr[data-status="arrived"] [data-ack="sent"]').count();
    })()).toBe(1), { timeout: 20_000 });
    await receiver.locator('[data-testid="exchange-inbox"] button[data-action="register-package"]').click();
    const register = receiver.getByTestId('dialog-register-package');
    await register.getByLabel('Lĩnh vực').selectOption('KH-DT');
    await waitForView(receiver, () => register.locator('button[type="submit"]').click());
    const registered = receiver.locator('[data-testid="exchange-inbox"] tr[data-status="registered"] a');
    const documentAtB = (await registered.getAttribute('href'))!.split('/').pop()!;
    expect((await step(b, 'pho.chanh.vp.kt', `/api/documents/${documentAtB}/distribute`, { departmentId: departmentId('KT'), direction: 'Giao Phòng Kinh tế' })).status).toBe(201);
    expect((await step(b, 'tp.kt', `/api/documents/${documentAtB}/assign`, { specialistId: userId('cv.kt1') })).status).toBe(201);

    await untilPasses(async () => expect(await (async () => {
      await open(sender, a.baseUrl, '/lien-thong');
      return sender.locator('[data-testid="exchange-outbox"] .trail li').evaluateAll((items) => items.map((i) => i.getAttribute('data-status')));
    })()).toEqual(['arrived', 'registered', 'assigned']), { timeout: 20_000 });

    const phone = await atB.signedIn('vanthu1', PHONE);
    const phoneA = await atA.signedIn('vanthu1', PHONE);
    for (const [page, base] of [[phone, b.baseUrl], [phoneA, a.baseUrl]] as const) {
      await open(page, base, '/lien-thong');
      expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    }
    await expectNoErrors(atA);
    await expectNoErrors(atB);
  }, 300_000);
});
