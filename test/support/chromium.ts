import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer, type LaunchOptions } from 'playwright-core';
import { inject } from './provided';

/**
 * Debian's Chromium headless shell (package chromium-headless-shell, which CI installs with apt): the same
 * Blink and V8 as the full browser, without its windows and their user interface, and what Playwright itself
 * runs for a headless browser. The full `chromium` in headless mode opens a browser window for each
 * context, with its omnibox pages in renderers of their own, and its idle tabs keep drawing (~0.15 of a
 * core each): the browser files took 262 s of Chromium CPU with it, 123 s with the shell (2026-12-03,
 * sampled per process). Having no PDF viewer, the shell hands a PDF opened in a tab to the downloads
 * (`pdfOpenedInNewTab` in test/browser/browser-support.ts).
 * The browser suite is skipped, saying so, when the shell is missing.
 */
export const CHROMIUM = '/usr/bin/chromium-headless-shell';
export const hasChromium = existsSync(CHROMIUM);

/** Playwright's own switches (no sandbox, no background networking, no first-run or sync…), and no GPU to probe for. */
const LAUNCH: LaunchOptions = { executablePath: CHROMIUM, args: ['--disable-gpu'] };

/** In global setup: the run's one Chromium, which every browser test file connects to (a launch costs ~1 s of CPU and wall time per file). */
export function startChromiumServer(): Promise<BrowserServer> {
  return chromium.launchServer(LAUNCH);
}

/**
 * In a browser test file: a connection of its own to the run's Chromium. Closing it closes the
 * contexts this file opened, and only those: each file still starts from no cookie, storage or cache.
 * A run whose selection held no browser test started none (global-setup.ts): the file launches its own.
 */
export function connectChromium(): Promise<Browser> {
  const endpoint = inject('chromiumEndpoint');
  return endpoint ? chromium.connect(endpoint) : chromium.launch(LAUNCH);
}
