import { ORGANISATION_STREAM } from '@office/domain';
import { describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { departmentId, documentAt, step, submission, userId } from '../../support/document-steps';
import { eventually } from '../../support/onestop-desk';
import { useTestApp } from '../../support/test-app';

/*
 * Issue 17: who was competent for what at a given time is history. A field moves from one
 * vice-chairman to another: a document submitted before the move keeps its leader, one submitted
 * after goes to the new one; a move of the office leader shows in the queues at once; the
 * organisation answers any instant, and every change says who made it and why.
 */
describe('the organisation over time (quản trị: lĩnh vực)', () => {
  const app = useTestApp();
  const moveKhDt = (changes: Record<string, unknown>) => ({
    departmentId: departmentId('KT'), officeLeaderId: userId('pho.chanh.vp.kt'), committeeLeaderId: userId('pho.chu.tich.kt'), reason: 'Quyết định 125/QĐ-UBND phân công lại lĩnh vực', ...changes,
  });
  const assign = (body: unknown) => step(app, 'quantri', '/api/admin/fields/KH-DT/assign', body);
  const khDt = (org: { fields: Array<{ code: string; committeeLeaderId: string; officeLeaderId: string }> }) => org.fields.find((f) => f.code === 'KH-DT')!;

  it('a field moves to another vice-chairman: before the move keeps its leader, after goes to the new one', async () => {
    const before = await documentAt(app, 'submitted');
    const after = await documentAt(app, 'appraised');
    const beforeMove = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));

    const moved = await assign(moveKhDt({ committeeLeaderId: userId('pho.chu.tich.vx') }));
    expect(moved.status, JSON.stringify(moved.body)).toBe(201);
    expect(moved.body).toMatchObject({ id: 'KH-DT', revision: expect.stringMatching(/^\d+$/) });

    const toOld = await step(app, 'cv.kt1', `/api/documents/${after}/submit`, submission('pho.chu.tich.kt'));
    expect(toOld.status).toBe(422);
    expect(toOld.body.details).toMatchObject({ rule: 'LEADER_NOT_COMPETENT' });
    expect((await step(app, 'cv.kt1', `/api/documents/${after}/submit`, submission('pho.chu.tich.vx'))).status).toBe(201);

    // The submission made before the move is still the old leader's to sign.
    expect((await step(app, 'pho.chanh.vp.kt', `/api/documents/${before}/initial`, { agree: true })).status).toBe(201);
    expect((await step(app, 'pho.chu.tich.kt', `/api/documents/${before}/sign`, { decision: 'approved' })).status).toBe(201);

    const then = await app.get('cv.kt1', `/api/org?at=${encodeURIComponent(beforeMove)}`);
    expect(khDt(then.body).committeeLeaderId).toBe(userId('pho.chu.tich.kt'));
    expect(khDt((await app.get('cv.kt1', '/api/org')).body).committeeLeaderId).toBe(userId('pho.chu.tich.vx'));
  });

  it('a new office leader in charge finds the field’s documents in the queue at once', async () => {
    const received = await documentAt(app, 'received');
    const queue = async (username: string) => ((await app.get(username, '/api/me/queue')).body.items as Array<{ id: string }>).map((item) => item.id);
    await eventually(() => queue('pho.chanh.vp.kt'), (ids) => ids.includes(received));
    expect(await queue('pho.chanh.vp.vx')).not.toContain(received);

    const moved = await assign(moveKhDt({ committeeLeaderId: userId('pho.chu.tich.vx'), officeLeaderId: userId('pho.chanh.vp.vx') }));
    expect(moved.status, JSON.stringify(moved.body)).toBe(201);
    expect(await queue('pho.chanh.vp.vx')).toContain(received);
    expect(await queue('pho.chanh.vp.kt')).not.toContain(received);
    // …and the decision follows: the former office leader may no longer distribute it.
    const distribute = { departmentId: departmentId('KT'), direction: 'Giao Phòng Kinh tế chủ trì' };
    expect((await step(app, 'pho.chanh.vp.kt', `/api/documents/${received}/distribute`, distribute)).status).toBe(403);
    expect((await step(app, 'pho.chanh.vp.vx', `/api/documents/${received}/distribute`, distribute)).status).toBe(201);
  });

  it('keeps each change with who made it, why, and its period; auditors read it, others do not', async () => {
    const history = await app.get('kiemtoan1', '/api/org/history?kind=field&key=KH-DT');
    expect(history.status).toBe(200);
    const [latest, previous, created] = history.body.items;
    expect(latest).toMatchObject({ type: 'FieldAssigned', subjectName: 'Kế hoạch và Đầu tư', actor: { id: userId('quantri'), name: 'Quách Minh Khoa' }, reason: 'Quyết định 125/QĐ-UBND phân công lại lĩnh vực', validTo: null });
    expect(previous.validTo).toBe(latest.validFrom);
    expect(created).toMatchObject({ type: 'FieldCreated', validFrom: '2020-01-01T00:00:00.000Z', snapshot: { committeeLeaderId: userId('pho.chu.tich.kt') } });
    expect((await app.get('cv.kt1', '/api/org/history')).status).toBe(403);
  });

  it('refuses a move without a reason, into the future, before the last change, or to someone of the wrong rank', async () => {
    expect((await assign(moveKhDt({ reason: undefined }))).status).toBe(400);
    const refusal = async (body: unknown) => (await assign(body)).body.details;
    expect(await refusal(moveKhDt({ effectiveFrom: '2099-01-01T00:00:00Z' }))).toMatchObject({ rule: 'EFFECTIVE_IN_FUTURE', field: 'effectiveFrom' });
    expect(await refusal(moveKhDt({ effectiveFrom: '2021-01-01T00:00:00Z' }))).toMatchObject({ rule: 'EFFECTIVE_BEFORE_LAST_CHANGE' });
    expect(await refusal(moveKhDt({ committeeLeaderId: userId('tp.kt') }))).toMatchObject({ rule: 'NOT_A_COMMITTEE_LEADER', field: 'committeeLeaderId' });
    expect((await step(app, 'chanh.vp', '/api/admin/fields/KH-DT/assign', moveKhDt({})))).toMatchObject({ status: 403 });
  });

  it('writes every change as an event of the stream organisation, the demo seed included', async () => {
    const events = await app.platform.eventStore.readStream(ORGANISATION_STREAM);
    expect(events.filter((e) => e.type === 'UserCreated')).toHaveLength(24);
    expect(events.filter((e) => e.type === 'FieldAssigned').map((e) => e.metadata.actorId)).toEqual([userId('quantri'), userId('quantri')]);
  });
});
