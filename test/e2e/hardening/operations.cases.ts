import { describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { CONTENT_SECURITY_POLICY } from '../../../apps/api/src/web/web-files';
import { registration, step } from '../../support/document-steps';
import { useTestApp } from '../../support/test-app';

interface LogLine {
  level: string;
  context?: string;
  message: { requestId: string; method: string; route: string | null; status: number; userId: string | null; error?: string | null };
}

/** Issue 18 §7 and §10: headers on every route, health probes, request logs, metrics, OpenAPI. */
describe('hardening: operations', () => {
  const app = useTestApp({ logSink: (line) => lines.push(JSON.parse(line)) });
  const lines: LogLine[] = [];
  const requestLines = () => lines.filter((line) => line.context === 'HTTP');

  it('sends nosniff and Cache-Control: no-store on API answers, JSON and CSV alike', async () => {
    const token = await app.login('vanthu1');
    for (const path of ['/api/documents', '/api/registers/incoming?format=csv', '/api/registers/incoming?series=confidential&format=xlsx']) {
      const { status, headers } = await app.request('GET', path, { token });
      expect(status, path).toBe(200);
      expect(headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(headers.get('cache-control'), path).toBe('no-store');
    }
    const refused = await app.request('GET', '/api/documents');
    expect(refused.status).toBe(401);
    expect(refused.headers.get('cache-control')).toBe('no-store');
  });

  it('protects /api/docs with a CSP and frame denial, and keeps the web application\'s strict CSP', async () => {
    const docs = await fetch(`${app.baseUrl}/api/docs`);
    expect(docs.status).toBe(200);
    expect(docs.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(docs.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(docs.headers.get('x-frame-options')).toBe('DENY');
    const page = await fetch(`${app.baseUrl}/tong-quan`);
    // The strict policy, at most widened by the hashes of the page's own inline scripts (its import map): nothing else inline.
    const pageCsp = page.headers.get('content-security-policy')!;
    expect(pageCsp.replace(/ 'sha256-[A-Za-z0-9+/=]+'/g, '')).toBe(CONTENT_SECURITY_POLICY);
    expect(pageCsp).not.toContain('unsafe-inline');
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('strict-transport-security')).toMatch(/max-age=/);
  });

  it('answers /health/live always and /health/ready only when store, database and projector are up', async () => {
    expect(await app.request('GET', '/health/live')).toMatchObject({ status: 200, body: { status: 'ok' } });
    const ready = await app.request('GET', '/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.checks).toMatchObject({ store: { ok: true }, database: { ok: true }, projector: { ok: true } });
    // Issue 22: the runtime and whether its Node.js line is still supported.
    expect(ready.body.runtime).toMatchObject({ node: process.version, supported: true });
  });

  it('takes the request id from X-Correlation-Id, echoes it, and logs one JSON line per request', async () => {
    const token = await app.login('vanthu1');
    const given = await app.request('GET', '/api/org', { token, headers: { 'X-Correlation-Id': 'probe-42' } });
    expect(given.headers.get('x-correlation-id')).toBe('probe-42');
    const made = await app.request('GET', '/api/org', { token, headers: { 'X-Correlation-Id': 'not a valid id!' } });
    expect(made.headers.get('x-correlation-id')).toMatch(/^[0-9a-f-]{36}$/);
    const mine = requestLines().filter((line) => line.message.requestId === 'probe-42');
    expect(mine).toEqual([{ level: 'log', context: 'HTTP', pid: expect.any(Number), timestamp: expect.any(Number), message: expect.objectContaining({ method: 'GET', route: '/api/org', status: 200, userId: expect.any(String) }) }]);
  });

  it('logs every 5xx at level error with its route, user, request id and error', async () => {
    const token = await app.login('vanthu1');
    await app.platform.dataSource.query('ALTER TABLE rm_document_summaries RENAME TO rm_document_summaries_away');
    try {
      const failed = await app.request('GET', '/api/documents', { token, headers: { 'X-Correlation-Id': 'broken-1' } });
      expect(failed.status).toBe(500);
      expect(failed.body).toMatchObject({ code: 'INTERNAL_ERROR' });
    } finally {
      await app.platform.dataSource.query('ALTER TABLE rm_document_summaries_away RENAME TO rm_document_summaries');
    }
    const line = requestLines().find((l) => l.message.requestId === 'broken-1');
    expect(line).toMatchObject({ level: 'error', message: { route: '/api/documents', status: 500, userId: expect.any(String), error: expect.stringContaining('rm_document_summaries') } });
  });

  it('exposes office_ledger_ metrics: HTTP durations, commands and appends', async () => {
    expect((await step(app, 'vanthu1', '/api/documents', registration())).status).toBe(201);
    const { body } = await app.request('GET', '/metrics');
    const names = new Set((body as string).split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split(/[{ ]/)[0]));
    expect([...names].every((name) => name.startsWith('office_ledger_'))).toBe(true);
    expect(body).toMatch(/office_ledger_http_request_duration_seconds_bucket\{[^}]*route="\/api\/documents"/);
    expect(body).toMatch(/office_ledger_commands_total\{command="\/api\/documents",outcome="accepted"\} 1/);
    expect(body).toMatch(/office_ledger_events_appended_total [1-9]/);
    expect(body).toMatch(/office_ledger_event_store_appends_total\{outcome="ok"\} [1-9]/);
    expect(body).toMatch(/office_ledger_projection_lag_events\{projection="document-summaries.v1"\}/);
  });

  it('describes the error answers of every route in OpenAPI', async () => {
    const { body } = await app.request('GET', '/api/docs-json');
    expect(body.components.schemas.ErrorBody.required).toEqual(['statusCode', 'code', 'message']);
    const operations = Object.values(body.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>).flatMap((item) => Object.values(item));
    expect(operations.length).toBeGreaterThan(20);
    for (const operation of operations) expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['400', '429', '500', '503']));
    expect(body.paths['/api/documents'].get.responses['401'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/ErrorBody' });
  });
});
