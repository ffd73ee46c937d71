import {
  dossierStreamName, procedureStreamName, receptionStreamName,
  type Applicant, type DossierEvent, type Handover, type ProcedureEvent, type ProcedureVersionSpec, type ReceptionEvent,
} from '@office/domain';
import { departmentId, userId, vn } from '@office/domain/testing/document-fixtures';
import type { JsonObject } from '@office/event-store';
import type { ScenarioEvent } from '../../../../../apps/projector/src/testing/scenario';

/*
 * A one-stop desk's month written as the deciders would (no decider needed): three procedures,
 * six dossiers through reception, transfers, a supplement, the result's steps, the desk, the
 * return, an apology and a withdrawal, and two slips given at the desk. Times are Hà Nội time.
 */

export const DOSSIER = {
  /** Received 2/3, through KT to the committee's signature, result at the desk early, returned. */
  a: 'd0000000-0000-4000-8000-00000000000a',
  /** Submitted online, received, a supplement (clock restarted), an apology; held by cv.kt2. */
  b: 'd0000000-0000-4000-8000-00000000000b',
  /** Received, then withdrawn by the applicant. */
  c: 'd0000000-0000-4000-8000-00000000000c',
  /** Received, transferred to VX: held by its head, due 9/3. */
  d: 'd0000000-0000-4000-8000-00000000000d',
  /** Submitted online, waiting for the desk's check. */
  e: 'd0000000-0000-4000-8000-00000000000e',
  /** Received, through KT to the initial: waits for the committee leader's signature. */
  f: 'd0000000-0000-4000-8000-00000000000f',
} as const;

export const RECEPTION = {
  supplement: 'e0000000-0000-4000-8000-000000000001',
  refusal: 'e0000000-0000-4000-8000-000000000002',
} as const;

export const PROCEDURE = { investment: '1.004227', planning: '2.001234', school: '1.009999' } as const;

const desk = userId('motcua1');
const KT = departmentId('KT');

type Stamped = ScenarioEvent & { at: string };

function event<E extends { type: string; data: { by: string; at: string } }>(stream: string, e: E): Stamped {
  return { stream, type: e.type, data: e.data as unknown as JsonObject, actorId: e.data.by, at: e.data.at };
}

const procedureEvent = (e: ProcedureEvent) => event(procedureStreamName(e.data.code), e);
const dossierEvent = (id: string) => (e: DossierEvent) => event(dossierStreamName(id), e);
const receptionEvent = (e: ReceptionEvent) => event(receptionStreamName(e.data.receptionId), e);

const iso = userId('thuky.iso');
const chief = userId('chanh.vp');

function spec(effectiveFrom: string, effectiveTo: string | null, statutoryDays: number): ProcedureVersionSpec {
  return {
    effectiveFrom, effectiveTo, publishingDecision: '125/QĐ-UBND', legalBasis: ['Luật Đầu tư 2020'],
    requiredItems: [{ name: 'Văn bản đề nghị', form: 'original', quantity: 1, mandatory: true }], statutoryDays, cutoffHour: 15, feeVnd: null,
    onlineLevel: 'full', resultType: 'Quyết định', supplementPolicy: 'restart',
    steps: [
      { no: 1, task: 'Tiếp nhận hồ sơ', unit: 'Bộ phận một cửa', role: 'onestop_officer', workingDays: 0.5 },
      { no: 2, task: 'Thẩm định hồ sơ', unit: 'Phòng Kinh tế', role: 'specialist', workingDays: statutoryDays - 1 },
    ],
  };
}

