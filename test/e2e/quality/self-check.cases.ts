import { REQUIRED_REVIEW_TOPICS } from '@office/domain';
import { beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { eventually, step, userId } from '../../support/onestop-desk';
import { useTestApp } from '../../support/test-app';

/** The API's today: Friday 2/10/2026 in Hà Nội. */
const NOW = new Date('2026-10-02T03:00:00Z');
const CODE = '8.000301';

const OBJECTIVES = [
  { code: 'MT-01', text: 'Giải quyết đúng hạn ít nhất 98 % hồ sơ', indicator: 'dossiers_on_time', target: 98 },
  { code: 'MT-02', text: 'Điểm hài lòng từ 4 trở lên', indicator: 'satisfaction_score', target: 4 },
  { code: 'MT-03', text: 'Cập nhật văn bản pháp luật mới trong 3 tháng', indicator: 'legal_changes_on_time', target: 100 },
];

describe('objectives, review inputs and the self-check list over HTTP', () => {
  const app = useTestApp({ clock: () => NOW });

  beforeAll(async () => {
    const registered = await step(app, 'thuky.iso', '/api/procedures', { code: CODE, name: 'Thủ tục thử nghiệm tự kiểm tra', fieldCode: 'KH-DT' });
    if (registered.status !== 201) throw new Error(JSON.stringify(registered.body));
  });

  it('only the office chief sets the year’s objectives; an unknown indicator is refused by name; each objective answers measured vs target', async () => {
    const body = { year: 2026, policy: 'Phục vụ đúng hạn, công khai, minh bạch', objectives: OBJECTIVES };
    const secretary = await step(app, 'thuky.iso', '/api/quality/objectives', body);
    expect([secretary.status, secretary.body.details?.rule]).toEqual([403, 'OFFICE_CHIEF_ONLY']);
    const unknown = await step(app, 'chanh.vp', '/api/quality/objectives', { ...body, objectives: [{ ...OBJECTIVES[0], indicator: 'happiness' }] });
    expect([unknown.status, unknown.body.details?.rule, unknown.body.details?.field]).toEqual([422, 'UNKNOWN_INDICATOR', 'objectives[0].indicator']);
    expect(unknown.body.message).toContain('happiness');
    const past = await step(app, 'chanh.vp', '/api/quality/objectives', { ...body, year: 2025 });
    expect([past.status, past.body.details?.rule]).toEqual([422, 'YEAR_PASSED']);
    const set = await step(app, 'chanh.vp', '/api/quality/objectives', body);
    expect(set.status, JSON.stringify(set.body)).toBe(201);
    expect(set.body).toEqual({ year: 2026, revision: '0', position: expect.any(String) });

    const answer = await eventually(() => app.get('kiemtoan1', '/api/quality/objectives?year=2026'), (r) => r.body.objectives?.length === 3);
    expect(answer.body).toMatchObject({ year: 2026, policy: body.policy, period: { from: '2026-01-01', to: '2026-12-31', asOf: '2026-10-02' }, summary: { total: 3 } });
    expect(answer.body.objectives[0]).toMatchObject({ code: 'MT-01', indicator: 'dossiers_on_time', target: 98, unit: 'percent', measured: { value: null }, status: 'no_data' });
    expect((await app.get('kiemtoan1', '/api/quality/objectives')).status).toBe(400);
    expect((await app.get('vanthu1', '/api/quality/objectives?year=2026')).status).toBe(403);
  });

  it('the self-check list answers each point with its evidence and links once an audit, a review and a declaration are recorded', async () => {
    const before = await app.get('thuky.iso', '/api/quality/self-check?year=2026');
    expect(before.status).toBe(200);
    const statusOf = (r: { body: { points: Array<{ key: string; status: string }> } }, key: string) => r.body.points.find((p) => p.key === key)?.status;
    expect([statusOf(before, 'internal_audit'), statusOf(before, 'management_review'), statusOf(before, 'declaration')]).toEqual(['not_met', 'not_met', 'not_met']);

    const planned = await step(app, 'thuky.iso', '/api/quality/audits', { year: 2026, title: 'Đánh giá nội bộ năm 2026', plannedOn: '2026-10-01', procedureCodes: [CODE], auditorIds: [userId('tp.th')] });
    const audit = `/api/quality/audits/${planned.body.id}`;
    expect((await step(app, 'chanh.vp', `${audit}/approve`, { decisionRef: '41/QĐ-VP' })).status).toBe(201);
    const checklist = [{ question: 'Hồ sơ trễ hạn có văn bản xin lỗi?', procedureCode: CODE, result: 'nonconform', evidence: 'Hồ sơ H01-0007' }];
    expect((await step(app, 'thuky.iso', `${audit}/conduct`, { conductedOn: '2026-10-01', checklist })).status).toBe(201);
    expect((await step(app, 'thuky.iso', `${audit}/report`, { summary: 'Một điểm không phù hợp', findings: [{ kind: 'nonconformity', clause: '8.5.1', description: 'Thiếu văn bản xin lỗi' }, { kind: 'opportunity', clause: null, description: 'Nhắc hạn tự động' }] })).status).toBe(201);
    const inputs = REQUIRED_REVIEW_TOPICS.map((topic) => ({ topic, summary: `Tình hình ${topic}` }));
    const held = await step(app, 'thuky.iso', '/api/quality/reviews', { heldOn: '2026-10-01', chairId: userId('chanh.vp'), inputs, decisions: ['Duy trì hệ thống'] });
    expect((await step(app, 'chanh.vp', `/api/quality/reviews/${held.body.id}/confirm`, {})).status).toBe(201);
    const declared = await step(app, 'chanh.vp', '/api/quality/declarations', { decisionNo: '46/QĐ-VP', declaredOn: '2026-10-02', reviewId: held.body.id, procedureCodes: [CODE] });
    expect(declared.status, JSON.stringify(declared.body)).toBe(201);

    const after = await eventually(() => app.get('kiemtoan1', '/api/quality/self-check?year=2026'), (r) => statusOf(r, 'declaration') === 'partly' && statusOf(r, 'internal_audit') === 'met');
    const point = (key: string) => after.body.points.find((p: { key: string }) => p.key === key);
    expect(point('internal_audit')).toMatchObject({ status: 'met', evidence: { ids: [planned.body.id] }, links: [{ href: `/iso/danh-gia-noi-bo/${planned.body.id}` }] });
    expect(point('management_review')).toMatchObject({ status: 'met', links: [{ href: `/iso/xem-xet/${held.body.id}` }] });
    expect(point('confirmation').status).toBe('met');
    // Declared, neither notified to Sở KH&CN nor posted yet.
    expect(point('declaration')).toMatchObject({ status: 'partly', links: [{ href: `/iso/cong-bo/${declared.body.id}` }] });
    expect(point('dissemination')).toMatchObject({ status: 'partly', answeredFromLog: false });
    // The office's own processes, seeded and approved, are counted beside the procedures.
    expect(point('processes_approved').evidence.counts).toMatchObject({ internalProcesses: 2, internalInForce: 2 });
    expect(after.body.points).toHaveLength(13);
    for (const p of after.body.points) expect(['met', 'not_met', 'partly']).toContain(p.status);
  });

  it('the review inputs gather the period from the log, with document steps from the compliance table and a summary per required topic', async () => {
    const answer = await eventually(() => app.get('chanh.vp', '/api/quality/review-inputs?from=2026-01-01&to=2026-10-02'), (r) => r.body.audits?.items?.length === 1);
    expect(answer.status).toBe(200);
    expect(answer.body.period).toEqual({ from: '2026-01-01', to: '2026-10-02', asOf: '2026-10-02' });
    expect(answer.body.audits.findings).toEqual({ nonconformity: 1, observation: 0, opportunity: 1 });
    expect(answer.body.documentSteps.map((s: { step: string; basis: { processCode: string } }) => [s.step, s.basis.processCode])).toEqual([
      ['distribute', 'QT-VB-01'], ['supplement', 'QT-VB-01'], ['submit', 'QT-VB-01'], ['issue', 'QT-VB-02'], ['leader', 'QT-VB-01'],
    ]);
    expect(answer.body.nonconformities.bySource.map((s: { source: string }) => s.source)).toEqual(['audit', 'complaint', 'kpi', 'inspection']);
    expect(answer.body.objectives).toMatchObject({ year: 2026, summary: { total: 3 } });
    expect(Object.keys(answer.body.summaries).sort()).toEqual([...REQUIRED_REVIEW_TOPICS].sort());
    expect(answer.body.summaries.audit_results).toContain('Đánh giá nội bộ năm 2026');

    const reversed = await app.get('chanh.vp', '/api/quality/review-inputs?from=2026-10-02&to=2026-01-01');
    expect([reversed.status, reversed.body.details?.[0]?.field]).toEqual([400, 'from']);
    expect((await app.get('vanthu1', '/api/quality/review-inputs')).status).toBe(403);
  });

  it('documents the new routes in OpenAPI', async () => {
    const { body } = await app.request('GET', '/api/docs-json');
    expect(body.paths['/api/quality/objectives'].post.responses['201']).toBeDefined();
    for (const path of ['/api/quality/objectives', '/api/quality/review-inputs', '/api/quality/self-check']) expect(body.paths[path].get.summary, path).toBeTruthy();
  });
});
