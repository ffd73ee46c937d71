import { beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { localDateOf, VIETNAM_CALENDAR } from '@office/domain';
import { appraisal, departmentId, registration, step, submission, userId } from '../../support/document-steps';
import { mismatchesOf, type OpenApiDocument } from '../../support/open-api-check';
import { useTestApp } from '../../support/test-app';

/*
 * Issue 16, points 5 and 6 over HTTP with the real projector: a leader distributes to one lead
 * department and, for information (để biết), to another department and a person; they read it
 * (a confidential one too: the person named and the head of the department named), it is never in
 * their queue or counters, and the incoming register's recipient column names them. Then the
 * clerk's queue shows the deadline of the clerk's own step only, and the submit clock stands
 * still while a supplement is awaited, restarting in full when it arrives.
 */
describe('distribution for information, the clerk’s queue, the paused submit clock', () => {
  const app = useTestApp({ clock: () => now });
  // The API's clock: moved forward by the tests to let deadlines pass.
  let now = new Date();
  const today = () => localDateOf(now);
  const TOLD = { departmentIds: [departmentId('VX')], userIds: [userId('cv.nc1')] };
  const ids: Record<string, string> = {};

  const caughtUp = async () => (await app.platform.dataSource.query('SELECT coalesce(max(position), 0)::text AS p FROM event_store.events'))[0].p as string;
  async function get(username: string, path: string) {
    return app.request('GET', `${path}${path.includes('?') ? '&' : '?'}minPosition=${await caughtUp()}`, { token: await app.login(username) });
  }
  async function ok(username: string, path: string, body: unknown) {
    const answer = await step(app, username, path, body);
    expect(answer.status, `${path}: ${JSON.stringify(answer.body)}`).toBe(201);
    return answer.body;
  }
  async function register(overrides: Record<string, unknown>) {
    return (await ok('vanthu1', '/api/documents', registration(overrides))).id as string;
  }
  const distribute = (id: string, body: Record<string, unknown> = {}) =>
    ok('pho.chanh.vp.kt', `/api/documents/${id}/distribute`, { departmentId: departmentId('KT'), direction: 'Giao Phòng Kinh tế chủ trì tham mưu', ...body });
  const queueOf = async (username: string) => (await get(username, '/api/me/queue')).body.items as Array<{ id: string; action: string; stepDue: string | null; stepOverdue: boolean; nextDue: string | null; overdue: boolean; deadlines: Record<string, { state: string; due: string }> }>;
  const toldList = async (username: string) => ((await get(username, '/api/documents?forInformation=me&pageSize=200')).body.items as Array<{ id: string }>).map((i) => i.id).sort();

  beforeAll(async () => {
    ids.normal = await register({ excerpt: 'Về việc chuẩn bị hội nghị xúc tiến đầu tư — để biết' });
    ids.secret = await register({ excerpt: 'Về phương án bảo đảm an ninh dự án — để biết', confidentiality: 'confidential', source: { agency: 'Công an tỉnh', symbol: '21/CAT', issuedDate: today() } });
    for (const id of [ids.normal, ids.secret]) await distribute(id, { forInformation: TOLD });
  }, 120_000);

  it('refuses the lead department as a reader, and malformed ids, naming the field and rule', async () => {
    const id = await register({ excerpt: 'Văn bản thử quy tắc để biết' });
    const lead = await step(app, 'pho.chanh.vp.kt', `/api/documents/${id}/distribute`, { departmentId: departmentId('KT'), direction: 'Giao KT', forInformation: { departmentIds: [departmentId('KT')] } });
    expect(lead.status).toBe(422);
    expect(lead.body).toMatchObject({ code: 'RULE_VIOLATION', details: { rule: 'LEAD_DEPARTMENT_FOR_INFORMATION', field: 'forInformation.departmentIds' } });
    const twice = await step(app, 'pho.chanh.vp.kt', `/api/documents/${id}/distribute`, { departmentId: departmentId('KT'), direction: 'Giao KT', forInformation: { userIds: [userId('cv.nc1'), userId('cv.nc1')] } });
    expect(twice.status).toBe(422);
    expect(twice.body).toMatchObject({ code: 'RULE_VIOLATION', details: { rule: 'DUPLICATE_FOR_INFORMATION', field: 'forInformation.userIds' } });
    const malformed = await step(app, 'pho.chanh.vp.kt', `/api/documents/${id}/distribute`, { departmentId: departmentId('KT'), direction: 'Giao KT', forInformation: { userIds: ['cv.nc1'] } });
    expect(malformed.status).toBe(400);
    expect(JSON.stringify(malformed.body)).toContain('userIds');
  });

  it('the people told read it and its direction; on a confidential one, the person named and the head of the department named', async () => {
    for (const username of ['cv.nc1', 'tp.vx']) {
      for (const id of [ids.normal, ids.secret]) {
        const answer = await get(username, `/api/documents/${id}`);
        expect(answer.status, `${username} reads ${id}`).toBe(200);
        expect(answer.body.forInformation).toEqual(TOLD);
      }
      const state = await get(username, `/api/documents/${ids.secret}/state?at=${now.toISOString()}`);
      expect(state.body.state.direction).toBe('Giao Phòng Kinh tế chủ trì tham mưu');
      expect(state.body.availableActions).toEqual([]);
    }
    // A member of the department told, not named, does not read the confidential one; another head neither.
    expect((await get('cv.vx1', `/api/documents/${ids.secret}`)).status).toBe(404);
    expect((await get('tp.nc', `/api/documents/${ids.secret}`)).status).toBe(404);
    expect((await get('cv.vx1', `/api/documents/${ids.normal}`)).status).toBe(200);
  });

  it('"Văn bản để biết" lists what was sent to me or my department, as far as I may read it', async () => {
    expect(await toldList('cv.nc1')).toEqual([ids.normal, ids.secret].sort());
    expect(await toldList('tp.vx')).toEqual([ids.normal, ids.secret].sort());
    expect(await toldList('cv.vx1')).toEqual([ids.normal]);
    expect(await toldList('cv.kt1')).toEqual([]);
  });

  it('is never in their queue nor counted: no step, no deadline', async () => {
    for (const username of ['cv.nc1', 'tp.vx', 'cv.vx1']) {
      expect((await queueOf(username)).map((i) => i.id), username).toEqual([]);
      const counters = (await get(username, '/api/me/counters')).body;
      expect(counters.documents.total, username).toBe(0);
    }
    // The lead department's head has it to assign.
    expect((await queueOf('tp.kt')).filter((i) => i.action === 'assign').map((i) => i.id).sort()).toEqual([ids.normal, ids.secret].sort());
  });

  it('the incoming register’s recipient column: the lead department, then "Để biết: …"', async () => {
    const year = Number(today().slice(0, 4));
    for (const [series, id] of [['normal', ids.normal], ['confidential', ids.secret]] as const) {
      const register = await get('chanh.vp', `/api/registers/incoming?year=${year}&series=${series}`);
      const row = register.body.rows.find((r: { documentId: string }) => r.documentId === id);
      expect(row.recipient).toMatchObject({ departmentName: 'Phòng Kinh tế', forInformation: ['Phòng Văn hóa – Xã hội', expect.any(String)] });
    }
    const csv = await get('chanh.vp', `/api/registers/incoming?year=${year}&series=normal&format=csv`);
    expect(String(csv.body)).toMatch(/Phòng Kinh tế; Để biết: Phòng Văn hóa – Xã hội, [^,;"]+/);
  });

  it('answers as its OpenAPI document says (summary with để biết, queue with the step’s own due day)', async () => {
    const openApi: OpenApiDocument = (await app.request('GET', '/api/docs-json')).body;
    expect(mismatchesOf(openApi, 'get', '/api/documents/{id}', 200, (await get('cv.nc1', `/api/documents/${ids.normal}`)).body)).toEqual([]);
    expect(mismatchesOf(openApi, 'get', '/api/me/queue', 200, (await get('tp.kt', '/api/me/queue')).body)).toEqual([]);
  });

  it('the clerk’s queue shows the clerk’s own deadline, never another person’s; the submit clock pauses while a supplement is awaited', async () => {
    // Signed today with the leader's due date today; the supplement asked today, also under a leader's date of today.
    ids.signed = await register({ excerpt: 'Văn bản chờ phát hành — hạn lãnh đạo hôm nay' });
    await distribute(ids.signed, { dueDate: today() });
    await ok('tp.kt', `/api/documents/${ids.signed}/assign`, { specialistId: userId('cv.kt1') });
    await ok('cv.kt1', `/api/documents/${ids.signed}/appraise`, appraisal());
    await ok('cv.kt1', `/api/documents/${ids.signed}/submit`, submission());
    await ok('pho.chanh.vp.kt', `/api/documents/${ids.signed}/initial`, { agree: true });
    await ok('pho.chu.tich.kt', `/api/documents/${ids.signed}/sign`, { decision: 'approved' });
    ids.waiting = await register({ excerpt: 'Hồ sơ chờ bổ sung — hạn lãnh đạo hôm nay' });
    await distribute(ids.waiting, { dueDate: today() });
    await ok('tp.kt', `/api/documents/${ids.waiting}/assign`, { specialistId: userId('cv.kt1') });
    await ok('cv.kt1', `/api/documents/${ids.waiting}/request-supplement`, { missingItems: ['Báo cáo đánh giá tác động môi trường'] });
    const started = today();
    const submitDue = (await get('chanh.vp', `/api/documents/${ids.waiting}`)).body.deadlines.submit.due as string;

    // The next working day: the leader's date has passed, the issue clock (the clerk's) is due today.
    now = new Date(`${VIETNAM_CALENDAR.addWorkingDays(started, 1)}T09:00:00+07:00`);
    const queue = await queueOf('vanthu1');
    const issue = queue.find((i) => i.id === ids.signed)!;
    expect(issue).toMatchObject({ action: 'issue', stepDue: today(), stepOverdue: false, overdue: true });
    const supplement = queue.find((i) => i.id === ids.waiting)!;
    expect(supplement).toMatchObject({ action: 'receive-supplement', stepDue: null, stepOverdue: false, overdue: true });
    expect(supplement.deadlines.submit.state).toBe('paused');
    const counters = (await get('vanthu1', '/api/me/counters')).body;
    expect(counters.documents.steps.supplement).toEqual({ total: 1, overdue: 0, dueSoon: 0 });
    expect(counters.documents.steps.issue).toMatchObject({ total: 1, overdue: 0 });

    // Well past the submit clock's due day: still paused, never late, not the document's next due day.
    now = new Date(`${VIETNAM_CALENDAR.addWorkingDays(submitDue, 3)}T09:00:00+07:00`);
    const waiting = (await get('cv.kt1', `/api/documents/${ids.waiting}`)).body;
    expect(waiting.deadlines.submit).toMatchObject({ due: submitDue, state: 'paused' });
    expect(waiting.nextDue).toBe(started); // the leader's date, which does not pause

    // The supplement arrives: a fresh 5 working days from that day, in the specialist's queue.
    await ok('vanthu2', `/api/documents/${ids.waiting}/receive-supplement`, {});
    const restarted = VIETNAM_CALENDAR.addWorkingDays(today(), 5);
    expect((await get('cv.kt1', `/api/documents/${ids.waiting}`)).body.deadlines.submit).toMatchObject({ due: restarted, state: 'pending' });
    expect((await queueOf('cv.kt1')).find((i) => i.id === ids.waiting)).toMatchObject({ action: 'appraise', stepDue: started, stepOverdue: true });
  });
});