function procedures(): Stamped[] {
  const at = (day: string) => vn(day, '10:00');
  return [
    procedureEvent({ type: 'ProcedureRegistered', data: { by: iso, at: at('2025-06-02'), code: PROCEDURE.investment, name: 'Cấp giấy chứng nhận đăng ký đầu tư', fieldCode: 'KH-DT' } }),
    procedureEvent({ type: 'ProcedureVersionDrafted', data: { by: iso, at: at('2025-06-02'), code: PROCEDURE.investment, version: 1, ...spec('2025-07-01', '2026-06-30', 15) } }),
    procedureEvent({ type: 'ProcedureVersionApproved', data: { by: chief, at: at('2025-06-05'), code: PROCEDURE.investment, version: 1, decisionRef: '88/QĐ-VP' } }),
    procedureEvent({ type: 'ProcedureVersionDrafted', data: { by: iso, at: at('2026-02-02'), code: PROCEDURE.investment, version: 2, ...spec('2026-07-01', null, 12) } }),
    procedureEvent({ type: 'ProcedureVersionApproved', data: { by: chief, at: at('2026-02-05'), code: PROCEDURE.investment, version: 2, decisionRef: '12/QĐ-VP' } }),
    procedureEvent({ type: 'ProcedureVersionDrafted', data: { by: iso, at: at('2026-02-06'), code: PROCEDURE.investment, version: 3, ...spec('2027-01-01', null, 10) } }),
    procedureEvent({ type: 'ProcedureRegistered', data: { by: iso, at: at('2025-06-03'), code: PROCEDURE.planning, name: 'Thẩm định nhiệm vụ quy hoạch chi tiết xây dựng', fieldCode: 'XD' } }),
    procedureEvent({ type: 'ProcedureVersionDrafted', data: { by: iso, at: at('2025-06-03'), code: PROCEDURE.planning, version: 1, ...spec('2025-07-01', null, 20) } }),
    procedureEvent({ type: 'ProcedureVersionApproved', data: { by: chief, at: at('2025-06-06'), code: PROCEDURE.planning, version: 1, decisionRef: '89/QĐ-VP' } }),
    procedureEvent({ type: 'ProcedureRegistered', data: { by: iso, at: at('2026-01-05'), code: PROCEDURE.school, name: 'Công nhận trường đạt chuẩn quốc gia', fieldCode: 'GD-DT' } }),
    procedureEvent({ type: 'ProcedureVersionDrafted', data: { by: iso, at: at('2026-01-05'), code: PROCEDURE.school, version: 1, ...spec('2026-01-15', null, 20) } }),
  ];
}

const applicant = (name: string, phone: string): Applicant => ({ name, idNumber: '045090001234', address: 'Số 12 Lê Lợi, TP Đông Hà', phone, email: null });

const snapshot = (statutoryDays: number) => {
  const { steps, feeVnd, onlineLevel, resultType, supplementPolicy, cutoffHour } = spec('2025-07-01', null, statutoryDays);
  return { code: PROCEDURE.investment, name: 'Cấp giấy chứng nhận đăng ký đầu tư', fieldCode: 'KH-DT', version: 1, ruleSet: 'nd118-2025' as const, statutoryDays, cutoffHour, supplementPolicy, steps, feeVnd, onlineLevel, resultType };
};

/** A reception (Mẫu 01) on `day` with the daily `sequence`. */
function received(id: string, day: string, sequence: number, name: string, due: string, channel: 'direct' | 'online' = 'direct', hhmm = '09:00'): DossierEvent {
  const receivedAt = vn(day, hhmm);
  return {
    type: 'DossierReceived',
    data: {
      by: desk, at: receivedAt, dossierId: id, code: `VPUBND-${day.slice(2).replace(/-/g, '')}-${String(sequence).padStart(4, '0')}`, registerBook: 2026, sequence,
      procedure: snapshot(10), ruleSet: 'nd118-2025', applicant: applicant(name, '0912345678'), items: [{ name: 'Văn bản đề nghị', form: 'original', quantity: 1 }],
      sets: 1, channel, receivedAt, countsFrom: day, due: { due, calendarVersion: 'vn-2026.1' }, pin: `PIN${sequence}${day.slice(-2)}`,
    },
  };
}

/** The control-sheet row of a hand-over from `from` to `to` (a user, a unit, or both). */
function handover(stepNo: number, task: string, from: string, to: { user?: string; unit?: string }, startedAt: string, handedAt: string, outcome: Handover['outcome'] = 'on_time'): Handover {
  return {
    stepNo, task, fromUserId: from, fromUnitId: null, toUserId: to.user ?? null, toUnitId: to.unit ?? null, startedAt, handedAt,
    dueAt: outcome === null ? null : vn(handedAt.slice(0, 10), '17:00'), outcome, calendarVersion: 'vn-2026.1',
  };
}

/**
 * Reception → KT (its head holds it) → cv.kt1 → appraisal → submission to the office leader in
 * charge → initial → the committee leader's signature, shaped as the decider writes them; `days`
 * gives the day of each step after reception.
 */
