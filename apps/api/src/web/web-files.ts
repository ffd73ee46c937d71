import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Injection token of the directory `webRoot()` found. */
export const WEB_ROOT = Symbol('WEB_ROOT');
/** Injection tokens of the file table (`WebAssets`) and of the rendered `index.html` (`IndexPage`). */
export const WEB_ASSETS = Symbol('WEB_ASSETS');
export const WEB_PAGE = Symbol('WEB_PAGE');

/**
 * Where the web application's files are: `apps/web` of the repository, found by walking up from
 * this file so that it works both from the sources (tests) and from `dist/` (npm start).
 */
export function webRoot(from = __dirname): string {
  let directory = resolve(from);
  for (;;) {
    const candidate = join(directory, 'apps', 'web');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
    const parent = dirname(directory);
    if (parent === directory) throw new Error(`apps/web/index.html not found above ${from}`);
    directory = parent;
  }
}

/** Chart.js's UMD build, straight from node_modules (no CDN, no bundler). */
export function chartJsDirectory(): string {
  return dirname(require.resolve('chart.js'));
}

/** The one file of Chart.js the browser loads, as `/assets/vendor/chart.umd.js`. */
export const VENDOR_FILES = ['chart.umd.js'] as const;

/**
 * Paths that belong to the API and operations, never to the web application's fallback.
 * `/assets/` is listed too: a missing asset is a 404, not the application's page.
 */
export const RESERVED_PREFIXES = ['/api', '/health', '/metrics', '/assets'] as const;

/** Only what the application itself serves: scripts, styles, data and fetches from this origin. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  // An attachment's PDF is previewed in a frame on a blob: URL the page made from bytes it fetched with its token.
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The page's policy: the same, with the inline import map allowed by its hash (and nothing else inline). */
export function pagePolicy(scriptHashes: readonly string[]): string {
  return CONTENT_SECURITY_POLICY.replace("script-src 'self'", ["script-src 'self'", ...scriptHashes].join(' '));
}

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

/** A client route of the single-page application: not reserved, and not a file name. */
export function isClientRoute(path: string): boolean {
  const pathname = path.split('?')[0];
  if (RESERVED_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`))) return false;
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  return !last.includes('.');
}
