import { describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { dossierStreamName } from '@office/domain';
import { deskStreams, dossierAt, PROCEDURE, reception, startOnestopApp, step, streamLengths, userId } from '../../support/onestop-desk';
import { useTestApp, type TestApp } from '../../support/test-app';

describe('the one-stop desk refuses bad input and wrong steps, appending nothing and taking no number', () => {
  const app = useTestApp({}, startOnestopApp);

  /** Runs `attempt`, then checks that it appended nothing: no number taken, no event on the dossier `id`. */
  async function refused(attempt: () => ReturnType<TestApp['request']>, id?: string) {
    const streams = deskStreams(...(id ? [dossierStreamName(id)] : []));
    const before = await streamLengths(app, streams);
    const result = await attempt();
    expect(await streamLengths(app, streams)).toEqual(before);
    return result;
  }
  const receive = (body: unknown, username = 'motcua1') => refused(() => step(app, username, '/api/dossiers', body));

  it('400 VALIDATION_FAILED naming the field: missing, unknown, oversized, impossible dates', async () => {
    const cases: Array<[unknown, string]> = [
      [reception({ applicant: { phone: '0912345678' } }), 'applicant.name'],
      [reception({ applicant: { name: 'x'.repeat(301) } }), 'applicant.name'],
      [reception({ receivedAt: '2026-02-30T08:00:00+07:00' }), 'receivedAt'],
      [reception({ channel: 'fax' }), 'channel'],
      [reception({ items: [] }), 'items'],
      [reception({ colour: 'blue' }), 'colour'],
    ];
    for (const [body, field] of cases) {
      const result = await receive(body);
      expect(result.status, JSON.stringify(result.body)).toBe(400);
      expect(result.body.code).toBe('VALIDATION_FAILED');
      expect(result.body.details.map((d: { field: string }) => d.field)).toContain(field);
    }
    const { id } = await dossierAt(app, 'with_specialist');
    const apology = await refused(() => step(app, 'cv.kt1', `/api/dossiers/${id}/apologise`, { reason: 'Chậm', newDueDate: '2027-02-29' }), id);
    expect(apology.status).toBe(400);
    expect(apology.body.details[0].field).toBe('newDueDate');
  });

  it('401 without a token, 403 for the wrong role or person, 404 for an unknown dossier or procedure', async () => {
    expect((await refused(() => app.request('POST', '/api/dossiers', { body: reception() }))).status).toBe(401);
    const bySpecialist = await receive(reception(), 'cv.kt1');
    expect(bySpecialist.status).toBe(403);
    expect(bySpecialist.body.code).toBe('FORBIDDEN');
    const { id } = await dossierAt(app, 'in_department');
    const otherHead = await refused(() => step(app, 'tp.vx', `/api/dossiers/${id}/transfer`, { toUserId: userId('cv.vx1') }), id);
    expect(otherHead.status).toBe(404); // the head of another department does not even see it
    const deskNotHolder = await refused(() => step(app, 'motcua1', `/api/dossiers/${id}/transfer`, { toUserId: userId('cv.kt1') }), id);
    expect(deskNotHolder.status).toBe(403);
    expect(deskNotHolder.body).toMatchObject({ code: 'FORBIDDEN', details: { rule: 'NOT_HOLDER' } });
    const unknown = await refused(() => step(app, 'motcua1', '/api/dossiers/3f0c6f9e-1c1b-4a43-9a57-6d1c2a0b9e11/withdraw', { reason: 'Rút' }));
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('NOT_FOUND');
    const unknownProcedure = await receive(reception({ procedureCode: '9.999999' }));
    expect(unknownProcedure.status).toBe(404);
  });

  it('409 WRONG_STATE for a step that does not apply', async () => {
    const { id } = await dossierAt(app, 'received');
    const appraisal = await refused(() => step(app, 'motcua1', `/api/dossiers/${id}/appraise`, { outcome: 'eligible', findings: 'Đủ điều kiện' }), id);
    expect(appraisal.status).toBe(409);
    expect(appraisal.body.code).toBe('WRONG_STATE');
  });

  it('422 CHECKLIST_INCOMPLETE lists every missing mandatory item in details.missing', async () => {
    const mandatory = PROCEDURE.version.requiredItems.filter((item) => item.mandatory);
    const result = await receive(reception({ items: [{ name: mandatory[0].name, form: mandatory[0].form, quantity: 1 }] }));
    expect(result.status).toBe(422);
    expect(result.body).toMatchObject({ code: 'RULE_VIOLATION', details: { rule: 'CHECKLIST_INCOMPLETE' } });
    expect(result.body.details.missing.map((m: { item: string }) => m.item)).toEqual(mandatory.slice(1).map((item) => item.name));
  });

  it('422 PROCEDURE_VERSION_NOT_IN_FORCE for a day before the version', async () => {
    const result = await receive(reception({ receivedAt: `${PROCEDURE.version.effectiveFrom.slice(0, 4)}-01-05T09:00:00+07:00` }));
    expect(result.status, JSON.stringify(result.body)).toBe(422);
    expect(result.body.details.rule).toBe('PROCEDURE_VERSION_NOT_IN_FORCE');
  });

  it('422 SUPPLEMENT_ALREADY_REQUESTED: a handling unit asks once, listing everything', async () => {
    const { id } = await dossierAt(app, 'with_specialist');
    const missing = [{ item: 'Báo cáo tài chính năm gần nhất', reason: 'Chưa nộp' }];
    expect((await step(app, 'cv.kt1', `/api/dossiers/${id}/request-supplement`, { missing })).status).toBe(201);
    expect((await step(app, 'motcua1', `/api/dossiers/${id}/receive-supplement`, { items: ['Báo cáo tài chính năm gần nhất'] })).status).toBe(201);
    const again = await refused(() => step(app, 'cv.kt1', `/api/dossiers/${id}/request-supplement`, { missing }), id);
    expect(again.status).toBe(422);
    expect(again.body.details.rule).toBe('SUPPLEMENT_ALREADY_REQUESTED');
  });

  it('422 RESULT_NOT_ISSUED: nothing is returned before the result is issued', async () => {
    const { id } = await dossierAt(app, 'appraised');
    const result = await refused(() => step(app, 'motcua1', `/api/dossiers/${id}/return`, { receivedBy: { name: 'Nguyễn Thị Hoa' }, method: 'desk' }), id);
    expect(result.status).toBe(422);
    expect(result.body.details.rule).toBe('RESULT_NOT_ISSUED');
  });

  it('a refused issue takes no outgoing number', async () => {
    const { id } = await dossierAt(app, 'signed');
    const byChief = await refused(() => step(app, 'chanh.vp', `/api/dossiers/${id}/issue`, { recipients: ['Công ty TNHH Hòa Bình'], copies: 1 }), id);
    expect(byChief.status).toBe(403);
    const tooMany = await refused(() => step(app, 'vanthu1', `/api/dossiers/${id}/issue`, { recipients: ['Công ty TNHH Hòa Bình'], copies: 0 }), id);
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.details[0].field).toBe('copies');
    const fewerCopies = await refused(() => step(app, 'vanthu1', `/api/dossiers/${id}/issue`, { recipients: ['Công ty TNHH Hòa Bình', 'Lưu: VT, KT'], copies: 1 }), id);
    expect(fewerCopies.status).toBe(422);
    expect(fewerCopies.body.details.rule).toBe('COPIES_FEWER_THAN_RECIPIENTS');
  });

  it('a refused slip (Mẫu 02, Mẫu 03) takes no slip number', async () => {
    const applicant = reception().applicant;
    const refusal = { procedureCode: PROCEDURE.code, applicant, reason: 'Không thuộc thẩm quyền', legalBasis: 'Điều 19 Nghị định 118/2025/NĐ-CP' };
    const supplement = { procedureCode: PROCEDURE.code, applicant, missing: [{ item: 'Báo cáo tài chính', reason: 'Chưa nộp' }] };
    const bySpecialist = await refused(() => step(app, 'cv.kt1', '/api/dossiers/refusals', refusal));
    expect(bySpecialist.status).toBe(403);
    const unknownProcedure = await refused(() => step(app, 'motcua1', '/api/dossiers/refusals', { ...refusal, procedureCode: '9.999999' }));
    expect(unknownProcedure.status).toBe(404);
    const twice = await refused(() => step(app, 'motcua1', '/api/dossiers/supplement-requests', { ...supplement, missing: [...supplement.missing, ...supplement.missing] }));
    expect(twice.status).toBe(422);
    expect(twice.body.details.rule).toBe('DUPLICATE_ITEM');
  });

  it('retries with the same Idempotency-Key answer the first response and take no second code', async () => {
    const headers = { 'Idempotency-Key': 'desk-retry-1' };
    const first = await step(app, 'motcua1', '/api/dossiers', reception(), headers);
    expect(first.status).toBe(201);
    const streams = deskStreams(dossierStreamName(first.body.id));
    const before = await streamLengths(app, streams);
    const again = await step(app, 'motcua1', '/api/dossiers', reception(), headers);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(await streamLengths(app, streams)).toEqual(before);
  });
});
