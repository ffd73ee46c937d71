import { REQUIRED_REVIEW_TOPICS } from '@office/domain';
import { beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { eventually, step, userId } from '../../support/onestop-desk';
import { useTestApp } from '../../support/test-app';

/** The API's today: Friday 2/10/2026 in Hà Nội, when the yearly warnings have begun. */
const NOW = new Date('2026-10-02T03:00:00Z');
const CODE = '8.000201';

describe('internal audits, the management review and the conformity declaration over HTTP', () => {
  const app = useTestApp({ clock: () => NOW });
  const warnings = async () => (await app.get('thuky.iso', '/api/quality/queue')).body.warnings.map((w: { kind: string }) => w.kind);

  beforeAll(async () => {
    const registered = await step(app, 'thuky.iso', '/api/procedures', { code: CODE, name: 'Thủ tục thử nghiệm đánh giá', fieldCode: 'KH-DT' });
    if (registered.status !== 201) throw new Error(JSON.stringify(registered.body));
  });

  it('from 1 October the queue warns until an audit is reported and a review confirmed this year', async () => {
    expect(await warnings()).toEqual(['internal_audit', 'management_review']);

    const planned = await step(app, 'thuky.iso', '/api/quality/audits', {
      year: 2026, title: 'Đánh giá nội bộ năm 2026', plannedOn: '2026-10-01', procedureCodes: [CODE], auditorIds: [userId('tp.th'), userId('cv.th1')],
    });
    expect(planned.status, JSON.stringify(planned.body)).toBe(201);
    const audit = `/api/quality/audits/${planned.body.id}`;
    const checklist = [{ question: 'Hồ sơ trễ hạn có văn bản xin lỗi?', procedureCode: CODE, result: 'nonconform', evidence: 'Hồ sơ H01-0003' }];
    expect((await step(app, 'thuky.iso', `${audit}/conduct`, { conductedOn: '2026-10-01', checklist })).status).toBe(409);
    expect((await step(app, 'thuky.iso', `${audit}/approve`, { decisionRef: '40/QĐ-VP' })).status).toBe(403);
    expect((await step(app, 'chanh.vp', `${audit}/approve`, { decisionRef: '40/QĐ-VP' })).status).toBe(201);
    expect((await step(app, 'thuky.iso', `${audit}/conduct`, { conductedOn: '2026-10-01', checklist: [] })).status).toBe(400);
    expect((await step(app, 'thuky.iso', `${audit}/conduct`, { conductedOn: '2026-10-01', checklist })).status).toBe(201);
    const silent = await step(app, 'thuky.iso', `${audit}/report`, { summary: 'Phù hợp', findings: [] });
    expect([silent.status, silent.body.details.rule]).toEqual([422, 'FINDINGS_INCOMPLETE']);
    const reported = await step(app, 'thuky.iso', `${audit}/report`, { summary: 'Một điểm không phù hợp nhẹ', findings: [{ kind: 'nonconformity', clause: '8.5.1', description: 'Thiếu văn bản xin lỗi' }] });
    expect(reported.body).toEqual({ id: planned.body.id, revision: '3', position: expect.any(String) });
    await eventually(warnings, (kinds) => kinds.length === 1);
    expect(await warnings()).toEqual(['management_review']);
    expect((await step(app, 'thuky.iso', `${audit}/close`, {})).status).toBe(201);

    const programme = await eventually(() => app.get('kiemtoan1', '/api/quality/audits?year=2026'), (r) => r.body.items?.[0]?.status === 'closed');
    expect(programme.body.items[0]).toMatchObject({ title: 'Đánh giá nội bộ năm 2026', approval: { decisionRef: '40/QĐ-VP' }, checklist, report: { findings: [{ kind: 'nonconformity' }] } });
  });

  it('no declaration before the review of the year is confirmed by the head; then the head declares and the secretary notifies', async () => {
    const inputs = REQUIRED_REVIEW_TOPICS.map((topic) => ({ topic, summary: `Tình hình ${topic}` }));
    const minutes = { heldOn: '2026-10-01', chairId: userId('chanh.vp'), inputs, decisions: ['Bổ sung nhân lực bộ phận một cửa'] };
    const wrongChair = await step(app, 'thuky.iso', '/api/quality/reviews', { ...minutes, chairId: userId('pho.chanh.vp.kt') });
    expect([wrongChair.status, wrongChair.body.details.rule]).toEqual([422, 'REVIEW_CHAIR_NOT_HEAD']);
    const incomplete = await step(app, 'thuky.iso', '/api/quality/reviews', { ...minutes, inputs: inputs.slice(1) });
    expect([incomplete.status, incomplete.body.details.rule, incomplete.body.details.missing]).toEqual([422, 'REVIEW_INPUTS_INCOMPLETE', ['process_performance']]);
    const held = await step(app, 'thuky.iso', '/api/quality/reviews', minutes);
    expect(held.status, JSON.stringify(held.body)).toBe(201);

    const declaration = { decisionNo: '45/QĐ-VP', declaredOn: '2026-10-02', reviewId: held.body.id, procedureCodes: [CODE] };
    const early = await step(app, 'chanh.vp', '/api/quality/declarations', declaration);
    expect([early.status, early.body.details.rule]).toEqual([422, 'DECLARATION_WITHOUT_REVIEW']);
    expect((await step(app, 'thuky.iso', `/api/quality/reviews/${held.body.id}/confirm`, {})).status).toBe(403);
    expect((await step(app, 'chanh.vp', `/api/quality/reviews/${held.body.id}/confirm`, { note: 'Hệ thống có hiệu lực' })).status).toBe(201);
    await eventually(warnings, (kinds) => kinds.length === 0);
    expect(await warnings()).toEqual([]);

    expect((await step(app, 'thuky.iso', '/api/quality/declarations', declaration)).status).toBe(403);
    const declared = await step(app, 'chanh.vp', '/api/quality/declarations', declaration);
    expect(declared.status, JSON.stringify(declared.body)).toBe(201);
    const notice = { recipient: 'Sở Khoa học và Công nghệ', docRef: '50/VP-HCTC', notifiedOn: '2026-10-02' };
    expect((await step(app, 'thuky.iso', `/api/quality/declarations/${declared.body.id}/notify`, notice)).status).toBe(201);
    expect((await step(app, 'thuky.iso', `/api/quality/declarations/${declared.body.id}/notify`, notice)).status).toBe(409);
    expect((await step(app, 'thuky.iso', `/api/quality/declarations/${declared.body.id}/post`, { postedOn: '2026-10-02', websiteUrl: 'https://vpubnd.example.gov.vn/iso' })).status).toBe(201);

    const declarations = await eventually(() => app.get('kiemtoan1', '/api/quality/declarations'), (r) => r.body.items?.[0]?.posting !== undefined && r.body.items[0].posting !== null);
    expect(declarations.body.items).toEqual([
      expect.objectContaining({ id: declared.body.id, decisionNo: '45/QĐ-VP', reviewId: held.body.id, notice: expect.objectContaining({ docRef: '50/VP-HCTC' }), posting: expect.objectContaining({ postedOn: '2026-10-02' }) }),
    ]);
    const review = await app.get('chanh.vp', `/api/quality/reviews/${held.body.id}`);
    expect(review.body).toMatchObject({ status: 'confirmed', year: 2026, decisions: ['Bổ sung nhân lực bộ phận một cửa'], confirmation: { note: 'Hệ thống có hiệu lực' } });
  });

  it('documents every quality route in OpenAPI', async () => {
    const { body } = await app.request('GET', '/api/docs-json');
    const steps: Record<string, string[]> = {
      'legal-changes': ['assess', 'incorporate'],
      nonconformities: ['correct', 'root-cause', 'action', 'implement', 'verify', 'close'],
      audits: ['approve', 'conduct', 'report', 'close'],
      reviews: ['confirm'],
      declarations: ['notify', 'post'],
    };
    for (const [records, names] of Object.entries(steps)) {
      expect(body.paths[`/api/quality/${records}`]?.post?.requestBody, records).toBeDefined();
      expect(body.paths[`/api/quality/${records}`]?.get, records).toBeDefined();
      expect(body.paths[`/api/quality/${records}/{id}`]?.get, records).toBeDefined();
      for (const name of names) expect(body.paths[`/api/quality/${records}/{id}/${name}`]?.post, `${records}/${name}`).toBeDefined();
    }
    expect(body.paths['/api/quality/queue'].get).toBeDefined();
  });
});
