import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { localDateOf } from '@office/domain';
import { hasChromium, CHROMIUM } from '../support/chromium';
import { expect } from '../support/expect';

export { connectChromium, hasChromium } from '../support/chromium';
if (!hasChromium) console.warn(`[browser tests] skipped: ${CHROMIUM} not found (apt-get install -y chromium-headless-shell)`);

export const SCREENSHOTS = resolve(__dirname, '..', '..', 'docs', 'screenshots');

export const DESKTOP = { width: 1280, height: 900 };

/** Requests that go out on the network. The page's blobs and data URLs, and the browser's own pages (chrome://), do not. */
const NETWORK = /^(https?|wss?):/;
export const PHONE = { width: 390, height: 844 };

/**
 * One signed-in tab per user, reused by every test of the file. Each user has a browser context
 * of their own, as each person has their own browser: every signed-in tab keeps its notice stream
 * open, and a context, like a browser, opens at most 6 connections to one HTTP/1.1 server. Console errors and requests to other origins are collected so that a test can assert
 * there were none.
 */
export class Users {
  private readonly pages = new Map<string, Page>();
  readonly consoleErrors: string[] = [];
  readonly foreignRequests: string[] = [];

  /** `frozenAt`: the instant every page's `Date` answers (a part's `FrozenTime`); the real time by default. */
  constructor(
    private readonly browser: Browser,
    private readonly baseUrl: string,
    private readonly frozenAt?: Date,
  ) {}

  async newContext(viewport = DESKTOP): Promise<BrowserContext> {
    const context = await this.browser.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', acceptDownloads: true });
    // Only `Date` stops: timers still run, so polling and the notice stream work as in real time.
    if (this.frozenAt) await context.clock.setFixedTime(this.frozenAt);
    context.on('request', (request) => {
      if (NETWORK.test(request.url()) && !request.url().startsWith(this.baseUrl)) this.foreignRequests.push(request.url());
    });
    context.on('console', (message) => {
      // 401/404/422 answers are expected in some tests; the browser logs them as failed resources.
      if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) this.consoleErrors.push(message.text());
    });
    context.on('weberror', (error) => this.consoleErrors.push(String(error.error())));
    return context;
  }

  /**
   * The tab where `username` works, kept for the file. Signed in through the API, not the login page:
   * its first `open()` lands on the page the test wants, with no login and home page rendered first.
   */
  async as(username: string): Promise<Page> {
    const known = this.pages.get(username);
    if (known) {
      // Chromium throttles timers in background tabs: the user we act as gets the front tab.
      await known.bringToFront();
      return known;
    }
    const page = await this.signedIn(username);
    this.pages.set(username, page);
    return page;
  }

  /** A new tab, in a context of its own (closed with `page.context().close()`), signed in as `username` through the API. */
  async signedIn(username: string, viewport = DESKTOP): Promise<Page> {
    const context = await this.newContext(viewport);
    await giveSession(context, this.baseUrl, username);
    return context.newPage();
  }
}

/**
 * One instant a part's API (`startTestApp({ clock })`), its browser (`new Users(browser, baseUrl, at)`) and
 * its own requests (`today`) all take as now, so a run crossing midnight in Hà Nội (17:00 UTC) sees one day
 * everywhere. Taken when the part loads: sessions (12 h, signed on the real clock) stay valid in the page.
 */
export class FrozenTime {
  readonly today: string;
  readonly clock = (): Date => this.at;

  constructor(readonly at = new Date()) {
    this.today = localDateOf(at);
  }

