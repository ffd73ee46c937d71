import type { DocumentViewed } from '../../access';
import { calendarSeedOf, decideCalendarYear, evolveCalendarYear, initialCalendarYearState, VIETNAM_2026, type CalendarYearCommand } from '../../calendar';
import {
  decideDocument, decideDocumentAttachment, decideDocumentRecall, evolveDocument, initialDocumentState, type DocumentCommand, type DocumentEvent, type DocumentState,
} from '../../document';
import {
  decideDossier, decideDossierAttachment, decideReception, evolveDossier, evolveReception, initialDossierState, initialReceptionState,
  type DossierCommand, type DossierEvent, type DossierState, type ReceptionCommand,
} from '../../dossiers';
import { CONTEXT as DOSSIER_CONTEXT, cmd as dossier, DOSSIER_ID, PROCEDURE_CODE, T as DOSSIER_T } from '../../dossiers/testing/dossier-fixtures';
import { decideNumberSeries, evolveNumberSeries, incomingSeriesKey, initialNumberSeriesState, type NumberSeriesCommand } from '../../numbering';
import { decideProcedure, evolveProcedure, initialProcedureState } from '../../procedures';
import { actor, cmd as document, DEMO_CONTEXT, DOCUMENT_ID, T as DOCUMENT_T, userId, vn } from '../document-fixtures';
import { approve, CONTEXT as PROCEDURE_CONTEXT, draft, register } from '../procedure-fixtures';

/*
 * One event of every stored type of the domain, as the deciders write it today from the fixed inputs
 * of the decider tests: what the golden fixtures (`<Type>.v<N>.json`) are checked against.
 */

export interface GoldenDecision {
  type: string;
  data: object;
  /**
   * Folds the stream's history before this event, then an event of this type with `data`, through the
   * current `evolve`: any version's data, once upcast, must fold like the current one. Absent for a
   * type no aggregate folds (a recorded read).
   */
  fold?: (data: object) => unknown;
}

type Event = { type: string; data: object };

/** The decisions of one stream, each able to fold its event after the history before it. */
function stream<C, S, E extends Event>(decide: (command: C, state: S) => E[], evolve: (state: S, event: E) => S, initial: S, commands: C[]): GoldenDecision[] {
  const events: E[] = [];
  let state = initial;
  for (const command of commands) {
    const decided = decide(command, state);
    events.push(...decided);
    state = decided.reduce(evolve, state);
  }
  return events.map((event, i) => ({
    type: event.type,
    data: event.data,
    fold: (data) => evolve(events.slice(0, i).reduce(evolve, initial), { ...event, data }),
  }));
}

const documents = (...commands: DocumentCommand[]) => stream((c, s) => decideDocument(c, s, DEMO_CONTEXT), evolveDocument, initialDocumentState, commands);
const dossiers = (...commands: DossierCommand[]) => stream((c, s) => decideDossier(c, s, DOSSIER_CONTEXT), evolveDossier, initialDossierState, commands);
const receptions = (...commands: ReceptionCommand[]) => stream((c, s) => decideReception(c, s, DOSSIER_CONTEXT), evolveReception, initialReceptionState, commands);
const procedures = () => stream((c, s) => decideProcedure(c, s, PROCEDURE_CONTEXT), evolveProcedure, initialProcedureState, [register(), draft(), approve()]);

function documentStreams(): GoldenDecision[] {
  const assigned = [document.receive(), document.distribute(), document.assign()];
  const submitted = [...assigned, document.appraise(), document.submit()];
  return [
    ...documents(...submitted, document.initial(), document.sign(), document.issue(), document.archive()),
    ...documents(...assigned, document.return()),
    ...documents(...assigned, document.requestSupplement(), document.receiveSupplement()),
    ...documents(...submitted, document.initial({ agree: false, note: 'Bổ sung căn cứ pháp lý' })),
    ...documents(...submitted, document.initial(), document.sign({ decision: 'rejected', note: 'Chưa đủ căn cứ' })),
    ...documents(document.receive(), document.distribute(), document.extendDeadline()),
  ];
}

