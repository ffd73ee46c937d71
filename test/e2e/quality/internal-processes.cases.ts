import { INCOMING_DOCUMENTS_PROCESS, OUTGOING_DOCUMENTS_PROCESS, procedureStreamName } from '@office/domain';
import { describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { InternalProcessSeed, SEED_DECISION_REF } from '../../../apps/api/src/procedures/internal-processes/internal-process-seed';
import { registration, step } from '../../support/document-steps';
import { eventually, streamLengths } from '../../support/onestop-desk';
import { mismatchesOf, undocumentedOperations, type OpenApiDocument } from '../../support/open-api-check';
import { useTestApp } from '../../support/test-app';

/*
 * The incoming-documents process as an approved, versioned internal process of the catalogue
 * (DOMAIN.md §3, §7), over HTTP on a clock the test moves: QT-VB-01 and QT-VB-02 version 1 are seeded at start;
 * the ISO secretary drafts version 2 (submit within 4 working days from 1/12/2026), the office chief
 * approves it through the catalogue's approval route; a document registered before keeps its
 * deadlines and version, one registered after gets the new limit; the compliance figures name the
 * process version(s) and the calendar they were measured against, and the compliance table words each
 * step's limit from the version(s) of its own process in force over the period.
 */

let now = '2026-11-20T09:00:00+07:00';
const CODE = INCOMING_DOCUMENTS_PROCESS.code;
const V2 = {
  ...INCOMING_DOCUMENTS_PROCESS.version1,
  effectiveFrom: '2026-12-01',
  publishingDecision: 'Quyết định 12/QĐ-VP ngày 20/11/2026 sửa đổi quy trình xử lý văn bản đến',
  steps: INCOMING_DOCUMENTS_PROCESS.version1.steps.map((s) => (s.clock === 'submit' ? { ...s, workingDays: 4, urgentWorkingDays: 4 } : s)),
};
type Received = { deadlines: Record<string, { due: string; calendarVersion: string }>; process: { code: string; version: number; limits: { submit: { workingDays: number } } } };

describe('QT-VB-01 Xử lý văn bản đến: an approved, versioned internal process', () => {
  const app = useTestApp({ clock: () => new Date(now) });

  const received = async (id: string) => (await app.platform.eventStore.readStream(`document-${id}`)).find((e) => e.type === 'DocumentReceived')!.data as unknown as Received;
  const register = (symbol: string) => step(app, 'vanthu1', '/api/documents', registration({ source: { agency: 'Sở Tài chính', symbol, issuedDate: '2026-11-19', signer: 'A' } }));
  const refusal = (r: { status: number; body: { rule?: string; details?: { rule?: string } } }) => [r.status, r.body.rule ?? r.body.details?.rule];

  it('seeds version 1 of both through the commands, approved, once; the register lists them with their steps and basis', async () => {
    // Both seeded and both approvals projected (the catalogue is a read model).
    const approved = (r: { status: number; body: { items: Array<{ versions: Array<{ approval: unknown }> }> } }) => r.status === 200 && r.body.items.length === 2 && r.body.items.every((item) => item.versions[0]?.approval);
    const list = await eventually(() => app.get('thuky.iso', '/api/procedures/internal'), approved);
    expect(list.body.items[0]).toMatchObject({ code: CODE, name: 'Xử lý văn bản đến', versions: [{ version: 1, effectiveFrom: '2020-03-05', effectiveTo: null, approval: { decisionRef: SEED_DECISION_REF } }] });
    expect(list.body.items[0].versions[0].steps.map((s: { clock: string; workingDays: number; urgentWorkingDays: number }) => [s.clock, s.workingDays, s.urgentWorkingDays])).toEqual([
      ['distribute', 1, 0], ['supplement', 2, 2], ['submit', 5, 5], ['issue', 1, 0],
    ]);
    expect(list.body.items[1]).toMatchObject({ code: OUTGOING_DOCUMENTS_PROCESS.code, name: 'Xử lý văn bản đi', versions: [{ version: 1, approval: { decisionRef: SEED_DECISION_REF } }] });
    expect(list.body.items[1].versions[0].steps.map((s: { clock: string | null; workingDays: number | null }) => [s.clock, s.workingDays])).toEqual([[null, null], [null, null], [null, null], ['issue', 1]]);
    const streams = [procedureStreamName(CODE), procedureStreamName(OUTGOING_DOCUMENTS_PROCESS.code)];
    const before = await streamLengths(app, streams);
    await app.api.get(InternalProcessSeed).onApplicationBootstrap();
    expect(await streamLengths(app, streams)).toEqual(before);
  });

  it('refuses with the rule: the clerk keeps no catalogue, a version without a clock, the secretary approves nothing', async () => {
    expect(refusal(await step(app, 'vanthu1', '/api/procedures/internal', { code: 'QT-HC-03', name: 'Quản lý con dấu' }))).toEqual([403, 'ISO_SECRETARY_ONLY']);
    expect(refusal(await step(app, 'thuky.iso', `/api/procedures/internal/${CODE}/versions`, { ...V2, steps: V2.steps.slice(1).map((s, i) => ({ ...s, no: i + 1 })) }))).toEqual([422, 'PROCESS_CLOCK_MISSING']);
    expect(refusal(await step(app, 'thuky.iso', `/api/procedures/internal/${CODE}/versions`, { ...V2, effectiveFrom: '2020-03-05' }))).toEqual([422, 'VERSION_OVERLAP']);
    expect((await step(app, 'thuky.iso', '/api/procedures/internal', { code: '1.004227', name: 'x' })).status).toBe(400);
  });

  it('version 2 applies to documents registered from its effective date; earlier deadlines never move', async () => {
    const before = await register('1/STC');
    expect(before.status).toBe(201);
    const drafted = await step(app, 'thuky.iso', `/api/procedures/internal/${CODE}/versions`, V2);
    expect([drafted.status, drafted.body.version]).toEqual([201, 2]);
    expect(refusal(await step(app, 'thuky.iso', `/api/procedures/${CODE}/versions/2/approve`, { decisionRef: '12/QĐ-VP' }))).toEqual([403, 'OFFICE_CHIEF_ONLY']);
    expect((await step(app, 'chanh.vp', `/api/procedures/${CODE}/versions/2/approve`, { decisionRef: '12/QĐ-VP' })).status).toBe(201);

    now = '2026-11-30T09:00:00+07:00'; // approved, not yet in force
    const eve = await register('2/STC');
    now = '2026-12-01T09:00:00+07:00';
    const after = await register('3/STC');

    // Received Fri 20/11/2026 under v1: submit 5 working days (23, 25, 26, 27, 30/11; 24/11 is Ngày Văn hóa Việt Nam) → Mon 30/11; never moved by v2.
    expect(await received(before.body.id)).toMatchObject({ process: { code: CODE, version: 1 }, deadlines: { submit: { due: '2026-11-30' } } });
    expect((await received(eve.body.id)).process.version).toBe(1);
    // Received Tue 1/12/2026 under v2: submit 4 working days → Mon 7/12.
    expect(await received(after.body.id)).toMatchObject({ process: { code: CODE, version: 2, limits: { submit: { workingDays: 4 } } }, deadlines: { submit: { due: '2026-12-07' } } });

    const list = await eventually(() => app.get('thuky.iso', '/api/procedures/internal'), (r) => r.body.items?.[0]?.versions.length === 2 && r.body.items[0].versions[1].approval !== null);
    expect(list.body.items[0].versions.map((v: { version: number; effectiveTo: string | null }) => [v.version, v.effectiveTo])).toEqual([[1, '2026-11-30'], [2, null]]);
  });

  it('the compliance figures name the process version(s) and the calendar they were measured against', async () => {
    const compliance = await app.get('thuky.iso', '/api/iso/compliance?from=2026-11-01&to=2026-12-31');
    expect(compliance.status).toBe(200);
    expect(compliance.body.basis).toEqual({ processCode: CODE, version: '1+2', calendarVersion: compliance.body.calendar });
    expect((await app.get('thuky.iso', '/api/iso/compliance?from=2026-12-01&to=2026-12-31')).body.basis.version).toBe('2');
    expect(compliance.body.processes).toEqual([
      { processCode: CODE, version: '1+2', calendarVersion: compliance.body.calendar }, { processCode: OUTGOING_DOCUMENTS_PROCESS.code, version: '1', calendarVersion: compliance.body.calendar },
    ]);
    // Each step under its own process, its limit worded from the version(s) in force: both when the period spans them.
    const steps = Object.fromEntries(compliance.body.steps.map((s: { step: string }) => [s.step, s]));
    expect(steps.submit).toMatchObject({ limit: 'v1: 5 ngày làm việc; v2 từ 01/12/2026: 4 ngày làm việc', source: 'Điểm 10.2.3 Quy chế làm việc', basis: { processCode: CODE, version: '1+2' } });
    expect(steps.issue).toMatchObject({ limit: 'Ngày làm việc tiếp theo; văn bản khẩn trở lên: trong ngày', source: 'Khoản 1 Điều 18 Nghị định 30/2020/NĐ-CP', basis: { processCode: OUTGOING_DOCUMENTS_PROCESS.code, version: '1' } });
    const briefing = await app.get('chanh.vp', '/api/stats/briefing?from=2026-11-30&to=2026-12-04');
    expect(briefing.body.basis).toMatchObject({ processCode: CODE, version: '1+2' });
    // The documents' figures count every clock, the issue's (QT-VB-02) too: the briefing names both processes, and each step its own.
    const calendarVersion = compliance.body.calendar;
    expect(briefing.body.processes).toEqual([{ processCode: CODE, version: '1+2', calendarVersion }, { processCode: OUTGOING_DOCUMENTS_PROCESS.code, version: '1', calendarVersion }]);
    expect(Object.fromEntries(briefing.body.steps.map((s: { step: string; basis: unknown }) => [s.step, s.basis]))).toEqual({
      distribute: { processCode: CODE, version: '1+2', calendarVersion }, supplement: { processCode: CODE, version: '1+2', calendarVersion }, submit: { processCode: CODE, version: '1+2', calendarVersion },
      issue: { processCode: OUTGOING_DOCUMENTS_PROCESS.code, version: '1', calendarVersion }, leader: { processCode: CODE, version: '1+2', calendarVersion },
    });
    expect((await app.get('chanh.vp', '/api/stats/briefing?from=2026-11-23&to=2026-11-27')).body.basis.version).toBe('1');
  });

  it('answers as its OpenAPI description says (API.md conventions)', async () => {
    const document: OpenApiDocument = (await app.request('GET', '/api/docs-json')).body;
    expect(undocumentedOperations(document).filter((operation) => operation.includes('/api/procedures/internal'))).toEqual([]);
    const check = (method: string, route: string, answer: { status: number; body: unknown }) => expect(mismatchesOf(document, method, route, answer.status, answer.body), route).toEqual([]);
    check('get', '/api/procedures/internal', await app.get('kiemtoan1', '/api/procedures/internal'));
    check('get', '/api/iso/compliance', await app.get('thuky.iso', '/api/iso/compliance?from=2026-11-01&to=2026-12-31'));
    check('post', '/api/procedures/internal', await step(app, 'thuky.iso', '/api/procedures/internal', { code: 'QT-HC-03', name: 'Quản lý và sử dụng con dấu' }));
  });
});
