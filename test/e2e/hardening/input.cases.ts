import { describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { registration, step } from '../../support/document-steps';
import { useTestApp } from '../../support/test-app';

/** `{"a":{"a":…}}` nested `depth` levels: under 1 MB, and a stack overflow in validation before the fix. */
const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

/**
 * Issue 18 §4, §5, §8: hostile or careless input is refused with 400 VALIDATION_FAILED naming
 * the field, before any number is taken or anything appended.
 */
describe('hardening: input refused cleanly', () => {
  const app = useTestApp();
  // Events in the log, counted in the table: the readable head can lag behind an open transaction of another test file.
  const head = async () => String((await app.platform.dataSource.query('SELECT count(*)::int AS n FROM event_store.events'))[0].n);

  it('refuses JSON nested 10,000 levels deep with 400, on login and on a command', async () => {
    const login = await app.request('POST', '/api/auth/login', { body: nested(10_000) });
    expect(login.status).toBe(400);
    expect(login.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED', details: [{ field: expect.stringMatching(/^a(\.a)*$/), message: expect.any(String) }] });
    const command = await app.request('POST', '/api/documents', { token: await app.login('vanthu1'), body: nested(10_000) });
    expect(command.status).toBe(400);
  });

  it('refuses a NUL byte in a username, and in a search, naming the field', async () => {
    const login = await app.request('POST', '/api/auth/login', { body: { username: 'vanthu1\u0000', password: 'demo' } });
    expect(login.status).toBe(400);
    expect(login.body.details).toEqual([{ field: 'username', message: expect.any(String) }]);
    const search = await app.request('GET', '/api/documents?q=%00', { token: await app.login('vanthu1') });
    expect(search.status).toBe(400);
    expect(search.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'q' }] });
  });

  it('refuses NUL and control characters (BEL, ESC, BS, DEL) in a registration naming each field: no number taken, nothing appended', async () => {
    const before = await head();
    const refused = await Promise.all(
      ['\u0000', '\u0007', '\u001b', '\b', '\u007f'].map((control) =>
        step(app, 'vanthu1', '/api/documents', registration({ excerpt: `Về việc${control}`, source: { ...registration().source, agency: `Sở${control}` } })),
      ),
    );
    for (const { status, body } of refused) {
      expect(status).toBe(400);
      expect(body.details.map((d: { field: string }) => d.field).sort()).toEqual(['excerpt', 'source.agency']);
      expect(JSON.stringify(body)).not.toContain('jsonb');
    }
    expect(await head()).toBe(before);
  });

  it('answers 400 naming the field for whitespace-only text, an impossible date, an over-long Idempotency-Key', async () => {
    const before = await head();
    const blank = await step(app, 'vanthu1', '/api/documents', registration({ source: { ...registration().source, agency: '   ' } }));
    expect(blank.status).toBe(400);
    expect(blank.body.details).toEqual([{ field: 'source.agency', message: expect.any(String) }]);
    const impossible = await step(app, 'vanthu1', '/api/documents', registration({ source: { ...registration().source, issuedDate: '2026-02-30' } }));
    expect(impossible.status).toBe(400);
    expect(impossible.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'source.issuedDate' }] });
    const longKey = await step(app, 'vanthu1', '/api/documents', registration(), { 'Idempotency-Key': 'k'.repeat(201) });
    expect(longKey.status).toBe(400);
    expect(longKey.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'Idempotency-Key' }] });
    const auditor = await app.login('kiemtoan1');
    const impossibleDay = await app.request('GET', '/api/audit/access-log?from=2026-02-30', { token: auditor });
    expect(impossibleDay.status).toBe(400);
    expect(impossibleDay.body.details).toEqual([{ field: 'from', message: expect.any(String) }]);
    expect(await head()).toBe(before);
  });

  // After the refusals: a registration appends more once answered (the number's confirmation), which would move the head under them.
  it('keeps tabs and line breaks in multi-line text (refused in one-line fields), and the first registration after the refusals takes number 1', async () => {
    const accepted = await step(app, 'vanthu1', '/api/documents', registration({ excerpt: 'Về việc A\n\tdòng hai\r\ndòng ba' }));
    expect(accepted.status).toBe(201);
    expect(accepted.body.incomingNumber).toBe(1);
    const history = await app.request('GET', `/api/documents/${accepted.body.id}/history`, { token: await app.login('vanthu1') });
    expect(history.body.events[0].data.excerpt).toBe('Về việc A\n\tdòng hai\r\ndòng ba');
    const brokenName = await step(app, 'vanthu1', '/api/documents', registration({ source: { ...registration().source, agency: 'Sở Kế hoạch\nvà Đầu tư' } }));
    expect(brokenName.status).toBe(400);
    expect(brokenName.body.details).toEqual([{ field: 'source.agency', message: expect.stringContaining('một dòng') }]);
  });

  it('validates the body of POST /api/audit/digests: nothing or {} only', async () => {
    const token = await app.login('quantri');
    for (const body of ['{"extra":1}', '[]', 'null', '"text"']) {
      const refused = await app.request('POST', '/api/audit/digests', { token, body });
      expect(refused.status, body).toBe(400);
      expect(refused.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'body' }] });
    }
    const text = await fetch(`${app.baseUrl}/api/audit/digests`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'text/plain' }, body: 'publish' });
    expect(text.status).toBe(400);
    expect((await app.request('POST', '/api/audit/digests', { token, body: {} })).status).toBe(201);
    expect((await app.request('POST', '/api/audit/digests', { token })).status).toBe(201);
  });

  it('answers 404 for the verification of a stream that does not exist', async () => {
    const { status, body } = await app.request('GET', '/api/audit/verify?stream=document-00000000-0000-0000-0000-000000000000', { token: await app.login('kiemtoan1') });
    expect(status).toBe(404);
    expect(body.code).toBe('NOT_FOUND');
  });
});
