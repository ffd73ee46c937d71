import { writeFile, mkdir } from 'node:fs/promises';
import { describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { appraisal, departmentId, registration, step, userId } from '../../support/document-steps';
import { eventually } from '../../support/onestop-desk';
import { pdfText } from '../../support/onestop-pdf';
import { useTestApp } from '../../support/test-app';
import { hasPdfToText } from '../../../libs/forms/src/testing/pdf-text';

/*
 * Signing authority over HTTP (DOMAIN.md §10), on a clock the test moves (Hà Nội time): on Mon
 * 9/3/2026 the office chief records the chairman's KT. to the vice-chairman for the economy, for
 * field KH-DT and decisions, 9–13/3; a decision submitted to the chairman is signed
 * "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" by the deputy within it, and refused outside it (another type,
 * another capacity, after revocation, after its period). Every rule answers its code.
 */

let now = '2026-03-09T08:00:00+07:00';
const at = (instant: string) => {
  now = instant;
};

const KT = {
  kind: 'KT', grantorId: userId('chu.tich'), granteeId: userId('pho.chu.tich.kt'), instrument: { symbol: '15/QĐ-UBND', date: '2026-03-06' },
  validFrom: '2026-03-09', validTo: '2026-03-13', scope: { fieldCodes: ['KH-DT'], documentTypes: ['decision'] },
};

describe('signing authority: delegations KT., TM., Q., TUQ., TL. and the sign step', () => {
  const app = useTestApp({ clock: () => new Date(now) });


  /** A KH-DT document submitted to the chairman with a draft of `documentType`, initialled. */
  async function toChairman(documentType = 'decision', registered_: Record<string, unknown> = {}): Promise<string> {
    const registered = await step(app, 'vanthu1', '/api/documents', registration(registered_));
    const id: string = registered.body.id;
    const path: Array<[string, string, unknown]> = [
      ['pho.chanh.vp.kt', 'distribute', { departmentId: departmentId('KT'), direction: 'Giao Phòng Kinh tế chủ trì tham mưu' }],
      ['tp.kt', 'assign', { specialistId: userId('cv.kt1') }],
      ['cv.kt1', 'appraise', appraisal()],
      ['cv.kt1', 'submit', { leaderId: userId('chu.tich'), proposal: 'Kính trình đồng chí Chủ tịch ký ban hành', draft: { documentType, excerpt: 'Phê duyệt điều chỉnh chủ trương đầu tư' } }],
      ['pho.chanh.vp.kt', 'initial', { agree: true }],
    ];
    for (const [username, name, body] of path) {
      const result = await step(app, username, `/api/documents/${id}/${name}`, body);
      expect(result.status, `${name}: ${JSON.stringify(result.body)}`).toBe(201);
    }
    return id;
  }

  const inForce = (username: string) => app.get(username, '/api/delegations?status=in_force');

  it('a deputy signs "KT. CHỦ TỊCH" within a live delegation; the register, the document and the printed slip show it; outside it every rule refuses', async () => {
    const recorded = await step(app, 'chanh.vp', '/api/delegations', KT, { 'idempotency-key': 'kt-2026-03' });
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(201);
    const again = await step(app, 'chanh.vp', '/api/delegations', KT, { 'idempotency-key': 'kt-2026-03' });
    expect(again.body.id).toBe(recorded.body.id);
    const list = await eventually(() => inForce('pho.chu.tich.kt'), (r) => r.body.items?.length === 1);
    expect(list.body.items[0]).toMatchObject({
      id: recorded.body.id, kind: 'KT', status: 'in_force', onBehalfOfTitle: 'CHỦ TỊCH', grantor: { id: userId('chu.tich') }, grantee: { id: userId('pho.chu.tich.kt') }, actions: [],
    });
    expect((await inForce('chanh.vp')).body.items[0].actions).toEqual(['revoke']);

    const id = await toChairman();
    const state = await app.get('pho.chu.tich.kt', `/api/documents/${id}/state?at=${encodeURIComponent(new Date(now).toISOString())}`);
    expect(state.body.availableActions).toContain('sign');
    expect(state.body.signingOptions).toEqual([{ capacity: 'KT', onBehalfOf: { userId: userId('chu.tich'), title: 'CHỦ TỊCH' }, delegationId: recorded.body.id }]);

    // Within: another capacity is CAPACITY_MISMATCH; a draft of another type is out of scope; KT. within scope is signed.
    expect((await step(app, 'pho.chu.tich.kt', `/api/documents/${id}/sign`, { decision: 'approved', capacity: 'TUQ' })).body).toMatchObject({ statusCode: 422, details: { rule: 'CAPACITY_MISMATCH' } });
    const plan = await toChairman('plan');
    expect((await step(app, 'pho.chu.tich.kt', `/api/documents/${plan}/sign`, { decision: 'approved', capacity: 'KT' })).body).toMatchObject({ statusCode: 422, details: { rule: 'DELEGATION_OUT_OF_SCOPE' } });
    expect((await step(app, 'pho.chu.tich.vx', `/api/documents/${id}/sign`, { decision: 'approved' })).body).toMatchObject({ statusCode: 403, details: { rule: 'NOT_ADDRESSEE' } });
    at('2026-03-10T09:00:00+07:00');
    const signed = await step(app, 'pho.chu.tich.kt', `/api/documents/${id}/sign`, { decision: 'approved', capacity: 'KT' });
    expect(signed.status, JSON.stringify(signed.body)).toBe(201);
    const history = await app.get('pho.chu.tich.kt', `/api/documents/${id}/history`);
    expect(history.body.events.at(-1)).toMatchObject({
      type: 'DocumentSigned', data: { capacity: 'KT', onBehalfOf: { userId: userId('chu.tich'), title: 'CHỦ TỊCH' }, delegationId: recorded.body.id, by: userId('pho.chu.tich.kt') },
    });

    const issued = await step(app, 'vanthu1', `/api/documents/${id}/issue`, { recipients: ['Sở Kế hoạch và Đầu tư', 'Lưu: VT, KT'], copies: 2 });
    expect(issued.status, JSON.stringify(issued.body)).toBe(201);
    const register = await eventually(
      () => app.get('vanthu1', '/api/registers/outgoing?year=2026'),
      // The register's row (issue) and the signing capacity (rm_signatures) come from two projections: wait for both.
      (r) => r.body.rows?.some((row: { documentId: string; signer: { id: string | null; capacity: string | null } }) => row.documentId === id && row.signer.capacity === 'KT' && row.signer.id !== null),
    );
    expect(register.body.rows.find((row: { documentId: string }) => row.documentId === id).signer).toMatchObject({ id: userId('pho.chu.tich.kt'), capacity: 'KT', onBehalfOfTitle: 'CHỦ TỊCH' });
    const csv = await fetch(`${app.baseUrl}/api/registers/outgoing?year=2026&format=csv`, { headers: { authorization: `Bearer ${await app.login('vanthu1')}` } });
    expect(await csv.text()).toContain('(KT. CHỦ TỊCH)');

    const slip = await fetch(`${app.baseUrl}/api/documents/${id}/forms/submission-slip`, { headers: { authorization: `Bearer ${await app.login('cv.kt1')}` } });
    const pdf = Buffer.from(await slip.arrayBuffer());
    expect(slip.status).toBe(200);
    await mkdir('/tmp/h3-delegations', { recursive: true }).catch(() => undefined);
    await writeFile('/tmp/h3-delegations/phieu-trinh-kt.pdf', pdf).catch(() => undefined);
    if (hasPdfToText()) expect(await pdfText(pdf)).toMatch(/KT\. CHỦ TỊCH PHÓ CHỦ TỊCH/);

    // Outside: revoked at 11:00 the next day, a fresh submission may no longer be signed under it.
    const third = await toChairman();
    at('2026-03-11T11:00:00+07:00');
    expect((await step(app, 'pho.chu.tich.kt', `/api/delegations/${recorded.body.id}/revoke`, { reason: 'x' })).body).toMatchObject({ statusCode: 403, details: { rule: 'GRANTOR_OR_OFFICE_CHIEF' } });
    expect((await step(app, 'chu.tich', `/api/delegations/${recorded.body.id}/revoke`, { reason: 'Chủ tịch đã trở lại làm việc' })).status).toBe(201);
    expect((await step(app, 'chu.tich', `/api/delegations/${recorded.body.id}/revoke`, { reason: 'Lần nữa' })).body).toMatchObject({ statusCode: 409, code: 'WRONG_STATE' });
    await eventually(() => inForce('pho.chu.tich.kt'), (r) => r.body.items?.length === 0);
    at('2026-03-11T11:30:00+07:00');
    expect((await step(app, 'pho.chu.tich.kt', `/api/documents/${third}/sign`, { decision: 'approved', capacity: 'KT' })).body).toMatchObject({ statusCode: 422, details: { rule: 'DELEGATION_NOT_IN_FORCE', field: 'capacity' } });
    const past = await app.get('chanh.vp', '/api/delegations?status=past');
    expect(past.body.items[0]).toMatchObject({ id: recorded.body.id, status: 'revoked', revocation: { reason: 'Chủ tịch đã trở lại làm việc' } });
  });

  it('a delegation past its period no longer signs (DELEGATION_NOT_IN_FORCE)', async () => {
    at('2026-03-16T08:00:00+07:00');
    const short = await step(app, 'chu.tich', '/api/delegations', { ...KT, validFrom: '2026-03-16', validTo: '2026-03-16' });
    expect(short.status, JSON.stringify(short.body)).toBe(201);
    await eventually(() => inForce('pho.chu.tich.kt'), (r) => r.body.items?.length === 1);
    const id = await toChairman();
    at('2026-03-17T09:00:00+07:00');
    expect((await step(app, 'pho.chu.tich.kt', `/api/documents/${id}/sign`, { decision: 'approved', capacity: 'KT' })).body).toMatchObject({ statusCode: 422, details: { rule: 'DELEGATION_NOT_IN_FORCE' } });
    expect((await app.get('pho.chu.tich.kt', `/api/documents/${id}/state?at=${encodeURIComponent(new Date(now).toISOString())}`)).body.availableActions).not.toContain('sign');
  });

  it('every rule of recording refuses with its code, and a TUQ. holder may not pass it on', async () => {
    at('2026-03-18T08:00:00+07:00');
    const tuq = { ...KT, kind: 'TUQ', granteeId: userId('chanh.vp'), scope: { documentTypes: ['invitation'] } };
    const refusal = async (username: string, body: unknown) => (await step(app, username, '/api/delegations', body)).body;
    expect(await refusal('chanh.vp', { ...tuq, validTo: null })).toMatchObject({ statusCode: 422, details: { rule: 'TUQ_NEEDS_INSTRUMENT_AND_TERM', field: 'validTo' } });
    expect(await refusal('chanh.vp', { ...tuq, scope: null })).toMatchObject({ statusCode: 422, details: { rule: 'TUQ_NEEDS_INSTRUMENT_AND_TERM', field: 'scope' } });
    expect(await refusal('chanh.vp', { ...tuq, kind: 'TL' })).toMatchObject({ statusCode: 422, details: { rule: 'TL_NOT_IN_REGULATION' } });
    expect(await refusal('pho.chu.tich.kt', KT)).toMatchObject({ statusCode: 403, details: { rule: 'GRANTOR_OR_OFFICE_CHIEF' } });
    expect(await refusal('chanh.vp', { ...KT, kind: 'XX' })).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
    const granted = await step(app, 'chu.tich', '/api/delegations', { ...tuq, validFrom: '2026-03-18', validTo: '2026-03-31' });
    expect(granted.status, JSON.stringify(granted.body)).toBe(201);
    await eventually(() => inForce('chanh.vp'), (r) => r.body.items?.some((d: { kind: string }) => d.kind === 'TUQ'));
    const passOn = { ...tuq, grantorId: userId('chanh.vp'), granteeId: userId('pho.chanh.vp.kt'), validFrom: '2026-03-20', validTo: '2026-03-25' };
    expect(await refusal('chanh.vp', passOn)).toMatchObject({ statusCode: 422, details: { rule: 'TUQ_REDELEGATION_FORBIDDEN' } });
    // Work of the office chief's own (official letters, not the invitations held as TUQ.) may be delegated.
    const own = await step(app, 'chanh.vp', '/api/delegations', { ...passOn, kind: 'TL', regulationClause: 'Quy chế làm việc, Điều 11', scope: { documentTypes: ['official_letter'] } });
    expect(own.status, JSON.stringify(own.body)).toBe(201);
  });

  it('proposes a KT. from a leader’s absence of more than one working day, which the grantor confirms', async () => {
    at('2026-03-18T09:00:00+07:00');
    const proposal = await app.get('chu.tich', `/api/delegations/propose-from-absence?leaderId=${userId('chu.tich')}&from=2026-03-23&to=2026-03-25`);
    expect(proposal.status, JSON.stringify(proposal.body)).toBe(200);
    expect(proposal.body).toMatchObject({ kind: 'KT', grantorId: userId('chu.tich'), validFrom: '2026-03-23', validTo: '2026-03-25', workingDays: 3, scope: { fieldCodes: ['NV', 'TH', 'TP'] } });
    const { kind, grantorId, granteeId, validFrom, validTo, scope, absence } = proposal.body;
    const confirmed = await step(app, 'chu.tich', '/api/delegations', { kind, grantorId, granteeId, validFrom, validTo, scope, absence, instrument: { symbol: '20/QĐ-UBND', date: '2026-03-18' } });
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(201);
    const one = await eventually(() => app.get('chu.tich', `/api/delegations/${confirmed.body.id}`), (r) => r.status === 200);
    expect(one.body.delegation).toMatchObject({ kind: 'KT', absence: { from: '2026-03-23', to: '2026-03-25' }, status: 'not_yet' });
    const short = await app.get('chu.tich', `/api/delegations/propose-from-absence?leaderId=${userId('chu.tich')}&from=2026-03-20&to=2026-03-22`);
    expect(short.body).toMatchObject({ statusCode: 422, details: { rule: 'ABSENCE_TOO_SHORT' } });
    expect((await app.get('chu.tich', `/api/delegations/propose-from-absence?leaderId=${userId('pho.chu.tich.kt')}&from=2026-03-23&to=2026-03-25`)).body).toMatchObject({ details: { rule: 'NO_DEPUTY_TO_DELEGATE' } });
  });

  it('a deputy under a live KT. finds the confidential decision awaiting the chairman in the queue and the counters, reads it and signs it; no one else does', async () => {
    // Given the chairman's KT. to the vice-chairman for the economy (KH-DT decisions), in force 30/3–3/4.
    at('2026-03-30T08:00:00+07:00');
    const kt = await step(app, 'chanh.vp', '/api/delegations', { ...KT, validFrom: '2026-03-30', validTo: '2026-04-03' });
    expect(kt.status, JSON.stringify(kt.body)).toBe(201);
    await eventually(() => inForce('pho.chu.tich.kt'), (r) => r.body.items?.some((d: { id: string }) => d.id === kt.body.id));
    const countersBefore = (await app.get('pho.chu.tich.kt', '/api/me/counters')).body;
    // When a secret decision submitted to the chairman is initialled,
    const id = await toChairman('decision', { confidentiality: 'secret' });
    // then it waits for the deputy too, with the capacity he would sign in,
    const queue = await eventually(() => app.get('pho.chu.tich.kt', '/api/me/queue'), (r) => r.body.items?.some((i: { id: string }) => i.id === id));
    expect(queue.body.items.find((i: { id: string }) => i.id === id)).toMatchObject({ action: 'sign', signingCapacity: 'KT. CHỦ TỊCH', confidentiality: 'secret' });
    expect((await app.get('chu.tich', '/api/me/queue')).body.items.find((i: { id: string }) => i.id === id)).toMatchObject({ action: 'sign', signingCapacity: null });
    expect((await app.get('pho.chu.tich.kt', '/api/me/counters')).body.documents.steps.sign.total).toBe(countersBefore.documents.steps.sign.total + 1);
    // he may read it (the summary, the exact state with the sign button) while another vice-chairman may not even see it exists,
    expect((await app.get('pho.chu.tich.kt', `/api/documents/${id}`)).status).toBe(200);
    const state = await app.get('pho.chu.tich.kt', `/api/documents/${id}/state?at=${encodeURIComponent(new Date(now).toISOString())}`);
    expect(state.body.availableActions).toEqual(['sign']);
    expect((await app.get('pho.chu.tich.vx', `/api/documents/${id}`)).status).toBe(404);
    expect((await app.get('pho.chu.tich.vx', '/api/me/queue')).body.items.some((i: { id: string }) => i.id === id)).toBe(false);
    // and he signs it "KT. CHỦ TỊCH"; after the delegation's period the next one is neither his to see nor to sign.
    const signed = await step(app, 'pho.chu.tich.kt', `/api/documents/${id}/sign`, { decision: 'approved', capacity: 'KT' });
    expect(signed.status, JSON.stringify(signed.body)).toBe(201);
    const later = await toChairman('decision', { confidentiality: 'secret' });
    at('2026-04-06T09:00:00+07:00');
    expect((await app.get('pho.chu.tich.kt', `/api/documents/${later}`)).status).toBe(404);
    expect((await step(app, 'pho.chu.tich.kt', `/api/documents/${later}/sign`, { decision: 'approved', capacity: 'KT' })).status).toBe(404);
    expect((await app.get('pho.chu.tich.kt', '/api/me/queue')).body.items.some((i: { id: string }) => i.id === later)).toBe(false);
  });
});