function throughSignature(id: string, day: string, sequence: number, name: string, due: string, days: string[]): DossierEvent[] {
  const [transfer, assign, appraise, submit, initial, sign] = days.map((d) => vn(d, '10:00'));
  const [tpkt, cv, office, committee] = ['tp.kt', 'cv.kt1', 'pho.chanh.vp.kt', 'pho.chu.tich.kt'].map(userId);
  const draft = { documentType: 'decision', excerpt: `Cấp giấy chứng nhận đăng ký đầu tư cho ${name}` };
  return [
    received(id, day, sequence, name, due),
    { type: 'DossierTransferred', data: { by: desk, at: transfer, toUnitId: KT, toUserId: null, note: null, handover: handover(1, 'Tiếp nhận hồ sơ', desk, { unit: KT }, vn(day, '09:00'), transfer) } },
    { type: 'DossierTransferred', data: { by: tpkt, at: assign, toUnitId: KT, toUserId: cv, note: 'Đồng chí Tuấn xử lý', handover: handover(2, 'Phân công xử lý', tpkt, { user: cv, unit: KT }, transfer, assign, 'early') } },
    { type: 'DossierAppraised', data: { by: cv, at: appraise, outcome: 'eligible', findings: 'Hồ sơ hợp lệ', note: null } },
    {
      type: 'DossierResultSubmitted',
      data: { by: cv, at: submit, leaderId: committee, signsAs: 'committee', proposal: 'Đề nghị cấp', relatedOpinions: [], reservedOpinion: null, draft, handover: handover(3, 'Thẩm định, trình', cv, { user: office }, assign, submit) },
    },
    { type: 'DossierResultInitialled', data: { by: office, at: initial, leaderId: office, note: null, handover: handover(4, 'Ký nháy', office, { user: committee }, submit, initial) } },
    { type: 'DossierResultSigned', data: { by: committee, at: sign, signsAs: 'committee', note: null, handover: handover(5, 'Ký duyệt', committee, {}, initial, sign, 'late') } },
  ];
}