function numbering(): GoldenDecision[] {
  const series = incomingSeriesKey('normal', DOCUMENT_T.received);
  const base = { series, actor: actor('vanthu1'), now: DOCUMENT_T.received };
  const [first, second] = ['5f0c6a52-6a41-4c44-9a7e-0d3c2b1a0001', '5f0c6a52-6a41-4c44-9a7e-0d3c2b1a0002'];
  const commands: NumberSeriesCommand[] = [
    { ...base, type: 'reserveNumbers', documentIds: [first, second] },
    { ...base, type: 'useNumber', number: 1, documentId: first },
    { ...base, type: 'voidNumber', number: 2, reason: 'Đăng ký không thành công' },
  ];
  return stream(decideNumberSeries, evolveNumberSeries, initialNumberSeriesState, commands);
}

function dossierStreams(): GoldenDecision[] {
  const desk = { dossierId: DOSSIER_ID, actor: actor('motcua1'), now: vn('2025-04-24', '09:30') };
  const withSpecialist = [dossier.receive(), dossier.transfer(), dossier.assign()];
  const submitted = [...withSpecialist, dossier.appraise(), dossier.submit()];
  const returned = [...submitted, dossier.initial(), dossier.sign(), dossier.issue(), dossier.resultAtDesk(), dossier.return()];
  const slip = { receptionId: 'r-1', slipNumber: 'VPUB-P-250424-0001', procedureCode: PROCEDURE_CODE, applicant: { name: 'Lê Văn Tâm' }, actor: actor('motcua1'), now: DOSSIER_T.received };
  return [
    ...dossiers(...returned, { ...desk, type: 'satisfaction', now: DOSSIER_T.returned, score: 5, answers: { 'Thái độ phục vụ': 'Tốt' } }),
    ...dossiers(
      { ...desk, type: 'submit-online', now: vn('2025-04-23', '21:00'), procedureCode: PROCEDURE_CODE, applicant: { name: 'Trần Thị Hoa' }, items: dossier.receive().items, portalRef: 'G22.99-250423-000123' },
      dossier.receive({ channel: 'online' }),
    ),
    ...dossiers(...withSpecialist, dossier.requestSupplement({ now: vn('2025-04-25', '09:00') }), dossier.receiveSupplement()),
    ...dossiers(
      ...withSpecialist,
      { type: 'request-opinion', dossierId: DOSSIER_ID, actor: actor('cv.kt1'), now: DOSSIER_T.appraised, partner: 'Sở Tài chính', request: 'Đề nghị cho ý kiến về năng lực tài chính', dueDate: '2025-05-06' },
      { type: 'receive-opinion', dossierId: DOSSIER_ID, actor: actor('motcua1'), now: vn('2025-05-05'), partner: 'Sở Tài chính', opinion: 'Thống nhất' },
    ),
    ...dossiers(...submitted, dossier.initial({ agree: false, note: 'Bổ sung căn cứ pháp lý' })),
    ...dossiers(...submitted, dossier.initial(), dossier.sign({ decision: 'rejected', note: 'Chưa đủ căn cứ' })),
    ...dossiers(...withSpecialist, dossier.apologise()),
    ...dossiers(...withSpecialist, { type: 'stop', dossierId: DOSSIER_ID, actor: actor('pho.chanh.vp.kt'), now: vn('2025-04-28'), reason: 'Người nộp đề nghị dừng giải quyết' }),
    ...dossiers(dossier.receive(), { ...desk, type: 'withdraw', now: vn('2025-04-28'), reason: 'Người nộp xin rút hồ sơ' }),
    ...dossiers(
      dossier.receive(),
      { ...desk, type: 'fees', amountVnd: 50000 },
      { ...desk, type: 'payments', method: 'online' },
      { ...desk, type: 'digitise', items: ['Văn bản đề nghị'] },
    ),
    ...receptions({ ...slip, type: 'request-supplement-at-reception', missing: [{ item: 'Văn bản đề nghị', reason: 'Chưa có chữ ký' }] }),
    ...receptions({ ...slip, type: 'refuse-reception', reason: 'Không thuộc thẩm quyền giải quyết', legalBasis: 'Điều 9 Nghị định 61/2018/NĐ-CP' }),
  ];
}

