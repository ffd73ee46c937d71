import { DEMO_ORGANISATION } from '../../organisation';
import { userId, vn } from '../../testing/document-fixtures';
import { decideInternalAudit } from '../internal-audit.decide';
import { internalAuditStreamName } from '../internal-audit.events';
import { evolveInternalAudit, initialInternalAuditState } from '../internal-audit.state';
import { decideLegalChange } from '../legal-change.decide';
import { legalChangeStreamName } from '../legal-change.events';
import { evolveLegalChange, initialLegalChangeState } from '../legal-change.state';
import { decideManagementReview, decideQmsDeclaration } from '../management-review.decide';
import { managementReviewStreamName, qmsDeclarationStreamName, REQUIRED_REVIEW_TOPICS } from '../management-review.events';
import { evolveManagementReview, evolveQmsDeclaration, initialManagementReviewState, initialQmsDeclarationState } from '../management-review.state';
import { decideNcProposal } from '../nc-proposal.decide';
import { ncProposalKey, ncProposalStreamName, type NcProposalSubject } from '../nc-proposal.events';
import { evolveNcProposal, initialNcProposalState } from '../nc-proposal.state';
import { decideNonconformity } from '../nonconformity.decide';
import { nonconformityStreamName } from '../nonconformity.events';
import { evolveNonconformity, initialNonconformityState } from '../nonconformity.state';
import { CHIEF, CODE, DECREE, ISO, LEGAL_CONTEXT, OFFICE_CONTEXT, OTHER_CODE, OWNER } from './quality-fixtures';

/*
 * A spring of the quality system decided by the real rules (times in Hà Nội):
 *   legal change `done`   NĐ 175/2024 in force 30/11/2025, due 28/2/2026, incorporated by 1.004227 v2 approved 10/2 → on time
 *   legal change `open`   QĐ 12/2026 in force 31/1/2026, due 30/4/2026, assessed "revise", not yet incorporated
 *   legal change `none`   TT 03/2026, assessed "no impact" on 6/3
 *   nonconformity `open`  from the audit, its action owned by tp.kt due 30/4/2026
 *   nonconformity `closed` from the audit too, corrected, verified effective and closed
 *   audit                 2026, planned, approved, conducted 4/3, reported, closed
 *   review + declaration  held 3/3, confirmed 5/3; declaration 25/QĐ-VP of 5/3, notified to Sở KH&CN and posted
 *   NC proposals          a dossier returned late, accepted (its NC not raised here); a step overdue, dismissed
 */

export const ID = {
  done: '7d1c0000-0000-4000-8000-000000000101',
  open: '7d1c0000-0000-4000-8000-000000000102',
  none: '7d1c0000-0000-4000-8000-000000000103',
  ncOpen: '7d1c0000-0000-4000-8000-000000000201',
  ncClosed: '7d1c0000-0000-4000-8000-000000000202',
  audit: '7d1c0000-0000-4000-8000-000000000301',
  review: '7d1c0000-0000-4000-8000-000000000401',
  declaration: '7d1c0000-0000-4000-8000-000000000501',
  lateDossier: '7d1c0000-0000-4000-8000-000000000601',
  overdueDocument: '7d1c0000-0000-4000-8000-000000000602',
  proposedNc: '7d1c0000-0000-4000-8000-000000000603',
} as const;

/** One event of a quality stream as decided, with the fold of its stream (for the golden events' check). */
export interface QualityHistoryEvent {
  stream: string;
  type: string;
  data: { by: string };
  /** The stream's state after the events before this one, then an event of this type with `data`. */
  fold(data: object): unknown;
}

/** Folds each command into the next, as the pipeline would, and answers the events of one stream. */
function stream<C, S, E extends { type: string; data: { by: string } }>(
  name: string, decide: (command: C, state: S) => E[], evolve: (state: S, event: E) => S, initial: S, commands: C[],
): QualityHistoryEvent[] {
  let state = initial;
  return commands.flatMap((command) => {
    const events = decide(command, state);
    return events.map((event) => {
      const before = state;
      state = evolve(state, event);
      return { stream: name, type: event.type, data: event.data, fold: (data: object) => evolve(before, { ...event, data } as E) };
    });
  });
}

