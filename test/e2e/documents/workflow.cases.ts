import { describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { documentsApp } from './shared-app';
import { appraisal, departmentId, documentAt, registration, step, submission, userId } from '../../support/document-steps';

describe('the incoming-document workflow over HTTP', () => {
  const app = documentsApp;

  const history = async (id: string) => (await app.request('GET', `/api/documents/${id}/history`, { token: await app.login('kiemtoan1') })).body.events as Array<{ type: string; revision: string; prevHash: string; hash: string; actorId: string; actorRole: string; data: Record<string, unknown>; occurredAt: string }>;

  it('carries a document through its whole life, each step by its own role', async () => {
    const registered = await step(app, 'vanthu1', '/api/documents', registration());
    expect(registered.status).toBe(201);
    expect(registered.body).toMatchObject({ id: expect.any(String), revision: '0', incomingNumber: expect.any(Number) });
    const id = registered.body.id;
    const steps: Array<[string, string, unknown]> = [
      ['pho.chanh.vp.kt', 'distribute', { departmentId: departmentId('KT'), direction: 'Giao Phòng Kinh tế chủ trì', dueDate: '2026-12-31' }],
      ['tp.kt', 'assign', { specialistId: userId('cv.kt1') }],
      ['cv.kt1', 'appraise', appraisal()],
      ['cv.kt1', 'submit', submission()],
      ['pho.chanh.vp.kt', 'initial', { agree: true, note: 'Đồng ý trình' }],
      ['pho.chu.tich.kt', 'sign', { decision: 'approved' }],
    ];
    for (const [i, [username, name, body]] of steps.entries()) {
      const result = await step(app, username, `/api/documents/${id}/${name}`, body);
      expect(result.status, `${name}: ${JSON.stringify(result.body)}`).toBe(201);
      expect(result.body).toEqual({ id, revision: String(i + 1), position: expect.any(String) });
    }
    const issued = await step(app, 'vanthu1', `/api/documents/${id}/issue`, { recipients: ['Sở Kế hoạch và Đầu tư', 'Lưu: VT, KT'], copies: 3 });
    expect(issued.status).toBe(201);
    expect(issued.body).toMatchObject({ id, revision: '7', outgoingNumber: expect.any(Number) });
    expect(issued.body.symbol).toMatch(/^\d+\/QĐ-UBND$/);
    const archived = await step(app, 'vanthu1', `/api/documents/${id}/archive`, { fileCode: '05.KT.2026', retention: 10 });
    expect(archived.status).toBe(201);

    const events = await history(id);
    expect(events.map((e) => e.type)).toEqual([
      'DocumentReceived', 'DocumentDistributed', 'DocumentAssigned', 'DocumentAppraised', 'DocumentSubmitted',
      'SubmissionInitialled', 'DocumentSigned', 'DocumentIssued', 'DocumentArchived',
    ]);
    expect(events[0]).toMatchObject({ actorId: userId('vanthu1'), actorRole: 'clerk', prevHash: '0'.repeat(64) });
    for (let i = 1; i < events.length; i++) expect(events[i].prevHash).toBe(events[i - 1].hash);

    const beforeSigning = await app.request('GET', `/api/documents/${id}/state?at=${encodeURIComponent(events[5].occurredAt)}`, { token: await app.login('kiemtoan1') });
    expect(beforeSigning.status).toBe(200);
    expect(beforeSigning.body).toMatchObject({ status: 'initialled', eventsApplied: 6, revision: '5' });
  });

  it('answers 401 without a token and 403 to the wrong role or person', async () => {
    expect((await app.request('POST', '/api/documents', { body: registration() })).status).toBe(401);
    const bySpecialist = await step(app, 'cv.kt1', '/api/documents', registration());
    expect(bySpecialist.status).toBe(403);
    expect(bySpecialist.body.code).toBe('FORBIDDEN');
    const id = await documentAt(app, 'distributed');
    const otherHead = await step(app, 'tp.vx', `/api/documents/${id}/assign`, { specialistId: userId('cv.vx1') });
    expect(otherHead.status).toBe(403);
    expect(otherHead.body.code).toBe('FORBIDDEN');
  });

  it('answers 400 VALIDATION_FAILED naming every bad field, and writes nothing', async () => {
    const { status, body } = await step(app, 'vanthu1', '/api/documents', registration({ urgency: 'soon', source: { agency: '', symbol: 'x', issuedDate: '02/03/2026' }, colour: 'red' }));
    expect(status).toBe(400);
    expect(body.code).toBe('VALIDATION_FAILED');
    const fields = body.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['urgency', 'source.agency', 'source.issuedDate', 'colour']));
    const badId = await step(app, 'pho.chanh.vp.kt', '/api/documents/not-a-uuid/distribute', { departmentId: departmentId('KT'), direction: 'x' });
    expect(badId.status).toBe(400);
    expect(badId.body.details[0].field).toBe('id');
  });

  it('answers 404 for a document that does not exist', async () => {
    const { status, body } = await step(app, 'pho.chanh.vp.kt', '/api/documents/6c1b2f5e-1111-4a7b-9c3d-000000000000/distribute', { departmentId: departmentId('KT'), direction: 'x' });
    expect(status).toBe(404);
    expect(body.code).toBe('NOT_FOUND');
  });

  it('answers 409 WRONG_STATE for a step that does not apply now', async () => {
    const id = await documentAt(app, 'distributed');
    const again = await step(app, 'pho.chanh.vp.kt', `/api/documents/${id}/distribute`, { departmentId: departmentId('KT'), direction: 'Lần hai' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('WRONG_STATE');
  });

  it('answers 422 RULE_VIOLATION with the rule for each broken business rule', async () => {
    const appraised = await documentAt(app, 'appraised');
    const twoLeaders = await step(app, 'cv.kt1', `/api/documents/${appraised}/submit`, { ...submission(), leaderId: [userId('pho.chu.tich.kt'), userId('chu.tich')] });
    expect(twoLeaders.status).toBe(422);
    expect(twoLeaders.body).toMatchObject({ code: 'RULE_VIOLATION', details: { rule: 'ONE_LEADER_PER_SUBMISSION' } });
    const notCompetent = await step(app, 'cv.kt1', `/api/documents/${appraised}/submit`, submission('pho.chu.tich.vx'));
    expect(notCompetent.body).toMatchObject({ statusCode: 422, details: { rule: 'LEADER_NOT_COMPETENT' } });

    const submitted = await documentAt(app, 'submitted');
    const unsigned = await step(app, 'vanthu1', `/api/documents/${submitted}/issue`, { recipients: ['Sở Tài chính'], copies: 1 });
    expect(unsigned.body).toMatchObject({ statusCode: 422, details: { rule: 'NOT_SIGNED' } });
    const uninitialled = await step(app, 'pho.chu.tich.kt', `/api/documents/${submitted}/sign`, { decision: 'approved' });
    expect(uninitialled.body).toMatchObject({ statusCode: 422, details: { rule: 'NOT_INITIALLED' } });
    expect((await history(submitted)).map((e) => e.type).at(-1)).toBe('DocumentSubmitted');
  });

  it('answers a retried request with the same Idempotency-Key with the first response, appending nothing', async () => {
    const headers = { 'Idempotency-Key': 'register-retry-1' };
    const first = await step(app, 'vanthu1', '/api/documents', registration(), headers);
    const retry = await step(app, 'vanthu1', '/api/documents', registration(), headers);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(await history(first.body.id)).toHaveLength(1);

    const distribute = { departmentId: departmentId('KT'), direction: 'Giao Phòng Kinh tế' };
    const once = await step(app, 'pho.chanh.vp.kt', `/api/documents/${first.body.id}/distribute`, distribute, { 'Idempotency-Key': 'distribute-1' });
    const twice = await step(app, 'pho.chanh.vp.kt', `/api/documents/${first.body.id}/distribute`, distribute, { 'Idempotency-Key': 'distribute-1' });
    expect(twice.body).toEqual(once.body);
    expect(await history(first.body.id)).toHaveLength(2);

    const reused = await step(app, 'vanthu1', '/api/documents', registration({ excerpt: 'Khác hẳn' }), headers);
    expect(reused.status).toBe(422);
    expect(reused.body.details.rule).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('refuses a key reused for another step on the same document even when its response was not kept: 422 naming the header, nothing written', async () => {
    const id = await documentAt(app, 'received');
    const key = { 'Idempotency-Key': 'distribute-then-extend' };
    const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    const distribute = { departmentId: departmentId('KT'), direction: 'Giao Phòng Kinh tế', dueDate: day(5) };
    expect((await step(app, 'pho.chanh.vp.kt', `/api/documents/${id}/distribute`, distribute, key)).status).toBe(201);
    // The kept response is lost (the connection dropped while it was saved): only the document's stream knows the key was used.
    await app.platform.dataSource.query('DELETE FROM api_idempotency_records WHERE idempotency_key = $1', [key['Idempotency-Key']]);
    const extended = await step(app, 'pho.chanh.vp.kt', `/api/documents/${id}/extend-deadline`, { newDueDate: day(12), reason: 'Cần thêm ý kiến các sở' }, key);
    expect(extended.body).toMatchObject({ statusCode: 422, code: 'RULE_VIOLATION', details: { rule: 'IDEMPOTENCY_KEY_REUSED', field: 'Idempotency-Key' } });
    expect((await history(id)).map((e) => e.type)).toEqual(['DocumentReceived', 'DocumentDistributed']);
  });

  it('lets exactly one of two concurrent conflicting commands through; the other gets 409 and the stream stays consistent', async () => {
    for (let round = 0; round < 5; round++) {
      const id = await documentAt(app, 'received');
      const [a, b] = await Promise.all(
        ['Giao Phòng Kinh tế (A)', 'Giao Phòng Kinh tế (B)'].map((direction) => step(app, 'pho.chanh.vp.kt', `/api/documents/${id}/distribute`, { departmentId: departmentId('KT'), direction })),
      );
      expect([a.status, b.status].sort()).toEqual([201, 409]);
      const loser = a.status === 409 ? a : b;
      expect(['CONCURRENCY_CONFLICT', 'WRONG_STATE']).toContain(loser.body.code);
      const events = await history(id);
      expect(events.map((e) => e.type)).toEqual(['DocumentReceived', 'DocumentDistributed']);
    }
  });
});
