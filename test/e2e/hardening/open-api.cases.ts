import { beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { registration } from '../../support/document-steps';
import { mismatchesOf, operationsOf, undocumentedOperations, type OpenApiDocument } from '../../support/open-api-check';
import { departmentId, PROCEDURE, reception, startOnestopApp } from '../../support/onestop-desk';
import { useTestApp } from '../../support/test-app';

/** Issue 18 §10: every route's success answer is described in OpenAPI, and the descriptions hold against real answers. */
describe('OpenAPI: success answers', () => {
  const app = useTestApp({}, startOnestopApp);
  let document: OpenApiDocument;
  beforeAll(async () => {
    document = (await app.request('GET', '/api/docs-json')).body;
  });

  it('gives every operation a summary and a 2xx answer with a schema or a file type', () => {
    const operations = operationsOf(document);
    expect(operations.length).toBeGreaterThan(100);
    const missing = undocumentedOperations(document);
    console.log(`${operations.length} operations, ${operations.length - missing.length} with a summary and a described 2xx answer`);
    // One line per operation, so that a route added without its description is named at once.
    expect(missing, `operations lacking a summary or a described 2xx answer:\n${missing.join('\n')}\n`).toEqual([]);
  });

  it('declares the file types of downloads beside or instead of JSON', () => {
    const types = (path: string) => Object.keys(document.paths[path].get.responses['200'].content ?? {}).sort();
    expect(types('/api/iso/evidence')).toEqual(['application/zip']);
    expect(types('/api/dossiers/{id}/forms/{form}')).toEqual(['application/pdf']);
    expect(types('/api/registers/incoming')).toEqual(['application/json', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv']);
    expect(types('/metrics')).toEqual(['text/plain']);
  });

  /** The answer of `method path` checked against the schema of its documented 2xx status. */
  function expectDescribed(method: string, route: string, answer: { status: number; body: unknown }): void {
    const problems = mismatchesOf(document, method, route, answer.status, answer.body);
    expect(problems, `${method.toUpperCase()} ${route} → ${answer.status} ${JSON.stringify(answer.body).slice(0, 400)}`).toEqual([]);
  }

  it('describes the real answers of login, a registration, the document list, one document and its history', async () => {
    const login = await app.request('POST', '/api/auth/login', { body: { username: 'vanthu1', password: 'demo' } });
    expectDescribed('post', '/api/auth/login', login);
    const token = login.body.accessToken as string;
    const created = await app.request('POST', '/api/documents', { token, body: registration() });
    expectDescribed('post', '/api/documents', created);
    // The read model's answer once the projector has the registration: a list with an item to check.
    // The log table's last position: the readable head may stop short of it while another transaction is open.
    const wait = `minPosition=${(await app.platform.dataSource.query('SELECT max(position)::text AS p FROM event_store.events'))[0].p}`;
    const list = await app.request('GET', `/api/documents?${wait}`, { token });
    expect(list.body.items).toHaveLength(1);
    expectDescribed('get', '/api/documents', list);
    const one = await app.request('GET', `/api/documents/${created.body.id}?${wait}`, { token });
    expectDescribed('get', '/api/documents/{id}', one);
    // The check itself sees a field missing, of another type or format, or not described.
    const { excerpt: _excerpt, ...withoutExcerpt } = one.body;
    const wrong = mismatchesOf(document, 'get', '/api/documents/{id}', 200, { ...withoutExcerpt, incomingNumber: '1', receivedAt: '05/03/2026', surprise: true });
    expect(wrong.sort()).toEqual(['$.excerpt: required, missing', '$.incomingNumber: string, documented integer', '$.receivedAt: "05/03/2026" is not a date-time', '$.surprise: answered, not documented']);
    expectDescribed('get', '/api/documents/{id}/history', await app.request('GET', `/api/documents/${created.body.id}/history`, { token }));
    expectDescribed('get', '/api/me/queue', await app.request('GET', '/api/me/queue', { token }));
    expectDescribed('get', '/api/org', await app.request('GET', '/api/org', { token }));
  });

  it('describes the real answers of a received dossier, its summary, the catalogue and the public lookup', async () => {
    const token = await app.login('motcua1');
    expectDescribed('get', '/api/procedures', await app.request('GET', '/api/procedures', { token }));
    expectDescribed('get', '/api/procedures/{code}', await app.request('GET', `/api/procedures/${PROCEDURE.code}`, { token }));
    const received = await app.request('POST', '/api/dossiers', { token, body: reception() });
    expectDescribed('post', '/api/dossiers', received);
    const transferred = await app.request('POST', `/api/dossiers/${received.body.id}/transfer`, { token, body: { toUnit: departmentId('KT') } });
    expectDescribed('post', '/api/dossiers/{id}/transfer', transferred);
    // The log table's last position: the readable head may stop short of it while another transaction is open.
    const wait = `minPosition=${(await app.platform.dataSource.query('SELECT max(position)::text AS p FROM event_store.events'))[0].p}`;
    expectDescribed('get', '/api/dossiers/{id}', await app.request('GET', `/api/dossiers/${received.body.id}?${wait}`, { token }));
    expectDescribed('get', '/api/dossiers', await app.request('GET', `/api/dossiers?${wait}`, { token }));
    expectDescribed('get', '/api/onestop/queue', await app.request('GET', '/api/onestop/queue', { token }));
    expectDescribed('get', '/api/public/dossiers/{code}', await app.request('GET', `/api/public/dossiers/${received.body.code}?pin=${received.body.pin}`));
  });

  it('describes the real answers of the audit and statistics reads', async () => {
    const auditor = await app.login('kiemtoan1');
    expectDescribed('get', '/api/audit/verify', await app.request('GET', '/api/audit/verify', { token: auditor }));
    const leader = await app.login('chanh.vp');
    expectDescribed('get', '/api/stats/briefing', await app.request('GET', '/api/stats/briefing', { token: leader }));
    expectDescribed('get', '/health/ready', await app.request('GET', '/health/ready'));
  });
});
