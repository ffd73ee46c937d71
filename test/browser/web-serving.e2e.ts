import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app';

/** How the API serves the web application at `/` without shadowing the API or operations. */
describe('serving the web application', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app?.close();
  });

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