const at = (day: string) => vn(day, '09:00');

function legalChange(id: string, register: object, assess: object | null, incorporate: object | null): QualityHistoryEvent[] {
  const base = { legalChangeId: id, actor: ISO };
  const commands = [
    { ...base, type: 'register' as const, excerpt: 'Văn bản sửa đổi', issuedOn: '2025-11-01', procedureCodes: [CODE], now: at('2026-02-02'), docSymbol: '', effectiveFrom: '', ...register },
    ...(assess ? [{ ...base, type: 'assess' as const, impact: 'revise' as const, note: 'Phải sửa quy trình', now: at('2026-02-03'), ...assess }] : []),
    ...(incorporate ? [{ ...base, type: 'incorporate' as const, procedureCode: CODE, version: 2, now: at('2026-02-11'), ...incorporate }] : []),
  ];
  return stream(legalChangeStreamName(id), (c, s) => decideLegalChange(c, s, LEGAL_CONTEXT), evolveLegalChange, initialLegalChangeState, commands);
}

function nonconformity(id: string, steps: string[]): QualityHistoryEvent[] {
  const base = { nonconformityId: id, actor: ISO, now: at('2026-03-05') };
  const all = {
    raise: { ...base, type: 'raise' as const, source: 'audit' as const, sourceRef: ID.audit, clause: '8.5.1', description: 'Thiếu văn bản xin lỗi', severity: 'minor' as const, procedureCode: CODE },
    correct: { ...base, type: 'correct' as const, correction: 'Đã gửi văn bản xin lỗi' },
    analyse: { ...base, type: 'analyse' as const, rootCause: 'Chưa theo dõi hạn' },
    plan: { ...base, type: 'plan-action' as const, action: 'Bật cảnh báo hạn', ownerId: OWNER.userId, dueOn: '2026-04-30' },
    implement: { ...base, type: 'implement' as const, note: 'Đã bật', actor: OWNER, now: at('2026-03-10') },
    verify: { ...base, type: 'verify' as const, effective: true, note: 'Không còn hồ sơ trễ', now: at('2026-03-20') },
    close: { ...base, type: 'close' as const, now: at('2026-03-20') },
  };
  const commands = steps.map((step) => all[step as keyof typeof all]);
  return stream(nonconformityStreamName(id), (c, s) => decideNonconformity(c, s, OFFICE_CONTEXT), evolveNonconformity, initialNonconformityState, commands);
}

