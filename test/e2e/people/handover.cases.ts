import { handoverStreamName } from '@office/domain';
import { describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { hasPdfToText } from '../../../libs/forms/src/testing/pdf-text';
import { documentAt } from '../../support/document-steps';
import { dossierAt, eventually, startOnestopApp, step, streamLengths, userId } from '../../support/onestop-desk';
import { pdfText } from '../../support/onestop-pdf';
import { useTestApp, type TestApp } from '../../support/test-app';

/*
 * A specialist's transfer over HTTP (DOMAIN.md §9): cv.kt1 (Phòng Kinh tế) holds a document, a
 * dossier and a directive; tp.hctc records the departure with cv.kt2 as receiver. Nothing can be
 * signed or released while anything is held; each item goes through its own step (the head
 * reassigns the document, the holder transfers the dossier, the directive is handed over on paper);
 * work that reaches the leaver after the listing blocks again until listed and handed over.
 */

describe('staff hand-over over HTTP: a leaving specialist is released only once everything is handed over', () => {
  const app = useTestApp({}, startOnestopApp);

  const counted = async (username: string) => (await app.get(username, '/api/me/counters')).body?.total?.total ?? 0;

  /** Runs `attempt` and checks that it appended nothing to the hand-over's stream. */
  async function refused(handoverId: string, attempt: () => ReturnType<TestApp['request']>) {
    const stream = [handoverStreamName(handoverId)];
    const before = await streamLengths(app, stream);
    const result = await attempt();
    expect(await streamLengths(app, stream)).toEqual(before);
    return result;
  }

  it('refuses to sign or release while anything is held, reassigns each item through its own step, then signs twice and releases; the record prints', async () => {
    const documentId = await documentAt(app, 'assigned');
    const dossier = await dossierAt(app, 'with_specialist');
    const directive = await step(app, 'cv.kt1', '/api/directives', {
      source: { kind: 'official_letter', documentId: 'cv-301', symbol: '301/UBND-KT', date: '2026-03-04' }, content: 'Tổng hợp nhu cầu vốn đầu tư công năm 2027',
      leadAgency: 'Sở Kế hoạch và Đầu tư', dueDate: '2027-04-30', directingLeaderId: userId('pho.chu.tich.kt'), fieldCode: 'KH-DT', followUpSpecialistId: userId('cv.kt1'),
    });
    expect(directive.status, JSON.stringify(directive.body)).toBe(201);
    await eventually(() => counted('cv.kt1'), (total) => total >= 3);

    const departure = {
      userId: userId('cv.kt1'), kind: 'transfer', lastWorkingDay: '2027-01-15', receiverId: userId('cv.kt2'), decisionRef: '45/QĐ-VP', reason: 'Điều động sang Sở Tài chính',
    };
    expect((await step(app, 'tp.kt', '/api/handovers', departure)).body).toMatchObject({ code: 'FORBIDDEN', details: { rule: 'PERSONNEL_OFFICER_ONLY' } });
    expect((await step(app, 'tp.hctc', '/api/handovers', { ...departure, receiverId: userId('cv.kt1') })).body).toMatchObject({ details: { rule: 'RECEIVER_IS_LEAVER' } });
    const recorded = await step(app, 'tp.hctc', '/api/handovers', departure, { 'Idempotency-Key': 'departure-cv-kt1' });
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(201);
    const id: string = recorded.body.id;
    const items = (await app.get('tp.kt', `/api/handovers/${id}`)).body.items as Array<{ key: string; kind: string; reassignable: boolean; action: string | null }>;
    expect(items.map((item) => [item.key, item.reassignable, item.action])).toEqual([
      [`document-${documentId}`, true, 'reassign'], [`dossier-${dossier.id}`, true, 'reassign'], [`directive-${directive.body.id}`, false, 'hand-over-on-paper'],
    ]);

    const early = await refused(id, () => step(app, 'cv.kt1', `/api/handovers/${id}/sign`, {}));
    expect(early.status).toBe(422);
    expect(early.body).toMatchObject({ code: 'RULE_VIOLATION', details: { rule: 'HANDOVER_INCOMPLETE', count: 3 } });
    expect((await refused(id, () => step(app, 'tp.hctc', `/api/handovers/${id}/release`, {}))).body).toMatchObject({ details: { rule: 'HANDOVER_INCOMPLETE', count: 3 } });

    // The document: its head reassigns it (the documents' own assign step, reason required there too).
    const reassigned = await step(app, 'tp.kt', `/api/handovers/${id}/items/document-${documentId}/reassign`, { reason: 'Bàn giao do chuyển công tác' });
    expect(reassigned.status, JSON.stringify(reassigned.body)).toBe(201);
    const document = await eventually(() => app.get('tp.kt', `/api/documents/${documentId}`), (r) => r.body?.assigneeId === userId('cv.kt2'));
    expect(document.body.assigneeId).toBe(userId('cv.kt2'));

    // The dossier: only its holder may transfer it (the dossiers' rule answers as it is, nothing recorded); the leaver does.
    const notHolder = await refused(id, () => step(app, 'tp.kt', `/api/handovers/${id}/items/dossier-${dossier.id}/reassign`, { reason: 'Bàn giao do chuyển công tác' }));
    expect(notHolder.body).toMatchObject({ code: 'FORBIDDEN', details: { rule: 'NOT_HOLDER' } });
    expect((await step(app, 'cv.kt1', `/api/handovers/${id}/items/dossier-${dossier.id}/reassign`, { reason: 'Bàn giao do chuyển công tác' })).status).toBe(201);

    // The directive has no step that changes its follow-up specialist: on paper, with the reason.
    const directiveKey = `directive-${directive.body.id}`;
    expect((await refused(id, () => step(app, 'tp.kt', `/api/handovers/${id}/items/${directiveKey}/reassign`, { reason: 'x' }))).body).toMatchObject({ details: { rule: 'NO_REASSIGNMENT_STEP' } });
    expect((await step(app, 'tp.kt', `/api/handovers/${id}/items/${directiveKey}/hand-over-on-paper`, { reason: 'Chưa có bước đổi chuyên viên theo dõi nhiệm vụ' })).status).toBe(201);

    // New work reaching the leaver after the listing blocks until listed and handed over.
    const late = await documentAt(app, 'assigned');
    await eventually(() => app.get('tp.kt', `/api/handovers/${id}`), (r) => r.body?.unlisted === 1);
    expect((await refused(id, () => step(app, 'cv.kt1', `/api/handovers/${id}/sign`, {}))).body).toMatchObject({ details: { rule: 'HANDOVER_INCOMPLETE', count: 1 } });
    expect((await step(app, 'tp.kt', `/api/handovers/${id}/list`, {})).status).toBe(201);
    expect((await step(app, 'tp.kt', `/api/handovers/${id}/items/document-${late}/reassign`, { receiverId: userId('cv.kt2'), reason: 'Văn bản giao sau khi lập danh sách' })).status).toBe(201);
    await eventually(() => app.get('tp.kt', `/api/handovers/${id}`), (r) => r.body?.stillHeld === 0);

    expect((await refused(id, () => step(app, 'tp.hctc', `/api/handovers/${id}/release`, {}))).body).toMatchObject({ details: { rule: 'HANDOVER_NOT_SIGNED' } });
    expect((await refused(id, () => step(app, 'cv.kt2', `/api/handovers/${id}/sign`, {}))).body).toMatchObject({ code: 'FORBIDDEN', details: { rule: 'NOT_HANDOVER_SIGNER' } });
    expect((await step(app, 'cv.kt1', `/api/handovers/${id}/sign`, {})).status).toBe(201);
    expect((await app.get('tp.kt', `/api/handovers/${id}`)).body.actions).toEqual(['sign']);
    expect((await step(app, 'tp.kt', `/api/handovers/${id}/sign`, {})).status).toBe(201);
    const released = await step(app, 'tp.hctc', `/api/handovers/${id}/release`, { note: 'Đã bàn giao đầy đủ' });
    expect(released.status, JSON.stringify(released.body)).toBe(201);

    const done = await app.get('tp.hctc', `/api/handovers/${id}`);
    expect(done.body).toMatchObject({ status: 'released', stillHeld: 0, actions: [], leaver: { name: expect.any(String) } });
    expect(done.body.items.map((item: { handedOver: { outcome: string } }) => item.handedOver.outcome)).toEqual(['reassigned', 'reassigned', 'on_paper', 'reassigned']);
    const listed = await eventually(() => app.get('tp.hctc', '/api/handovers?status=released'), (r) => r.body?.items?.length === 1);
    expect(listed.body.items[0]).toMatchObject({ id, status: 'released', items: 4, stillHeld: 0, signedByLeaver: true, signedByHead: true });
    expect((await app.get('cv.vx1', '/api/handovers')).body.items).toEqual([]);
    expect((await app.get('cv.vx1', `/api/handovers/${id}`)).status).toBe(404);

    const response = await fetch(`${app.baseUrl}/api/handovers/${id}/record`, { headers: { authorization: `Bearer ${await app.login('tp.hctc')}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await response.arrayBuffer());
    if (hasPdfToText()) {
      const text = await pdfText(pdf);
      expect(text).toContain('BIÊN BẢN BÀN GIAO CÔNG VIỆC, HỒ SƠ, TÀI LIỆU');
      expect(text).toContain('Chuyển công tác');
      expect(text).toContain('Bàn giao trên giấy');
    }
  });
});
