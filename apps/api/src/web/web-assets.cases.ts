import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync } from 'node:zlib';
import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { scratchFolders } from '../../../../test/support/scratch-folders';
import { compressedFolder, sweepPartials } from './compressed-bodies';
import { chooseEncoding, fingerprint, fingerprintedPath, HASH_LENGTH, splitFingerprint, WebAsset, WebAssets } from './web-assets';
import { IndexPages, pageModuleFor, renderIndexPage, staticImports } from './web-page';

const scratch = scratchFolders();

function assetsDirectory(files: Record<string, string>): string {
  const directory = scratch('web-assets-');
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(directory, path, '..'), { recursive: true });
    writeFileSync(join(directory, path), content);
  }
  return directory;
}

describe('fingerprinted web assets', () => {
  it('gives a changed file a new URL, and the same content the same URL', () => {
    const before = new WebAsset('/assets/js/dom.js', Buffer.from('export const a = 1;\n'));
    const same = new WebAsset('/assets/js/dom.js', Buffer.from('export const a = 1;\n'));
    const changed = new WebAsset('/assets/js/dom.js', Buffer.from('export const a = 2;\n'));
    expect(before.hash).toHaveLength(HASH_LENGTH);
    expect(before.url).toBe(same.url);
    expect(changed.url).not.toBe(before.url);
    expect(before.url).toBe(`/assets/js/dom.${fingerprint('export const a = 1;\n')}.js`);
  });

  it('keeps the directory, so that relative imports still resolve beside the module', () => {
    expect(fingerprintedPath('/assets/js/pages/audit.js', '0123456789')).toBe('/assets/js/pages/audit.0123456789.js');
    expect(splitFingerprint('/assets/js/pages/audit.0123456789.js')).toEqual({ path: '/assets/js/pages/audit.js', hash: '0123456789' });
    expect(splitFingerprint('/assets/vendor/chart.umd.js')).toEqual({ path: '/assets/vendor/chart.umd.js', hash: null });
  });

  it('finds a file by plain or fingerprinted path; only the current fingerprint may be cached for good', () => {
    const directory = assetsDirectory({ 'js/main.js': "import { h } from './dom.js';\n", 'js/dom.js': 'export const h = 1;\n', 'css/app.css': 'body{}' });
    const assets = WebAssets.load(directory, []);
    const dom = assets.get('/assets/js/dom.js')!;
    expect(assets.resolve(dom.url)).toEqual({ asset: dom, fingerprinted: true });
    expect(assets.resolve('/assets/js/dom.js')).toEqual({ asset: dom, fingerprinted: false });
    expect(assets.resolve('/assets/js/dom.0000000000.js')).toEqual({ asset: dom, fingerprinted: false });
    expect(assets.resolve('/assets/js/missing.js')).toBeNull();
    expect(assets.resolve('/assets/../package.json')).toBeNull();
  });

  it('prefers brotli, then gzip, and honours q=0', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chooseEncoding('gzip')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(chooseEncoding('identity')).toBeNull();
    expect(chooseEncoding(undefined)).toBeNull();
  });

  it('compresses text once per encoding, and leaves images alone', async () => {
    const script = new WebAsset('/assets/js/big.js', Buffer.from('export const text = "văn bản đến";\n'.repeat(200)));
    expect(script.compressible).toBe(true);
    expect(brotliDecompressSync(await script.encodedAs('br')).equals(script.body)).toBe(true);
    expect(gunzipSync(await script.encodedAs('gzip')).equals(script.body)).toBe(true);
    expect(script.encodedAs('br')).toBe(script.encodedAs('br'));
    expect(new WebAsset('/assets/img/logo.png', Buffer.alloc(4096)).compressible).toBe(false);
  });

  it('keeps each compressed body on disk for later starts, and serves a kept one only if it is the file', async () => {
    // Bytes of this test's own (the folder is the run's temporary folder, shared by every file of the run).
    const body = Buffer.from(`export const chart = "biểu đồ ${randomUUID()}";\n`.repeat(500));
    const kept = join(compressedFolder(), `${createHash('sha256').update(body).digest('hex')}.br`);
    const first = await new WebAsset('/assets/vendor/chart.js', body).encodedAs('br');
    expect(readFileSync(kept).equals(first)).toBe(true);
    // Another valid encoding of the same bytes (quality 1) is served as it is: read, not compressed again.
    const quick = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 1 } });
    writeFileSync(kept, quick);
    expect((await new WebAsset('/assets/vendor/chart.js', body).encodedAs('br')).equals(quick)).toBe(true);
    // Someone else's bytes under that name (the folder is shared) are never served, and are replaced.
    writeFileSync(kept, brotliCompressSync(Buffer.from('alert("không phải tệp này")')));
    const again = await new WebAsset('/assets/vendor/chart.js', body).encodedAs('br');
    expect(brotliDecompressSync(again).equals(body)).toBe(true);
    expect(readFileSync(kept).equals(again)).toBe(true);
    rmSync(kept);
  });

  it('sweeps the partial files that a process stopped mid-write left, not one still being written', async () => {
    const folder = compressedFolder();
    mkdirSync(folder, { recursive: true });
    const [abandoned, young, kept] = [`${'a'.repeat(64)}.br.4242.0badf00d`, `${'b'.repeat(64)}.gzip.4242.0badf00d`, `${'c'.repeat(64)}.br`].map((name) => join(folder, name));
    for (const file of [abandoned, young, kept]) writeFileSync(file, 'x');
    const hourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(abandoned, hourAgo, hourAgo);
    utimesSync(kept, hourAgo, hourAgo);
    await sweepPartials();
    expect([abandoned, young, kept].map((file) => existsSync(file))).toEqual([false, true, true]);
    rmSync(young);
    rmSync(kept);
  });

  it('renders index.html with fingerprinted URLs, an import map and the preloads of main.js', () => {
    const directory = assetsDirectory({
      'js/main.js': "import { h } from './dom.js';\nimport { go } from './router.js';\nconst page = () => import('./pages/a.js');\n",
      'js/dom.js': "export { x } from './format.js';\nexport const h = 1;\n",
      'js/format.js': 'export const x = 1;\n',
      'js/router.js': "import { h } from './dom.js';\nexport const go = h;\n",
      'js/pages/a.js': "import { h } from '../dom.js';\n",
      'css/app.css': 'body{}',
    });
    const assets = WebAssets.load(directory, []);
    expect(staticImports(assets, '/assets/js/main.js')).toEqual(['/assets/js/main.js', '/assets/js/dom.js', '/assets/js/format.js', '/assets/js/router.js']);
    const page = renderIndexPage('<head><title>x</title>\n  <link rel="stylesheet" href="/assets/css/app.css">\n  <script type="module" src="/assets/js/main.js"></script></head>', assets);
    const url = (path: string) => assets.get(path)!.url;
    expect(page.html).toContain(`<link rel="stylesheet" href="${url('/assets/css/app.css')}">`);
    expect(page.html).toContain(`<script type="module" src="${url('/assets/js/main.js')}">`);
    expect(page.html).toContain(`<link rel="modulepreload" href="${url('/assets/js/format.js')}">`);
    expect(page.html).not.toContain(`<link rel="modulepreload" href="${url('/assets/js/pages/a.js')}">`);
    const map = JSON.parse(/<script type="importmap">(.*?)<\/script>/.exec(page.html)![1]);
    expect(map.imports['/assets/js/pages/a.js']).toBe(url('/assets/js/pages/a.js'));
    // The map comes before the first stylesheet or script, as browsers require.
    expect(page.html.indexOf('importmap')).toBeLessThan(page.html.indexOf('<link rel="stylesheet"'));
    expect(page.scriptHashes).toHaveLength(1);
    expect(page.scriptHashes[0]).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
  });

  it('preloads the page asked for, and Chart.js only on a page with charts', () => {
    const routes = [
      { path: '/van-ban', module: '/assets/js/pages/documents.js' },
      { path: '/van-ban/dang-ky', module: '/assets/js/pages/register.js' },
      { path: '/van-ban/:id', module: '/assets/js/pages/document.js' },
      { path: '/tong-quan', module: '/assets/js/pages/dashboard.js' },
    ];
    expect(pageModuleFor(routes, '/van-ban/dang-ky')).toBe('/assets/js/pages/register.js');
    expect(pageModuleFor(routes, '/van-ban/1a2b?x=1')).toBe('/assets/js/pages/document.js');
    expect(pageModuleFor(routes, '/van-ban/')).toBe('/assets/js/pages/documents.js');
    expect(pageModuleFor(routes, '/khong-co')).toBeNull();
    const directory = assetsDirectory({
      'js/main.js': "import { ROUTES } from './routes.js';\n",
      'js/routes.js': "export const ROUTES = [\n  { path: '/tong-quan', load: () => import('./pages/dashboard.js') },\n  { path: '/van-ban', load: () => import('./pages/documents.js') },\n];\n",
      'js/charts.js': 'export const draw = 1;\n',
      'js/pages/dashboard.js': "import { draw } from '../charts.js';\n",
      'js/pages/documents.js': 'export const render = 1;\n',
    });
    const vendor = assetsDirectory({ 'chart.umd.js': 'window.Chart = {};\n' });
    const assets = WebAssets.load(directory, [{ directory: vendor, file: 'chart.umd.js' }]);
    const pages = new IndexPages('<head><script type="module" src="/assets/js/main.js"></script></head>', assets);
    const chart = assets.get('/assets/vendor/chart.umd.js')!.url;
    const dashboard = pages.for('/tong-quan').html;
    expect(dashboard).toContain(`<link rel="modulepreload" href="${assets.get('/assets/js/pages/dashboard.js')!.url}">`);
    expect(dashboard).toContain(`<link rel="preload" href="${chart}" as="script">`);
    const documents = pages.for('/van-ban?page=2').html;
    expect(documents).toContain(`<link rel="modulepreload" href="${assets.get('/assets/js/pages/documents.js')!.url}">`);
    expect(documents).not.toContain(chart + '" as="script"');
    expect(pages.for('/van-ban')).toBe(pages.for('/van-ban?page=3'));
    expect(pages.for('/tong-quan').etag).not.toBe(pages.for('/van-ban').etag);
  });
});
