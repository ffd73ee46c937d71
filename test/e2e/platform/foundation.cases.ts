import { describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { useTestApp } from '../../support/test-app';

describe('foundation over HTTP', () => {
  const app = useTestApp();

  it('reports health 200 when store, database and projector are up', async () => {
    const { status, body } = await app.request('GET', '/health');
    expect(status).toBe(200);
    expect(body.status).toBe('ok');
    expect(body.checks.store.ok && body.checks.database.ok && body.checks.projector.ok).toBe(true);
  });

  it('logs a demo user in and returns the organisation of DOMAIN.md', async () => {
    const token = await app.login('vanthu1');
    const { status, body } = await app.request('GET', '/api/org', { token });
    expect(status).toBe(200);
    expect(body.departments.map((d: { code: string }) => d.code).sort()).toEqual(['HCTC', 'KT', 'NC', 'TH', 'VX']);
    expect(body.users).toHaveLength(24);
    const clerk = body.users.find((u: { username: string }) => u.username === 'vanthu1');
    expect(clerk).toMatchObject({ roles: ['clerk'], fullName: expect.any(String) });
    expect(clerk.passwordHash).toBeUndefined();
    const kt = body.fields.find((f: { code: string }) => f.code === 'KH-DT');
    expect(kt.officeLeaderId).toBe(body.users.find((u: { username: string }) => u.username === 'pho.chanh.vp.kt').id);
  });

  it('refuses a wrong password with 401 UNAUTHENTICATED, the same as an unknown user', async () => {
    const wrong = await app.request('POST', '/api/auth/login', { body: { username: 'vanthu1', password: 'nope' } });
    const unknown = await app.request('POST', '/api/auth/login', { body: { username: 'nobody', password: 'demo' } });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toMatchObject({ statusCode: 401, code: 'UNAUTHENTICATED' });
    expect(unknown.body.message).toBe(wrong.body.message);
  });

  it('needs a bearer token on /api', async () => {
    expect((await app.request('GET', '/api/org')).body).toMatchObject({ statusCode: 401, code: 'UNAUTHENTICATED' });
    expect((await app.request('GET', '/api/org', { token: 'not-a-jwt' })).status).toBe(401);
  });

  it('names the field and the rule of bad input, and refuses unknown fields', async () => {
    const { status, body } = await app.request('POST', '/api/auth/login', { body: { username: '', extra: 1 } });
    expect(status).toBe(400);
    expect(body.code).toBe('VALIDATION_FAILED');
    const fields = body.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['username', 'password', 'extra']));
  });

  it('answers malformed JSON with 400 VALIDATION_FAILED and unknown routes with 404 NOT_FOUND', async () => {
    const malformed = await app.request('POST', '/api/auth/login', { body: '{"username":' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('VALIDATION_FAILED');
    const token = await app.login('kiemtoan1');
    const missing = await app.request('GET', '/api/nothing-here', { token });
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('NOT_FOUND');
  });

  it('serves OpenAPI and Prometheus metrics', async () => {
    const docs = await app.request('GET', '/api/docs-json');
    expect(docs.status).toBe(200);
    expect(docs.body.paths['/api/auth/login']).toBeDefined();
    const metrics = await app.request('GET', '/metrics');
    expect(metrics.status).toBe(200);
    expect(typeof metrics.body).toBe('string');
  });
});
