import { mkdir, writeFile } from 'node:fs/promises';
import { caseFileStreamName, documentStreamName } from '@office/domain';
import { hasPdfToText } from '@office/forms/testing/pdf-text';
import { describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { departmentId, documentAt, step, userId } from '../../support/document-steps';
import { eventually, streamLengths } from '../../support/onestop-desk';
import { pdfText } from '../../support/onestop-pdf';
import { useTestApp } from '../../support/test-app';

/*
 * A year of files and archives over HTTP, on a clock the test moves (Hà Nội time): the admin
 * approves the retention table, the clerk drafts the 2026 file plan and the office chief approves
 * it; case files are opened, an issued document is archived into one, other items are filed, the
 * files are closed in June; in November the due list shows the digital file overdue; in December
 * the clerk deposits the year's closed files in the December batch, hands it over and prints the
 * inventory and the hand-over record.
 */

let now = '2026-01-05T09:00:00+07:00';
const at = (instant: string) => {
  now = instant;
};

const RULES = [
  { category: 'annual-plan', label: 'Kế hoạch, báo cáo năm', period: 'permanent', source: 'TT 10/2022/TT-BNV mục 1.5' },
  { category: 'correspondence', label: 'Công văn trao đổi', period: 10, source: 'TT 10/2022/TT-BNV mục 1.11' },
];
const KT01 = { code: 'KT.01', title: 'Hồ sơ kế hoạch đầu tư công năm 2026', departmentId: departmentId('KT'), responsibleId: userId('cv.kt1'), category: 'annual-plan', retention: 'permanent' };

describe('files and archives over HTTP: a plan, case files, filing, closing and the December deposit with its printed records', () => {
  const app = useTestApp({ clock: () => new Date(now) });

  const caseFile = (id: string, until: (body: { file: { itemCount: number; status: string } }) => boolean) =>
    eventually(async () => (await app.get('vanthu1', `/api/records/case-files/${id}`)).body, (body) => body?.file !== undefined && until(body));

  it('plans, files, closes and deposits a year’s closed files in the December batch with the printed records', async () => {
    // The retention table is admin-approved data.
    expect((await step(app, 'vanthu1', '/api/records/retention-schedule', { version: '2026.1', rules: RULES })).status).toBe(403);
    expect((await step(app, 'quantri', '/api/records/retention-schedule', { version: '2026.1', rules: RULES })).status).toBe(201);

    // The plan: an entry kept shorter than the table is refused; one plan per year; approved by the office chief.
    const below = await step(app, 'vanthu1', '/api/records/plans', { year: 2026, entries: [{ ...KT01, retention: 20 }] });
    expect(below.status).toBe(422);
    expect(below.body).toMatchObject({ code: 'RULE_VIOLATION', details: { rule: 'RETENTION_BELOW_TABLE', field: 'entries[0].retention' } });
    expect((await step(app, 'vanthu1', '/api/records/plans', { year: 2026, entries: [KT01] })).status).toBe(201);
    expect((await step(app, 'vanthu1', '/api/records/plans', { year: 2026, entries: [KT01] })).status).toBe(409);
    const early = await step(app, 'cv.kt1', '/api/records/case-files', { year: 2026, medium: 'paper', startDate: '2026-01-05', planEntryCode: 'KT.01' });
    expect(early.body).toMatchObject({ code: 'RULE_VIOLATION', details: { rule: 'FILE_PLAN_NOT_APPROVED' } });
    expect((await step(app, 'tp.hctc', '/api/records/plans/2026/approve', { decisionRef: '05/QĐ-VP' })).status).toBe(403);
    expect((await step(app, 'chanh.vp', '/api/records/plans/2026/approve', { decisionRef: '05/QĐ-VP' })).status).toBe(201);
    const noReason = await step(app, 'vanthu1', '/api/records/plans/2026/entries', { entry: { ...KT01, code: 'KT.02', category: 'correspondence', retention: 10 } });
    expect(noReason.body).toMatchObject({ details: { rule: 'AMENDMENT_REASON_REQUIRED' } });
    const plan = await app.get('cv.kt1', '/api/records/plans/2026');
    expect(plan.body).toMatchObject({ status: 'approved', decisionRef: '05/QĐ-VP', entries: [expect.objectContaining({ code: 'KT.01' })] });

    // Case files: from the plan (paper) and ad hoc with a reason (digital).
    const paper = await step(app, 'cv.kt1', '/api/records/case-files', { year: 2026, medium: 'paper', startDate: '2026-01-05', planEntryCode: 'KT.01' }, { 'idempotency-key': 'open-kt01' });
    expect(paper.status).toBe(201);
    const again = await step(app, 'cv.kt1', '/api/records/case-files', { year: 2026, medium: 'paper', startDate: '2026-01-05', planEntryCode: 'KT.01' }, { 'idempotency-key': 'open-kt01' });
    expect(again.body.id).toBe(paper.body.id);
    const adHoc = { code: 'KT.15', title: 'Hồ sơ đoàn kiểm tra đột xuất', departmentId: departmentId('KT'), category: 'correspondence', retention: 10, reason: 'Nhiệm vụ phát sinh' };
    expect((await step(app, 'vanthu1', '/api/records/case-files', { year: 2026, medium: 'digital', startDate: '2026-01-05', adHoc: { ...adHoc, retention: 5 } })).body).toMatchObject({ details: { rule: 'RETENTION_BELOW_TABLE' } });
    const digital = await step(app, 'vanthu1', '/api/records/case-files', { year: 2026, medium: 'digital', startDate: '2026-01-05', adHoc });
    expect(digital.status).toBe(201);

    // An issued document archived into the open case file: DocumentArchived v2 names it, and the file lists it.
    at('2026-03-02T09:00:00+07:00');
    const documentId = await documentAt(app, 'issued');
    // A document the case file may not take yet (not issued) is refused before the file is touched.
    const caseFileLength = await streamLengths(app, [caseFileStreamName(paper.body.id)]);
    expect((await step(app, 'vanthu1', `/api/documents/${await documentAt(app, 'received')}/archive`, { caseFileId: paper.body.id })).status).toBe(409);
    expect(await streamLengths(app, [caseFileStreamName(paper.body.id)])).toEqual(caseFileLength);
    const archived = await step(app, 'vanthu1', `/api/documents/${documentId}/archive`, { caseFileId: paper.body.id }, { 'idempotency-key': 'archive-kt01' });
    expect(archived.status).toBe(201);
    // Its answer lost before the record of it was kept: the retry is replayed by the pipeline on both streams, nothing filed twice.
    await app.platform.dataSource.query(`DELETE FROM api_idempotency_records WHERE idempotency_key = 'archive-kt01'`);
    const retried = await step(app, 'vanthu1', `/api/documents/${documentId}/archive`, { caseFileId: paper.body.id }, { 'idempotency-key': 'archive-kt01' });
    expect([retried.headers.get('idempotent-replay'), retried.body]).toEqual([null, archived.body]);
    const filed = (await app.platform.eventStore.readStream(caseFileStreamName(paper.body.id))).filter((e) => (e.data as { itemId?: string }).itemId === documentId);
    expect(filed).toHaveLength(1);
    const [last] = (await app.platform.eventStore.readStream(documentStreamName(documentId))).slice(-1);
    expect(last).toMatchObject({ type: 'DocumentArchived', data: { caseFileId: paper.body.id, caseFileCode: 'KT.01', fileCode: 'KT.01', retention: 'permanent' }, metadata: { schemaVersion: 2 } });
    expect((await step(app, 'vanthu1', `/api/documents/${documentId}/archive`, { caseFileId: paper.body.id })).status).toBe(409);

    // Other items by id; the same item twice in one file is refused, and nothing is written.
    const directive = { kind: 'directive', itemId: '0b6f5a3e-0000-4000-8000-0000000000d1', title: 'Nhiệm vụ rà soát kế hoạch vốn' };
    expect((await step(app, 'cv.kt1', `/api/records/case-files/${paper.body.id}/items`, directive)).status).toBe(201);
    const streams = [caseFileStreamName(paper.body.id)];
    const before = await streamLengths(app, streams);
    expect((await step(app, 'cv.kt1', `/api/records/case-files/${paper.body.id}/items`, directive)).body).toMatchObject({ details: { rule: 'ITEM_ALREADY_FILED' } });
    expect(await streamLengths(app, streams)).toEqual(before);
    expect((await step(app, 'cv.vx1', `/api/records/case-files/${paper.body.id}/items`, { ...directive, itemId: 'x1' })).status).toBe(403);
    expect((await step(app, 'vanthu1', `/api/records/case-files/${digital.body.id}/items`, { kind: 'dossier', itemId: '0b6f5a3e-0000-4000-8000-0000000000f9', title: 'Hồ sơ TTHC số 000.00.01.H01-260302-0001' })).status).toBe(201);

    // Closing in June: a paper file needs its sheet count; the item index is computed; a closed file refuses filing.
    at('2026-06-30T16:00:00+07:00');
    expect((await step(app, 'cv.kt1', `/api/records/case-files/${paper.body.id}/close`, { endDate: '2026-06-30' })).body).toMatchObject({ details: { rule: 'CLOSE_REQUIRES_SHEET_COUNT' } });
    expect((await step(app, 'cv.kt1', `/api/records/case-files/${paper.body.id}/close`, { endDate: '2026-06-30', sheetCount: 42 })).status).toBe(201);
    expect((await step(app, 'vanthu1', `/api/records/case-files/${digital.body.id}/close`, { endDate: '2026-06-30' })).status).toBe(201);
    const closedFiling = await step(app, 'vanthu1', `/api/records/case-files/${paper.body.id}/items`, { ...directive, itemId: 'late-item' });
    expect(closedFiling.status).toBe(409);
    expect(closedFiling.body).toMatchObject({ code: 'WRONG_STATE', details: { rule: 'CASE_FILE_CLOSED' } });
    const closed = await caseFile(paper.body.id, (body) => body.file.status === 'closed');
    expect(closed).toMatchObject({ file: { sheetCount: 42, depositDue: '2027-06-30', itemCount: 2 }, itemIndex: [{ no: 1, kind: 'document', itemId: documentId }, { no: 2, kind: 'directive' }] });

    // The digital file closed beside the paper one: wait for its row too before asking about November.
    await caseFile(digital.body.id, (body) => body.file.status === 'closed');
    // November: the digital file (due 60 days after closing) is overdue; the paper one (1 year) is not yet due.
    at('2026-11-16T09:00:00+07:00');
    const overdue = await app.get('vanthu1', `/api/records/case-files?standing=overdue&departmentId=${departmentId('KT')}`);
    expect(overdue.body.items.map((f: { code: string }) => f.code)).toEqual(['KT.15']);
    const tooLong = await step(app, 'chanh.vp', `/api/records/case-files/${paper.body.id}/defer`, { until: '2029-07-01', reason: 'Còn phục vụ thanh tra' });
    expect(tooLong.body).toMatchObject({ details: { rule: 'DEFERRAL_TOO_LONG', field: 'until' } });

    // December: the batch, the year's closed files deposited, the hand-over, the printed records.
    at('2026-12-15T09:00:00+07:00');
    expect((await step(app, 'vanthu1', `/api/records/case-files/${paper.body.id}/deposit`, { period: '2026-12' })).body).toMatchObject({ details: { rule: 'DEPOSIT_BATCH_NOT_OPEN' } });
    expect((await step(app, 'vanthu1', '/api/records/deposits', { period: '2026-12' })).status).toBe(201);
    const closedFiles = await eventually(async () => (await app.get('vanthu1', '/api/records/case-files?year=2026&status=closed')).body.items, (items) => items.length === 2);
    for (const file of closedFiles) expect((await step(app, 'vanthu1', `/api/records/case-files/${file.id}/deposit`, { period: '2026-12' })).status).toBe(201);
    expect((await step(app, 'vanthu1', `/api/records/case-files/${paper.body.id}/deposit`, { period: '2026-12' })).body).toMatchObject({ details: { rule: 'DEPOSIT_REQUIRES_CLOSED_FILE' } });
    await eventually(async () => (await app.get('vanthu1', '/api/records/deposits/2026-12')).body.files, (files) => files.length === 2);
    const handOver = await step(app, 'vanthu1', '/api/records/deposits/2026-12/hand-over', { receiverName: 'Lê Thị Lưu', condition: 'Hồ sơ đầy đủ, bìa và mục lục đúng quy định' });
    expect(handOver.status).toBe(201);
    const batch = await app.get('tp.hctc', '/api/records/deposits/2026-12');
    expect(batch.body).toMatchObject({ status: 'handed_over', handover: { copies: 2, receiverName: 'Lê Thị Lưu', files: [expect.objectContaining({ code: 'KT.01', sheetCount: 42 }), expect.objectContaining({ code: 'KT.15' })] } });

    await mkdir('/tmp/h1-records', { recursive: true });
    for (const [name, title] of [['inventory', /MỤC LỤC HỒ SƠ, TÀI LIỆU NỘP LƯU.*KT\.01.*KT\.15.*gồm 2 hồ sơ/], ['handover', /BIÊN BẢN GIAO NHẬN HỒ SƠ, TÀI LIỆU.*tháng 12 năm 2026.*2 hồ sơ.*hai bản/]] as const) {
      const response = await fetch(`${app.baseUrl}/api/records/deposits/2026-12/${name}.pdf`, { headers: { authorization: `Bearer ${await app.login('vanthu1')}` } });
      const pdf = Buffer.from(await response.arrayBuffer());
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      await writeFile(`/tmp/h1-records/${name}-2026-12.pdf`, pdf);
      if (hasPdfToText()) expect(await pdfText(pdf)).toMatch(title);
    }
  });
});