  /** The Hà Nội day `days` calendar days from `today`. */
  day(days: number): string {
    return new Date(Date.parse(`${this.today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  }
}

/** Where session.js keeps the signed-in user: `{token, user}` as the login page saves them. */
const SESSION_KEY = 'office-ledger.session';
/** Set once a tab has been given the session: a tab that signs out stays signed out when it reloads. */
const GIVEN_KEY = 'office-ledger.test-session-given';

/**
 * Signs `username` in through the API (POST /api/auth/login, as the login page does) and puts the session
 * in the sessionStorage of every tab of `context` before the application's scripts run. For the tests that
 * are about signing in, `login()` goes through the page.
 */
export async function giveSession(context: BrowserContext, baseUrl: string, username: string): Promise<void> {
  const response = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'demo' }) });
  const body = (await response.json()) as { accessToken: string; user: unknown };
  if (response.status !== 200) throw new Error(`login ${username}: ${response.status} ${JSON.stringify(body)}`);
  const session = JSON.stringify({ token: body.accessToken, user: body.user });
  const origin = new URL(baseUrl).origin;
  // about:blank and Chromium's own pages have another origin (and no sessionStorage of the application).
  await context.addInitScript({
    content: `if (location.origin === ${JSON.stringify(origin)} && !sessionStorage.getItem('${GIVEN_KEY}')) {
      sessionStorage.setItem('${GIVEN_KEY}', '1');
      sessionStorage.setItem('${SESSION_KEY}', ${JSON.stringify(session)});
    }`,
  });
}

/** Signs in through the login page, for the tests about signing in (else `Users.as`/`signedIn`). */
export async function login(page: Page, baseUrl: string, username: string, password = 'demo'): Promise<void> {
  await page.goto(`${baseUrl}/dang-nhap`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  if (password === 'demo') await page.getByTestId('current-user').waitFor();
}

/** Navigates inside the application and waits until the page has rendered. */
export async function open(page: Page, baseUrl: string, path: string): Promise<void> {
  await page.goto(baseUrl + path);
  await page.locator('.view[data-ready="true"]').waitFor();
}

/** Clicks a link or button that changes the route, and waits for the new page. */
export async function waitForView(page: Page, action: () => Promise<void>): Promise<void> {
  const before = await page.locator('.view').getAttribute('data-generation');
  await action();
  await page.locator(`.view[data-ready="true"]:not([data-generation="${before}"])`).waitFor();
}

/**
 * Clicks what prints a form, which the application opens in a new tab as a PDF blob; answers the blob's URL
 * and the file's first bytes. The headless shell has no PDF viewer: the tab hands the PDF to the downloads,
 * as the tab's own or, while the tab is not ready yet, its opener's (Playwright's naming).
 */
export async function pdfOpenedInNewTab(page: Page, click: () => Promise<void>): Promise<{ url: string; head: string }> {
  const tab = page.context().waitForEvent('page');
  const download = Promise.race([page.waitForEvent('download'), tab.then((opened) => opened.waitForEvent('download'))]);
  await click();
  const [opened, file] = await Promise.all([tab, download]);
  // Over the run's one Chromium server the file is not on this process's disk: it is read as a stream.
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  await opened.close();
  return { url: file.url(), head: Buffer.concat(chunks).subarray(0, 5).toString('latin1') };
}

/**
 * Whether this run refreshes docs/screenshots (`npm run screenshots`). A picture costs Chromium ~1.5 s of CPU,
 * and no assertion reads one, so `npm test` takes none.
 */
export const takingScreenshots = process.env.SCREENSHOTS === '1';

/**
 * A PNG under docs/screenshots when `takingScreenshots`: of a page, the whole page unless a dialog is open
 * (then what the user sees); of a locator, that element.
 */
export async function screenshot(target: Page | Locator, name: string, { fullPage = true } = {}): Promise<void> {
  if (!takingScreenshots) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  if ('page' in target) {
    await target.screenshot({ path, animations: 'disabled' });
    return;
  }
  await target.evaluate("document.getElementById('toast')?.classList.remove('visible')");
  await target.screenshot({ path, fullPage, animations: 'disabled' });
}

/** The navigation entries shown to the signed-in user on the page open in `page`. */
export async function navEntries(page: Page): Promise<string[]> {
  return page.locator('#main-nav a').allTextContents();
}

/**
 * The navigation entries offered to the user signed in in `page`, which has no page open yet: they are the
 * same on every page, so it opens the lightest one every signed-in person may open (the password change).
 */
export async function navigationOf(page: Page, baseUrl: string): Promise<string[]> {
  await open(page, baseUrl, '/doi-mat-khau');
  return navEntries(page);
}

export async function expectNoErrors(users: Users): Promise<void> {
  expect(users.consoleErrors, 'console errors').toEqual([]);
  expect(users.foreignRequests, 'requests to other origins').toEqual([]);
}

const LEADER_NAV = ['Tổng quan', 'Việc của tôi', 'Văn bản', 'Sổ đăng ký', 'Cuộc họp', 'Nhiệm vụ', 'Lịch công tác', 'Chương trình công tác', 'ISO', 'Hồ sơ một cửa', 'Danh mục TTHC', 'Thống kê một cửa'];
const OFFICE_LEADER_NAV = [...LEADER_NAV, 'Bàn giao', 'Ủy quyền ký', 'Nghỉ phép, công tác', 'Hồ sơ lưu trữ'];
const COMMITTEE_LEADER_NAV = [...LEADER_NAV, 'Ủy quyền ký', 'Nghỉ phép, công tác', 'Hồ sơ lưu trữ'];
/** What each demo user lands on and the navigation entries offered to them (routes.js, by role). */
export const NAVIGATION: Array<{ username: string; home: string; nav: string[] }> = [
  { username: 'vanthu1', home: 'Việc của tôi', nav: ['Việc của tôi', 'Văn bản', 'Đăng ký văn bản đến', 'Sổ đăng ký', 'Cuộc họp', 'Nhiệm vụ', 'Lịch công tác', 'Chương trình công tác', 'Hồ sơ một cửa', 'Ủy quyền ký', 'Nghỉ phép, công tác', 'Hồ sơ lưu trữ', 'Liên thông'] },
  { username: 'cv.kt1', home: 'Việc của tôi', nav: ['Việc của tôi', 'Văn bản', 'Cuộc họp', 'Nhiệm vụ', 'Lịch công tác', 'Chương trình công tác', 'Hồ sơ một cửa', 'Nghỉ phép, công tác', 'Hồ sơ lưu trữ'] },
  { username: 'tp.kt', home: 'Việc của tôi', nav: ['Việc của tôi', 'Văn bản', 'Cuộc họp', 'Nhiệm vụ', 'Lịch công tác', 'Chương trình công tác', 'Hồ sơ một cửa', 'Bàn giao', 'Nghỉ phép, công tác', 'Hồ sơ lưu trữ'] },
  { username: 'pho.chanh.vp.kt', home: 'Việc của tôi', nav: OFFICE_LEADER_NAV },
  { username: 'chanh.vp', home: 'Việc của tôi', nav: [...OFFICE_LEADER_NAV, 'Liên thông'] },
  { username: 'pho.chu.tich.kt', home: 'Việc của tôi', nav: COMMITTEE_LEADER_NAV },
  { username: 'chu.tich', home: 'Việc của tôi', nav: COMMITTEE_LEADER_NAV },
  { username: 'thuky.iso', home: 'ISO 9001 — tuân thủ quy trình', nav: ['Việc của tôi', 'Văn bản', 'ISO', 'Hồ sơ một cửa', 'Danh mục TTHC', 'Thống kê một cửa', 'Nghỉ phép, công tác'] },
  { username: 'kiemtoan1', home: 'Kiểm toán', nav: ['Văn bản', 'Sổ đăng ký', 'Cuộc họp', 'Nhiệm vụ', 'Chương trình công tác', 'Kiểm toán', 'ISO', 'Hồ sơ một cửa', 'Tổ chức', 'Liên thông'] },
  { username: 'motcua1', home: 'Một cửa', nav: ['Việc của tôi', 'Văn bản', 'Một cửa', 'Nghỉ phép, công tác'] },
  { username: 'quantri', home: 'Việc của tôi', nav: ['Việc của tôi', 'Văn bản', 'Quản trị', 'Bàn giao', 'Ủy quyền ký', 'Nghỉ phép, công tác'] },
];
