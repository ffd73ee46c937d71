import { brotliDecompressSync } from 'node:zlib';
import { describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { webApp as app } from './shared-app';

/** How the API serves the web application at `/` without shadowing the API or operations. */
describe('serving the web application', () => {
  it('answers index.html for client routes, with a strict content security policy', async () => {
    for (const path of ['/', '/dang-nhap', '/tong-quan', '/van-ban/00000000-0000-4000-8000-000000000001', '/kiem-toan?x=1']) {
      const response = await app.request('GET', path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.body).toContain('<html lang="vi">');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    }
  });

  it('serves the assets and Chart.js from node_modules, and nothing else from there', async () => {
    const css = await app.request('GET', '/assets/css/app.css');
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
    const script = await app.request('GET', '/assets/js/main.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    const chart = await app.request('GET', '/assets/vendor/chart.umd.js');
    expect(chart.status).toBe(200);
    expect(String(chart.body)).toContain('Chart');
    expect((await app.request('GET', '/assets/vendor/chart.cjs')).status).toBe(404);
    expect((await app.request('GET', '/assets/vendor/../../package.json')).status).toBe(404);
    expect((await app.request('GET', '/assets/missing.js')).status).toBe(404);
    expect((await app.request('GET', '/favicon.ico')).status).toBe(404);
  });

  it('names fingerprinted files in index.html, cached for a year; index.html itself is revalidated', async () => {
    const page = await app.request('GET', '/tong-quan');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const html = String(page.body);
    const script = /<script type="module" src="(\/assets\/js\/main\.[0-9a-f]{10}\.js)">/.exec(html)?.[1];
    const css = /href="(\/assets\/css\/app\.[0-9a-f]{10}\.css)"/.exec(html)?.[1];
    expect(script && css).toBeTruthy();
    const map = JSON.parse(/<script type="importmap">(.*?)<\/script>/.exec(html)![1]);
    expect(map.imports['/assets/js/dom.js']).toMatch(/^\/assets\/js\/dom\.[0-9a-f]{10}\.js$/);
    expect(map.imports['/assets/vendor/chart.umd.js']).toMatch(/^\/assets\/vendor\/chart\.umd\.[0-9a-f]{10}\.js$/);
    // The inline import map is the one inline script the policy allows, by its hash.
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self' 'sha256-[^']+'/);
    for (const url of [script!, css!, map.imports['/assets/js/pages/dashboard.js']]) {
      const answer = await app.request('GET', url);
      expect(answer.status, url).toBe(200);
      expect(answer.headers.get('cache-control'), url).toBe('public, max-age=31536000, immutable');
    }
    const plain = await app.request('GET', '/assets/js/main.js');
    expect(plain.headers.get('cache-control')).toBe('no-cache');
    const again = await app.request('GET', '/assets/js/main.js', { headers: { 'if-none-match': plain.headers.get('etag')! } });
    expect(again.status).toBe(304);
    const revalidated = await app.request('GET', '/tong-quan', { headers: { 'if-none-match': page.headers.get('etag')! } });
    expect(revalidated.status).toBe(304);
    // An outdated fingerprint (a page of the previous release) still gets the file, but not for a year.
    const outdated = await app.request('GET', '/assets/js/main.0000000000.js');
    expect(outdated.status).toBe(200);
    expect(outdated.headers.get('cache-control')).toBe('no-cache');
  });

  it('compresses text with brotli or gzip as the browser accepts it', async () => {
    const url = /<script type="importmap">(.*?)<\/script>/.exec(String((await app.request('GET', '/')).body))![1];
    const chart = JSON.parse(url).imports['/assets/vendor/chart.umd.js'];
    const response = await fetch(app.baseUrl + chart, { headers: { 'accept-encoding': 'br' } });
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('vary')).toMatch(/accept-encoding/i);
    // fetch() decodes what it announced; the bytes on the wire are what brotli made of it.
    const raw = await new Promise<Buffer>((resolve, reject) => {
      void import('node:http').then(({ get }) =>
        get(app.baseUrl + chart, { headers: { 'accept-encoding': 'br' } }, (answer) => {
          const chunks: Buffer[] = [];
          answer.on('data', (chunk: Buffer) => chunks.push(chunk)).on('end', () => resolve(Buffer.concat(chunks))).on('error', reject);
        }).on('error', reject),
      );
    });
    const plain = brotliDecompressSync(raw);
    expect(raw.length).toBeLessThan(plain.length / 2);
    expect(plain.toString('utf8')).toContain('Chart');
    const gzip = await fetch(`${app.baseUrl}/assets/css/app.css`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    const page = await fetch(`${app.baseUrl}/van-ban`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(page.headers.get('content-encoding')).toBe('br');
    expect(await page.text()).toContain('<html lang="vi">');
    const none = await fetch(`${app.baseUrl}/assets/css/app.css`, { headers: { 'accept-encoding': 'identity' } });
    expect(none.headers.get('content-encoding')).toBeNull();
  });

  it('shares labels and the working calendar with the domain', async () => {
    const { status, body } = await app.request('GET', '/assets/reference.json');
    expect(status).toBe(200);
    expect(body.statusLabels.issued).toBe('Đã phát hành');
    expect(body.commandLabels.distribute).toBe('Phân phối');
    expect(body.calendar.years.map((y: { year: number }) => y.year)).toContain(2026);
  });

  it('never shadows the API, its documentation, health or metrics', async () => {
    const unknown = await app.request('GET', '/api/no-such-thing');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
    expect((await app.request('GET', '/api/documents')).status).toBe(401);
    expect((await app.request('GET', '/api/docs')).headers.get('content-type')).toMatch(/text\/html/);
    expect(String((await app.request('GET', '/api/docs')).body)).toContain('swagger');
    expect((await app.request('GET', '/metrics')).status).toBe(200);
    expect([200, 503]).toContain((await app.request('GET', '/health')).status);
    expect((await app.request('GET', '/health/x')).status).toBe(404);
    const openApi = await app.request('GET', '/api/docs-json');
    if (openApi.status === 200) expect(Object.keys(openApi.body.paths).some((p) => p.startsWith('/assets') || p === '/{*}' || p === '/*')).toBe(false);
  });
});