/** A draft attached to a document and an item's scan to a dossier (the attachment deciders sit beside the main ones). */
function attachments(): GoldenDecision[] {
  const file = { sha256: 'a3f1'.repeat(16), name: 'Dự thảo quyết định.pdf', mediaType: 'application/pdf', size: 48213 };
  const documentHistory = [document.receive(), document.distribute(), document.assign()].reduce<DocumentEvent[]>(
    (events, command) => [...events, ...decideDocument(command, events.reduce(evolveDocument, initialDocumentState), DEMO_CONTEXT)], [],
  );
  const toDocument = (state: DocumentState) =>
    decideDocumentAttachment({ documentId: DOCUMENT_ID, attachmentId: '9b2e0c1d-0000-4000-8000-0000000000a1', purpose: 'draft', file, actor: actor('cv.kt1'), now: DOCUMENT_T.appraised }, state, DEMO_CONTEXT.organisation);
  const dossierHistory = decideDossier(dossier.receive(), initialDossierState, DOSSIER_CONTEXT);
  const toDossier = (state: DossierState) =>
    decideDossierAttachment(
      { dossierId: DOSSIER_ID, attachmentId: '9b2e0c1d-0000-4000-8000-0000000000d1', purpose: 'item', itemCode: 'Văn bản đề nghị', file: { ...file, name: 'Văn bản đề nghị.pdf' }, actor: actor('motcua1'), now: DOSSIER_T.received },
      state, DOSSIER_CONTEXT.organisation,
    );
  const documentBefore = documentHistory.reduce(evolveDocument, initialDocumentState);
  const dossierBefore = dossierHistory.reduce(evolveDossier, initialDossierState);
  return [
    ...toDocument(documentBefore).map((event) => ({ ...event, fold: (data: object) => evolveDocument(documentBefore, { ...event, data } as DocumentEvent) })),
    ...toDossier(dossierBefore).map((event) => ({ ...event, fold: (data: object) => evolveDossier(dossierBefore, { ...event, data } as DossierEvent) })),
  ];
}

/** A document registered from an exchange package, then recalled by its sender (thu hồi). */
function recalled(): GoldenDecision[] {
  const before = decideDocument(document.receive(), initialDocumentState, DEMO_CONTEXT).reduce(evolveDocument, initialDocumentState);
  const recall = { packageId: '7d4b1f20-5a3e-4c11-9e61-0c2f3a9b0e01', senderOrganId: '000.00.31.H01', reason: 'Văn bản ban hành sai thể thức', by: userId('vanthu1'), at: DOCUMENT_T.distributed };
  return decideDocumentRecall(before, recall).map((event) => ({ ...event, fold: (data: object) => evolveDocument(before, { ...event, data } as DocumentEvent) }));
}

/** A year's calendar (lịch làm việc): proposed, edited to its notice, approved, then opened for a new version. */
function calendarYear(): GoldenDecision[] {
  const by = { actor: actor('quantri'), now: '2025-12-20T02:00:00.000Z', year: 2026 };
  const seed = calendarSeedOf(VIETNAM_2026)!;
  const commands: CalendarYearCommand[] = [
    { ...by, type: 'propose' },
    { ...by, type: 'changeDays', changes: seed.changes.slice(0, 1) },
    { ...by, type: 'approve', notice: seed.notice, provisional: false },
    { ...by, type: 'revise', reason: 'Thông báo điều chỉnh lịch nghỉ' },
  ];
  return stream(decideCalendarYear, evolveCalendarYear, initialCalendarYearState, commands);
}

/** Recorded by the API (AccessRecorder) as it stands: the domain declares the event, no decider writes it. */
const VIEWED: DocumentViewed = {
  type: 'DocumentViewed',
  data: { documentId: '5f0c6a52-6a41-4c44-9a7e-0d3c2b1a0001', view: 'history', because: 'confidential', by: userId('pho.chanh.vp.kt'), role: 'office_deputy_chief', at: DOCUMENT_T.signed },
};

/** The first decision of each type, in a stable order. */
export function goldenDecisions(): GoldenDecision[] {
  const first = new Map<string, GoldenDecision>();
  for (const decision of [...documentStreams(), ...numbering(), ...procedures(), ...dossierStreams(), ...attachments(), ...recalled(), ...calendarYear(), VIEWED]) {
    if (!first.has(decision.type)) first.set(decision.type, decision);
  }
  return [...first.values()];
}
