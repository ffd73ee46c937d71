import { join } from 'node:path';
import { beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { mismatchesOf, type OpenApiDocument } from '../../support/open-api-check';
import { departmentId, reception, startOnestopApp } from '../../support/onestop-desk';
import { useTestApp } from '../../support/test-app';

interface Operation {
  parameters?: Array<{ name: string; in: string }>;
  responses: Record<string, { content?: Record<string, { schema?: { $ref?: string; properties?: Record<string, unknown> } }> }>;
}

/**
 * Read-your-writes, one rule (README "How it is built"): every write answers `position`,
 * the log position of the last event it appended, and every read-model route takes it back as
 * `minPosition` and waits for it; the web sends it on exactly those routes (read-model-routes.js).
 */
describe('read-your-writes', () => {
  const app = useTestApp({}, startOnestopApp);
  let document: OpenApiDocument & { paths: Record<string, Record<string, Operation>> };
  beforeAll(async () => {
    document = (await app.request('GET', '/api/docs-json')).body;
  });

  const gets = () => Object.entries(document.paths).filter(([, item]) => item.get).map(([path, item]) => ({ path, operation: item.get }));
  const takesMinPosition = (operation: Operation) => (operation.parameters ?? []).some((p) => p.in === 'query' && p.name === 'minPosition');

  it('the web sends minPosition on exactly the routes that take it, and every read-model answer takes it', async () => {
    const { READ_MODEL_ROUTES } = (await import(join(process.cwd(), 'apps/web/assets/js/read-model-routes.js'))) as { READ_MODEL_ROUTES: string[] };
    const taking = gets().filter(({ operation }) => takesMinPosition(operation)).map(({ path }) => path).sort();
    expect([...READ_MODEL_ROUTES].sort(), 'apps/web/assets/js/read-model-routes.js must list the GET routes declaring minPosition').toEqual(taking);
    // A route answering `projectedPosition` reads a read model: it must wait for `minPosition` (API.md).
    const schemas = document.components?.schemas ?? {};
    const projected = gets().filter(({ operation }) => {
      const schema = operation.responses['200']?.content?.['application/json']?.schema;
      const resolved = schema?.$ref ? schemas[schema.$ref.replace('#/components/schemas/', '')] : schema;
      return resolved?.properties?.projectedPosition !== undefined;
    });
    expect(projected.length).toBeGreaterThan(50);
    expect(projected.filter(({ operation }) => !takesMinPosition(operation)).map(({ path }) => path)).toEqual([]);
    // The web's patterns match no other route (a fixed path beside a `{param}` one, such as /api/procedures/export).
    const patterns = READ_MODEL_ROUTES.map((route) => new RegExp(`^${route.replace(/\{[^}]+\}/g, '[^/]+')}$`));
    const others = gets().filter(({ operation }) => !takesMinPosition(operation)).map(({ path }) => path.replace(/\{[^}]+\}/g, 'x'));
    expect(others.filter((path) => patterns.some((pattern) => pattern.test(path)))).toEqual([]);
  });

  it('a registered dossier answers its position, and the desk’s list read at once with it includes the dossier', async () => {
    const token = await app.login('motcua1');
    const received = await app.request('POST', '/api/dossiers', { token, body: reception(), headers: { 'idempotency-key': 'ryw-receive' } });
    expect(received.status).toBe(201);
    expect(mismatchesOf(document, 'post', '/api/dossiers', 201, received.body)).toEqual([]);
    const history = await app.request('GET', `/api/dossiers/${received.body.id}/history`, { token });
    expect(received.body.position).toBe(history.body.events.at(-1).position);
    const [list, queue] = await Promise.all([
      app.request('GET', `/api/dossiers?minPosition=${received.body.position}`, { token }),
      app.request('GET', `/api/onestop/queue?minPosition=${received.body.position}`, { token }),
    ]);
    expect(BigInt(list.body.projectedPosition)).toBeGreaterThanOrEqual(BigInt(received.body.position));
    expect(list.body.items.map((item: { id: string }) => item.id)).toContain(received.body.id);
    expect(queue.body.items.map((item: { id: string }) => item.id)).toContain(received.body.id);

    // The next step's answer is later in the log; a retry of the first answers its position again.
    const transferred = await app.request('POST', `/api/dossiers/${received.body.id}/transfer`, { token, body: { toUnit: departmentId('KT') } });
    expect(BigInt(transferred.body.position)).toBeGreaterThan(BigInt(received.body.position));
    const retried = await app.request('POST', '/api/dossiers', { token, body: reception(), headers: { 'idempotency-key': 'ryw-receive' } });
    expect(retried.body).toEqual(received.body);
    // Without the kept answer, the handler answers from the events it finds: the same position.
    await app.platform.dataSource.query(`DELETE FROM api_idempotency_records WHERE idempotency_key = 'ryw-receive'`);
    const replayed = await app.request('POST', '/api/dossiers', { token, body: reception(), headers: { 'idempotency-key': 'ryw-receive' } });
    expect([replayed.headers.get('idempotent-replay'), replayed.body]).toEqual([null, received.body]);
    const summary = await app.request('GET', `/api/dossiers/${received.body.id}?minPosition=${transferred.body.position}`, { token });
    expect(summary.body.status).not.toBe('received');
  });

  it('a write that appends nothing answers position null; reads and writes outside the pipeline answer none', async () => {
    const token = await app.login('motcua1');
    const filter = { query: 'overdue=true' };
    const first = await app.request('PUT', '/api/me/saved-filters/documents', { token, body: { name: 'Mới nhận', ...filter } });
    expect(first.body).toMatchObject({ changed: true, position: expect.stringMatching(/^\d+$/) });
    const same = await app.request('PUT', '/api/me/saved-filters/documents', { token, body: { name: 'Mới nhận', ...filter } });
    expect(same.body).toMatchObject({ changed: false, position: null });
    const login = await app.request('POST', '/api/auth/login', { body: { username: 'motcua1', password: 'demo' } });
    expect(login.body).not.toHaveProperty('position');
  });
});