function dossiers(): Stamped[] {
  const [cv1, cv2, tpkt, clerk] = ['cv.kt1', 'cv.kt2', 'tp.kt', 'vanthu1'].map(userId);
  const a: DossierEvent[] = [
    ...throughSignature(DOSSIER.a, '2026-03-02', 1, 'Công ty TNHH Minh Phát', '2026-03-16', ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-09']),
    { type: 'FeeAssessed', data: { by: desk, at: vn('2026-03-02', '09:30'), amountVnd: 1_500_000 } },
    { type: 'FeePaid', data: { by: desk, at: vn('2026-03-02', '09:40'), amountVnd: 1_500_000, method: 'transfer' } },
    { type: 'ItemsDigitised', data: { by: desk, at: vn('2026-03-02', '09:50'), items: ['Văn bản đề nghị'] } },
    {
      type: 'DossierResultIssued',
      data: {
        by: clerk, at: vn('2026-03-10', '10:00'), outgoingNumber: 7, outgoingYear: 2026, symbol: '7/QĐ-UBND', documentType: 'decision', excerpt: 'Cấp GCN đăng ký đầu tư',
        recipients: ['Công ty TNHH Minh Phát'], copies: 3, responsibleSpecialistId: cv1, signerId: userId('pho.chu.tich.kt'), signsAs: 'committee',
        handover: handover(6, 'Phát hành', clerk, { user: desk }, vn('2026-03-09', '10:00'), vn('2026-03-10', '10:00')),
      },
    },
    { type: 'ResultReceivedAtDesk', data: { by: desk, at: vn('2026-03-11', '08:30'), classification: 'early', handover: handover(7, 'Nhận kết quả', clerk, { user: desk }, vn('2026-03-10', '10:00'), vn('2026-03-11', '08:30')) } },
    { type: 'ResultReturned', data: { by: desk, at: vn('2026-03-12', '14:00'), receivedBy: { name: 'Nguyễn Văn Phát', idNumber: '045090001234' }, method: 'desk' } },
    { type: 'SatisfactionRecorded', data: { by: desk, at: vn('2026-03-12', '14:05'), score: 5, answers: { 'thái độ': 'tốt' } } },
  ];
  const b: DossierEvent[] = [
    {
      type: 'DossierSubmittedOnline',
      data: { by: desk, at: vn('2026-03-02', '20:00'), dossierId: DOSSIER.b, procedureCode: PROCEDURE.investment, applicant: applicant('Hộ kinh doanh Trần Thị Lan', '0987654321'), items: [], portalRef: 'DVC-2026-001', submittedAt: vn('2026-03-02', '20:00') },
    },
    received(DOSSIER.b, '2026-03-03', 1, 'Hộ kinh doanh Trần Thị Lan', '2026-03-17', 'online', '08:30'),
    { type: 'DossierTransferred', data: { by: desk, at: vn('2026-03-03', '10:00'), toUnitId: KT, toUserId: null, note: null, handover: handover(1, 'Tiếp nhận hồ sơ', desk, { unit: KT }, vn('2026-03-03', '08:30'), vn('2026-03-03', '10:00')) } },
    { type: 'DossierTransferred', data: { by: tpkt, at: vn('2026-03-04', '09:00'), toUnitId: KT, toUserId: cv2, note: null, handover: handover(2, 'Phân công xử lý', tpkt, { user: cv2, unit: KT }, vn('2026-03-03', '10:00'), vn('2026-03-04', '09:00')) } },
    { type: 'SupplementRequestedDuringProcessing', data: { by: cv2, at: vn('2026-03-05', '15:00'), missing: [{ item: 'Báo cáo tài chính', reason: 'Thiếu năm 2025' }], policy: 'restart' } },
    { type: 'DossierSupplementReceived', data: { by: desk, at: vn('2026-03-10', '09:00'), items: ['Báo cáo tài chính'], previousDue: { due: '2026-03-17', calendarVersion: 'vn-2026.1' }, due: { due: '2026-03-24', calendarVersion: 'vn-2026.1' } } },
    { type: 'ApologyIssued', data: { by: tpkt, at: vn('2026-03-20', '09:00'), reason: 'Chờ ý kiến Sở Tài chính', previousDueDate: '2026-03-24', newDueDate: '2026-03-31', issuedLate: false } },
  ];
  const c: DossierEvent[] = [
    received(DOSSIER.c, '2026-03-04', 1, 'Bà Lê Thị Hoa', '2026-03-18'),
    { type: 'DossierWithdrawn', data: { by: desk, at: vn('2026-03-05', '10:00'), reason: 'Người nộp xin rút hồ sơ' } },
  ];
  const d: DossierEvent[] = [
    received(DOSSIER.d, '2026-03-05', 1, 'Trường THCS Nguyễn Trãi', '2026-03-09'),
    { type: 'DossierTransferred', data: { by: desk, at: vn('2026-03-05', '14:00'), toUnitId: departmentId('VX'), toUserId: null, note: null, handover: handover(1, 'Tiếp nhận hồ sơ', desk, { unit: departmentId('VX') }, vn('2026-03-05', '09:00'), vn('2026-03-05', '14:00')) } },
  ];
  const e: DossierEvent[] = [
    {
      type: 'DossierSubmittedOnline',
      data: { by: desk, at: vn('2026-03-19', '21:00'), dossierId: DOSSIER.e, procedureCode: PROCEDURE.planning, applicant: applicant('Công ty CP Xây dựng Sông Hiếu', '0905111222'), items: [], portalRef: 'DVC-2026-014', submittedAt: vn('2026-03-19', '21:00') },
    },
  ];
  // Stops before the signature.
  const f = throughSignature(DOSSIER.f, '2026-03-06', 1, 'Công ty CP Thành Công', '2026-03-20', ['2026-03-06', '2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13']).slice(0, -1);
  return [
    ...a.map(dossierEvent(DOSSIER.a)), ...b.map(dossierEvent(DOSSIER.b)), ...c.map(dossierEvent(DOSSIER.c)),
    ...d.map(dossierEvent(DOSSIER.d)), ...e.map(dossierEvent(DOSSIER.e)), ...f.map(dossierEvent(DOSSIER.f)),
  ];
}

function receptions(): Stamped[] {
  const base = { by: desk, procedureCode: PROCEDURE.investment, procedureName: 'Cấp giấy chứng nhận đăng ký đầu tư', ruleSet: 'nd118-2025' as const };
  return [
    receptionEvent({
      type: 'SupplementRequestedAtReception',
      data: { ...base, at: vn('2026-03-03', '09:15'), receptionId: RECEPTION.supplement, slipNumber: '01/PYCBS', applicant: applicant('Ông Phan Văn Nam', '0911000111'), missing: [{ item: 'Văn bản đề nghị', reason: 'Chưa có chữ ký' }] },
    }),
    receptionEvent({
      type: 'ReceptionRefused',
      data: { ...base, at: vn('2026-03-04', '15:30'), receptionId: RECEPTION.refusal, slipNumber: '01/PTC', applicant: applicant('Bà Hồ Thị Mai', '0911000222'), reason: 'Không thuộc thẩm quyền', legalBasis: 'Điều 19 Nghị định 118/2025/NĐ-CP' },
    }),
  ];
}

/** The whole scenario in the order of time (each stream's events keep their order). */
export function onestopScenario(): ScenarioEvent[] {
  return [...procedures(), ...dossiers(), ...receptions()]
    .sort((x, y) => Date.parse(x.at) - Date.parse(y.at))
    .map(({ at: _at, ...event }) => event);
}
