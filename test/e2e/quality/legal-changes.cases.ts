import { legalChangeStreamName } from '@office/domain';
import { beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { eventually, step, userId } from '../../support/onestop-desk';
import { useTestApp } from '../../support/test-app';

/** The API's today: Thursday 5/3/2026 in Hà Nội. */
const NOW = new Date('2026-03-05T03:00:00Z');
const CODE = '8.000101';
const DECREE = '10/2026/NĐ-CP';

const version = (overrides: Record<string, unknown> = {}) => ({
  effectiveFrom: '2025-07-01',
  effectiveTo: '2026-03-31',
  publishingDecision: 'Quyết định số 1234/QĐ-UBND ngày 20/6/2025',
  legalBasis: ['Luật Đầu tư 2020'],
  requiredItems: [{ name: 'Văn bản đề nghị', form: 'original', quantity: 1, mandatory: true }],
  statutoryDays: 10,
  onlineLevel: 'partial',
  resultType: 'Quyết định',
  supplementPolicy: 'restart',
  steps: [{ no: 1, task: 'Giải quyết', unit: 'Phòng Kinh tế', role: 'specialist', workingDays: 10 }],
  ...overrides,
});

describe('legal changes and nonconformities over HTTP (the ISO secretary runs them, the office chief approves)', () => {
  const app = useTestApp({ clock: () => NOW });

  beforeAll(async () => {
    for (const [username, path, body] of [
      ['thuky.iso', '/api/procedures', { code: CODE, name: 'Thủ tục thử nghiệm ISO', fieldCode: 'KH-DT' }],
      ['thuky.iso', `/api/procedures/${CODE}/versions`, version()],
      ['chanh.vp', `/api/procedures/${CODE}/versions/1/approve`, { decisionRef: '15/QĐ-VP' }],
      ['thuky.iso', `/api/procedures/${CODE}/versions`, version({ effectiveFrom: '2026-04-01', effectiveTo: null, legalBasis: ['Luật Đầu tư 2020', `Nghị định ${DECREE}`] })],
    ] as const) {
      const answer = await step(app, username, path, body);
      if (answer.status !== 201) throw new Error(`${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    }
  });

  it('a legal change runs its 3-month clock from entry into force until an approved version citing it is linked', async () => {
    const change = { docSymbol: DECREE, excerpt: 'Sửa đổi thủ tục đầu tư', issuedOn: '2025-12-10', effectiveFrom: '2025-12-20', procedureCodes: [CODE] };
    expect((await step(app, 'cv.kt1', '/api/quality/legal-changes', change)).status).toBe(403);
    const unknown = await step(app, 'thuky.iso', '/api/quality/legal-changes', { ...change, procedureCodes: ['9.999998'] });
    expect([unknown.status, unknown.body.details.rule, unknown.body.details.field]).toEqual([422, 'UNKNOWN_PROCEDURE', 'procedureCodes[0]']);
    const badDay = await step(app, 'thuky.iso', '/api/quality/legal-changes', { ...change, effectiveFrom: '2026-02-30' });
    expect([badDay.status, badDay.body.details[0].field]).toEqual([400, 'effectiveFrom']);

    const registered = await step(app, 'thuky.iso', '/api/quality/legal-changes', change, { 'idempotency-key': 'legal-change-1' });
    expect(registered.status, JSON.stringify(registered.body)).toBe(201);
    expect(registered.body).toEqual({ id: expect.any(String), revision: '0', position: expect.any(String) });
    const id: string = registered.body.id;
    expect((await step(app, 'thuky.iso', '/api/quality/legal-changes', change, { 'idempotency-key': 'legal-change-1' })).body).toEqual(registered.body);
    expect(await app.platform.eventStore.readStream(legalChangeStreamName(id))).toHaveLength(1);

    // Due 20/3/2026, 15 days ahead: in the secretary's queue as due soon.
    const queue = await eventually(() => app.get('thuky.iso', '/api/quality/queue'), (r) => r.body.legalChanges?.length === 1);
    expect(queue.body.legalChanges[0]).toMatchObject({ id, docSymbol: DECREE, status: 'registered', clock: { dueOn: '2026-03-20', doneOn: null, state: 'due_soon', daysLate: 0 } });

    expect((await step(app, 'thuky.iso', `/api/quality/legal-changes/${id}/incorporate`, { procedureCode: CODE, version: 2 })).status).toBe(409);
    expect((await step(app, 'thuky.iso', `/api/quality/legal-changes/${id}/assess`, { impact: 'revise', note: 'Phải sửa căn cứ pháp lý' })).body.revision).toBe('1');
    const notApproved = await step(app, 'thuky.iso', `/api/quality/legal-changes/${id}/incorporate`, { procedureCode: CODE, version: 2 });
    expect([notApproved.status, notApproved.body.details.rule]).toEqual([422, 'PROCESS_NOT_APPROVED']);
    const notCiting = await step(app, 'thuky.iso', `/api/quality/legal-changes/${id}/incorporate`, { procedureCode: CODE, version: 1 });
    expect(notCiting.body.details.rule).toBe('LEGAL_BASIS_NOT_CITED');
    expect((await step(app, 'chanh.vp', `/api/procedures/${CODE}/versions/2/approve`, { decisionRef: '30/QĐ-VP' })).status).toBe(201);
    expect((await step(app, 'thuky.iso', `/api/quality/legal-changes/${id}/incorporate`, { procedureCode: CODE, version: 2 })).status).toBe(201);

    const done = await eventually(() => app.get('kiemtoan1', `/api/quality/legal-changes/${id}`), (r) => r.body.status === 'incorporated');
    expect(done.body).toMatchObject({
      id, status: 'incorporated', procedureCodes: [CODE], assessment: { impact: 'revise' }, incorporations: [{ procedureCode: CODE, version: 2, approvedOn: '2026-03-05' }],
      clock: { dueOn: '2026-03-20', doneOn: '2026-03-05', state: 'on_time', daysLate: 0 }, projectedPosition: expect.any(String),
    });
    expect((await app.get('thuky.iso', '/api/quality/queue')).body.legalChanges).toEqual([]);
    expect((await app.get('thuky.iso', '/api/quality/legal-changes?status=incorporated')).body.items.map((c: { id: string }) => c.id)).toEqual([id]);
    expect((await app.get('cv.kt1', '/api/quality/legal-changes')).status).toBe(403);
  });

  it('a step on a record that does not exist is 404; a malformed id is 400', async () => {
    const missing = '3f6c0000-0000-4000-8000-000000000999';
    expect((await step(app, 'thuky.iso', `/api/quality/legal-changes/${missing}/assess`, { impact: 'none', note: 'x' })).status).toBe(404);
    expect((await app.get('thuky.iso', `/api/quality/nonconformities/${missing}`)).status).toBe(404);
    expect((await step(app, 'thuky.iso', '/api/quality/nonconformities/not-an-id/close', {})).status).toBe(400);
  });

  it('a nonconformity goes through correction, root cause, action, verification; none closes unverified', async () => {
    const raised = await step(app, 'thuky.iso', '/api/quality/nonconformities', {
      source: 'complaint', sourceRef: 'Phản ánh số 12/2026', clause: '8.2.1', description: 'Trả kết quả trễ không có văn bản xin lỗi', severity: 'minor', procedureCode: CODE,
    });
    expect(raised.status, JSON.stringify(raised.body)).toBe(201);
    const nc = `/api/quality/nonconformities/${raised.body.id}`;
    expect((await step(app, 'thuky.iso', `${nc}/correct`, { correction: 'Đã gửi văn bản xin lỗi' })).status).toBe(201);
    expect((await step(app, 'thuky.iso', `${nc}/action`, { action: 'Bật cảnh báo hạn' })).status).toBe(409);
    expect((await step(app, 'thuky.iso', `${nc}/root-cause`, { rootCause: 'Không theo dõi hạn' })).status).toBe(201);
    const noOwner = await step(app, 'thuky.iso', `${nc}/action`, { action: 'Bật cảnh báo hạn', dueOn: '2026-03-31' });
    expect([noOwner.status, noOwner.body.details.rule, noOwner.body.details.field]).toEqual([422, 'NC_ACTION_OWNER_REQUIRED', 'ownerId']);
    expect((await step(app, 'thuky.iso', `${nc}/action`, { action: 'Bật cảnh báo hạn', ownerId: userId('tp.kt'), dueOn: '2026-03-31' })).status).toBe(201);

    const early = await step(app, 'thuky.iso', `${nc}/close`, {});
    expect([early.status, early.body.details.rule]).toEqual([422, 'NC_CLOSE_WITHOUT_VERIFICATION']);
    const queue = await eventually(() => app.get('thuky.iso', '/api/quality/queue'), (r) => r.body.actions?.length === 1);
    expect(queue.body.actions[0]).toMatchObject({ id: raised.body.id, ownerId: userId('tp.kt'), clock: { dueOn: '2026-03-31', state: 'due_soon' } });

    expect((await step(app, 'cv.kt1', `${nc}/implement`, { note: 'Đã bật' })).status).toBe(403);
    expect((await step(app, 'tp.kt', `${nc}/implement`, { note: 'Đã bật cảnh báo' })).status).toBe(201);
    expect((await step(app, 'thuky.iso', `${nc}/verify`, { effective: true, note: 'Không còn hồ sơ trễ' })).status).toBe(201);
    const closed = await step(app, 'thuky.iso', `${nc}/close`, { note: 'Đóng' });
    expect(closed.body).toEqual({ id: raised.body.id, revision: '6', position: expect.any(String) });

    const log = await eventually(() => app.get('kiemtoan1', '/api/quality/nonconformities?status=closed'), (r) => r.body.items?.length === 1);
    expect(log.body.items[0]).toMatchObject({
      source: 'complaint', rootCause: { rootCause: 'Không theo dõi hạn' }, actions: [{ ownerId: userId('tp.kt'), dueOn: '2026-03-31', verification: { effective: true } }],
      closing: { note: 'Đóng' },
    });
    expect((await app.get('thuky.iso', '/api/quality/queue')).body.actions).toEqual([]);
  });
});