/** Every stream of the spring above, in order, decided by the real rules. */
export function qualityHistories(): QualityHistoryEvent[] {
  const audit = { auditId: ID.audit, actor: ISO };
  const review = { reviewId: ID.review };
  const declaration = { declarationId: ID.declaration };
  return [
    ...legalChange(ID.done, { docSymbol: DECREE, effectiveFrom: '2025-11-30' }, {}, {}),
    ...legalChange(ID.open, { docSymbol: '12/2026/QĐ-UBND', effectiveFrom: '2026-01-31', procedureCodes: [CODE, OTHER_CODE] }, {}, null),
    ...legalChange(ID.none, { docSymbol: '03/2026/TT-BXD', effectiveFrom: '2026-03-01', issuedOn: '2026-01-15', now: at('2026-03-02') }, { impact: 'none', now: at('2026-03-06') }, null),
    ...stream(internalAuditStreamName(ID.audit), (c, s) => decideInternalAudit(c, s, OFFICE_CONTEXT), evolveInternalAudit, initialInternalAuditState, [
      { ...audit, type: 'plan' as const, year: 2026, title: 'Đánh giá nội bộ đợt 1/2026', plannedOn: '2026-03-04', procedureCodes: [CODE], auditorIds: [userId('tp.th')], now: at('2026-02-20') },
      { ...audit, type: 'approve' as const, decisionRef: '05/QĐ-VP', actor: CHIEF, now: at('2026-02-21') },
      { ...audit, type: 'conduct' as const, conductedOn: '2026-03-04', checklist: [{ question: 'Hồ sơ trễ có văn bản xin lỗi?', procedureCode: CODE, result: 'nonconform' as const, evidence: 'Hồ sơ H01-0003' }], now: at('2026-03-04') },
      { ...audit, type: 'report' as const, summary: 'Một điểm không phù hợp nhẹ', findings: [{ kind: 'nonconformity' as const, clause: '8.5.1', description: 'Thiếu văn bản xin lỗi' }], now: at('2026-03-05') },
      { ...audit, type: 'close' as const, note: 'Đã ghi nhận điểm không phù hợp', now: at('2026-03-06') },
    ]),
    ...nonconformity(ID.ncOpen, ['raise', 'analyse', 'plan']),
    ...nonconformity(ID.ncClosed, ['raise', 'correct', 'analyse', 'plan', 'implement', 'verify', 'close']),
    ...stream(managementReviewStreamName(ID.review), (c, s) => decideManagementReview(c, s, { organisation: DEMO_ORGANISATION }), evolveManagementReview, initialManagementReviewState, [
      {
        ...review, type: 'hold' as const, heldOn: '2026-03-03', chairId: CHIEF.userId, inputs: REQUIRED_REVIEW_TOPICS.map((topic) => ({ topic, summary: topic })),
        decisions: ['Duy trì hệ thống'], actor: ISO, now: at('2026-03-04'),
      },
      { ...review, type: 'confirm' as const, actor: CHIEF, now: at('2026-03-05') },
    ]),
    ...stream(
      qmsDeclarationStreamName(ID.declaration),
      (c, s) => decideQmsDeclaration(c, s, { review: reviewConfirmed(), procedures: LEGAL_CONTEXT.procedures }),
      evolveQmsDeclaration,
      initialQmsDeclarationState,
      [
        { ...declaration, type: 'declare' as const, decisionNo: '25/QĐ-VP', declaredOn: '2026-03-05', reviewId: ID.review, procedureCodes: [CODE], actor: CHIEF, now: at('2026-03-05') },
        { ...declaration, type: 'notify' as const, recipient: 'Sở Khoa học và Công nghệ', docRef: '30/VP-HCTC', notifiedOn: '2026-03-06', actor: ISO, now: at('2026-03-06') },
        { ...declaration, type: 'post' as const, postedOn: '2026-03-06', websiteUrl: null, actor: ISO, now: at('2026-03-06') },
      ],
    ),
    ...ncProposals(),
  ];
}

/** Two proposals decided by the secretary: a late dossier accepted, an overdue step of a document dismissed. */
function ncProposals(): QualityHistoryEvent[] {
  const dossier: NcProposalSubject = { kind: 'dossier', dossierId: ID.lateDossier, code: 'VPUB-260302-0004', procedureCode: CODE, procedureName: null, due: '2026-03-12', doneOn: '2026-03-16', daysLate: 2 };
  const step: NcProposalSubject = { kind: 'step', documentId: ID.overdueDocument, step: 'submit', excerpt: 'V/v bố trí vốn', due: '2026-03-10', doneOn: null, daysLate: 6 };
  const decide = (subject: NcProposalSubject, command: object) =>
    stream(ncProposalStreamName(ncProposalKey(subject)), decideNcProposal, evolveNcProposal, initialNcProposalState, [{ key: ncProposalKey(subject), subject, actor: ISO, now: at('2026-03-18'), ...command } as Parameters<typeof decideNcProposal>[0]]);
  return [
    ...decide(dossier, { type: 'accept', nonconformityId: ID.proposedNc, severity: 'minor', description: null }),
    ...decide(step, { type: 'dismiss', reason: 'Chờ ý kiến của Sở Tài chính theo yêu cầu của lãnh đạo' }),
  ];
}

/** The review above as the declaration's handler folds it. */
function reviewConfirmed() {
  const held = { type: 'ManagementReviewHeld' as const, data: { year: 2026, heldOn: '2026-03-03', chairId: CHIEF.userId, inputs: [], decisions: [], by: ISO.userId, at: at('2026-03-04') } };
  const confirmed = { type: 'QmsEffectivenessConfirmed' as const, data: { note: null, by: CHIEF.userId, at: at('2026-03-05') } };
  return [held, confirmed].reduce(evolveManagementReview, initialManagementReviewState);
}
