import { createHash } from 'node:crypto';
import { WebAsset, type WebAssets } from './web-assets';

/**
 * `index.html` as served: every `/assets/…` URL it names fingerprinted, and before its first
 * stylesheet or script
 * - an import map from each module's plain path to its fingerprinted URL: the modules keep their
 *   plain relative imports (`./dom.js`), the browser maps them, so a changed module gets a new URL
 *   without touching the modules that import it;
 * - `modulepreload` links for every module `main.js` imports, directly or not, and for those most
 *   pages import: all are fetched at once instead of one import depth per round trip (150 ms each
 *   on a provincial link);
 * - a preload of `/assets/reference.json`, which `main.js` fetches before anything else.
 * The import map is an inline script: the page's Content-Security-Policy allows it by its hash.
 */
export interface IndexPage {
  html: string;
  /** The page as a file of the table: its hash is the ETag, and it is compressed like the others. */
  asset: WebAsset;
  etag: string;
  /** `'sha256-…'` sources of the inline scripts, for `script-src`. */
  scriptHashes: string[];
}

const ENTRY = '/assets/js/main.js';
/** Static imports and re-exports with a relative specifier (the application's modules use no other). */
const STATIC_IMPORT = /^\s*(?:import|export)\s+(?:[^'";]*?\sfrom\s*)?['"](\.{1,2}\/[^'"]+)['"]/gm;

/** The modules `entry` imports statically, directly or not, in the order met (the entry first). */
export function staticImports(assets: WebAssets, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (path: string) => {
    const asset = assets.get(path);
    if (!asset || seen.has(path)) return;
    seen.add(path);
    for (const [, specifier] of asset.body.toString('utf8').matchAll(STATIC_IMPORT)) visit(new URL(specifier, `http://x${path}`).pathname);
  };
  visit(entry);
  return [...seen];
}

const PAGES = '/assets/js/pages/';

/**
 * The modules most pages import (labels, widgets, forms …) beyond what `main.js` already does: a
 * page's module is only known once the route is, and its imports only once it has arrived, so
 * without these preloads every page would wait for two or three more round trips.
 */
export function commonPageImports(assets: WebAssets, loaded: ReadonlySet<string>): string[] {
  const pages = assets.all().filter((asset) => asset.path.startsWith(PAGES) && asset.path.endsWith('.js'));
  const users = new Map<string, number>();
  for (const page of pages) {
    for (const path of staticImports(assets, page.path)) {
      if (!path.startsWith(PAGES) && !loaded.has(path)) users.set(path, (users.get(path) ?? 0) + 1);
    }
  }
  const enough = Math.max(2, Math.ceil(pages.length / 4));
  return [...users].filter(([, count]) => count >= enough).map(([path]) => path).sort();
}

const ROUTES_MODULE = '/assets/js/routes.js';
/** `{ path: '/tong-quan', … load: () => import('./pages/dashboard.js') }` in routes.js, one route a line. */
const ROUTE = /path:\s*'([^']+)'[^\n]*?import\('\.\/(pages\/[^']+)'\)/g;

export interface ClientRoute {
  path: string;
  module: string;
}

/** The client routes and their page modules, read from routes.js (none when it cannot be read: then nothing is preloaded for a page). */
export function clientRoutes(assets: WebAssets): ClientRoute[] {
  const source = assets.get(ROUTES_MODULE)?.body.toString('utf8') ?? '';
  return [...source.matchAll(ROUTE)].map(([, path, module]) => ({ path, module: `/assets/js/${module}` }));
}

/** The page module of a location, matched as routes.js matches it (same length, most literal segments). */
export function pageModuleFor(routes: readonly ClientRoute[], pathname: string): string | null {
  const segments = pathname.split('?')[0].replace(/\/+$/, '').split('/').filter(Boolean);
  let best: { module: string; score: number } | null = null;
  for (const route of routes) {
    const pattern = route.path.split('/').filter(Boolean);
    if (pattern.length !== segments.length || !pattern.every((part, i) => part.startsWith(':') || part === segments[i])) continue;
    const score = pattern.filter((part) => !part.startsWith(':')).length;
    if (!best || score > best.score) best = { module: route.module, score };
  }
  return best?.module ?? null;
}

/**
 * index.html for each page module: the page asked for is known to the server, so its module, the
 * modules it imports and, on pages with charts, Chart.js are preloaded with the application's own
 * (one round trip instead of three or four after the application has started).
 */
export class IndexPages {
  private readonly routes: ClientRoute[];
  private readonly variants = new Map<string, IndexPage>();

  constructor(
    private readonly source: string,
    private readonly assets: WebAssets,
  ) {
    this.routes = clientRoutes(assets);
  }

  for(url: string): IndexPage {
    const module = pageModuleFor(this.routes, url) ?? '';
    let page = this.variants.get(module);
    if (!page) {
      page = renderIndexPage(this.source, this.assets, module || undefined);
      this.variants.set(module, page);
    }
    return page;
  }
}

const CHARTS = '/assets/js/charts.js';
const CHART_JS = '/assets/vendor/chart.umd.js';

export function renderIndexPage(source: string, assets: WebAssets, pageModule?: string): IndexPage {
  const modules = assets.all().filter((asset) => asset.path.endsWith('.js'));
  const importMap = JSON.stringify({ imports: Object.fromEntries(modules.map((asset) => [asset.path, asset.url])) });
  const entryGraph = staticImports(assets, ENTRY);
  const preload = (path: string) => `<link rel="modulepreload" href="${assets.url(path)}">`;
  const head = [
    `<script type="importmap">${importMap}</script>`,
    assets.get('/assets/reference.json') ? '<link rel="preload" href="/assets/reference.json" as="fetch" crossorigin>' : null,
    ...entryGraph.filter((path) => path !== ENTRY).map(preload),
  ].filter(Boolean);
  const withUrls = source.replace(/\b(src|href)="(\/assets\/[^"?#]+)"/g, (_, attribute: string, path: string) => `${attribute}="${assets.url(path)}"`);
  const at = withUrls.search(/<(link|script)\b/);
  let html = at < 0 ? withUrls : `${withUrls.slice(0, at)}${head.join('\n  ')}\n  ${withUrls.slice(at)}`;
  // The pages' common modules after the entry's script: on six connections they queue behind what starts the application.
  const entryScript = new RegExp(`<script type="module" src="${escapeRegExp(assets.url(ENTRY))}"></script>`);
  const common = commonPageImports(assets, new Set(entryGraph));
  const page = pageModule ? staticImports(assets, pageModule).filter((path) => !entryGraph.includes(path) && !common.includes(path)) : [];
  const later = [...page, ...common].map(preload);
  if (page.includes(CHARTS) && assets.get(CHART_JS)) later.push(`<link rel="preload" href="${assets.url(CHART_JS)}" as="script">`);
  html = entryScript.test(html) ? html.replace(entryScript, (script) => [script, ...later].join('\n  ')) : html;
  const scriptHash = `'sha256-${createHash('sha256').update(`${importMap}`).digest('base64')}'`;
  const asset = new WebAsset('/index.html', Buffer.from(html));
  return { html, asset, etag: `W/"${asset.hash}"`, scriptHashes: [scriptHash] };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
