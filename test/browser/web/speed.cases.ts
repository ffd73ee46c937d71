import type { IncomingMessage } from 'node:http';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { documentAt } from '../../support/document-steps';
import { DESKTOP, giveSession, hasChromium, connectChromium } from '../browser-support';
import { webApp as app } from './shared-app';

/**
 * Issue #16, point 9: how fast the application is on a provincial link (1.6 Mb/s down, 150 ms
 * latency), emulated by Chromium (CDP `Network.emulateNetworkConditions`). The timings are printed,
 * never asserted: a shared CI machine is no stopwatch. What is asserted is what makes them short:
 * a second visit asks the server for no fingerprinted file.
 */
const PROVINCIAL_LINK = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 0.8e6 / 8 };

const PAGES = [
  { name: 'Tổng quan (lãnh đạo)', username: 'chu.tich', path: '/tong-quan', ready: '[data-testid="figures"]' },
  { name: 'Văn bản (văn thư)', username: 'vanthu1', path: '/van-ban', ready: '[data-testid="document-list"]' },
] as const;

(!hasChromium ? describe.skip : describe)('speed on a provincial link (1.6 Mb/s, 150 ms)', () => {
  let browser: Browser;
  /** Every URL that reached the server, as Node's HTTP server saw it (a cache hit never gets here). */
  const served: string[] = [];
  const count = (request: IncomingMessage) => served.push(request.url ?? '');
  const timings: Array<{ page: string; visit: string; ms: number; requests: number; bytes: number }> = [];

  beforeAll(async () => {
    browser = await connectChromium();
    app.api.getHttpServer().on('request', count);
    await documentAt(app, 'assigned', { urgency: 'urgent', excerpt: 'Về việc đề nghị bố trí vốn đầu tư công năm 2027' });
    await documentAt(app, 'submitted', { excerpt: 'Về việc thẩm định báo cáo nghiên cứu khả thi dự án cấp nước sạch' });
    await documentAt(app, 'issued', { excerpt: 'Về việc điều chỉnh chủ trương đầu tư dự án trường trung học phổ thông' });
  });
  afterAll(async () => {
    if (timings.length) {
      console.log(`\nTải trang trên đường truyền 1,6 Mb/s, trễ 150 ms (Chromium, CDP):\n${table(timings)}\n`);
    }
    app.api.getHttpServer().off('request', count);
    await browser?.close();
  });

  /** A tab already signed in (the session put in sessionStorage before any script runs), cache empty, on the emulated link. */
  async function signedInTab(username: string): Promise<{ context: BrowserContext; page: Page; cdp: CDPSession }> {
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    await giveSession(context, app.baseUrl, username);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.clearBrowserCache');
    await cdp.send('Network.emulateNetworkConditions', PROVINCIAL_LINK);
    return { context, page, cdp };
  }

  /** Opens `path` and waits for its content; answers the time since navigation start and what crossed the link. */
  async function visit(page: Page, cdp: CDPSession, path: string, ready: string) {
    let bytes = 0;
    const onFinished = (event: { encodedDataLength: number }) => (bytes += event.encodedDataLength);
    cdp.on('Network.loadingFinished', onFinished);
    const before = served.length;
    await page.goto(app.baseUrl + path);
    // The page's own clock (0 = navigation start) when the content is there, polled every 10 ms: polling at every
    // frame had Chromium draw frames all the load long (~3 times the CPU of the wait).
    // A function, not a string: the page's Content-Security-Policy forbids evaluating strings.
    type InPage = { document: { querySelector(selector: string): unknown } };
    const shown = await page.waitForFunction((selector) => ((globalThis as unknown as InPage).document.querySelector(selector) ? performance.now() : null), `.view[data-ready="true"] ${ready}`, { polling: 10 });
    const ms = Math.round(Number(await shown.jsonValue()));
    // SPEED_DEBUG=1: each resource's start and end on the page's clock, to see what waits for what.
    if (process.env.SPEED_DEBUG) {
      console.log(await page.evaluate("performance.getEntriesByType('resource').map((e) => `${Math.round(e.startTime)}→${Math.round(e.responseEnd)} ${e.name.replace(location.origin, '')}`).join('\\n')"));
    }
    cdp.off('Network.loadingFinished', onFinished);
    return { ms, requests: served.length - before, bytes, urls: served.slice(before) };
  }

  for (const target of PAGES) {
    it(`times a cold and a warm load of ${target.name}`, async () => {
      const { context, page, cdp } = await signedInTab(target.username);
      try {
        const cold = await visit(page, cdp, target.path, target.ready);
        timings.push({ page: target.name, visit: 'lần đầu (bộ nhớ đệm trống)', ...cold });
        const warm = await visit(page, cdp, target.path, target.ready);
        timings.push({ page: target.name, visit: 'lần sau (đã có bộ nhớ đệm)', ...warm });
        // The second visit takes every fingerprinted file from the cache: the server sees none of them.
        expect(warm.urls.filter((url) => /\.[0-9a-f]{10}\.[a-z]+$/.test(url.split('?')[0])), 'fingerprinted files asked again').toEqual([]);
        expect(cold.urls.some((url) => /^\/assets\/js\/main\.[0-9a-f]{10}\.js$/.test(url))).toBe(true);
      } finally {
        await context.close();
      }
    });
  }
});

function table(rows: Array<{ page: string; visit: string; ms: number; requests: number; bytes: number }>): string {
  const lines = [
    '| Trang | Lượt tải | Sẵn sàng sau (ms) | Yêu cầu tới máy chủ | Dữ liệu qua mạng (KB) |',
    '|---|---|---:|---:|---:|',
    ...rows.map((r) => `| ${r.page} | ${r.visit} | ${r.ms} | ${r.requests} | ${(r.bytes / 1024).toFixed(1)} |`),
  ];
  return lines.join('\n');
}
