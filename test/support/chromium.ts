import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer, type LaunchOptions } from 'playwright-core';
import { inject } from './provided';

/** Debian's Chromium (CI installs it with apt); the browser suite is skipped, saying so, when it is missing. */
export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

const LAUNCH: LaunchOptions = {
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
};

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
