import { localDateOf, yearOf } from '../calendar';
import { fieldOf, initialOutcome, issueDistribution, signOutcome, submissionTerms } from '../document';
import { outgoingSeriesKey, outgoingSymbolMark } from '../numbering';
import { hasRole } from '../organisation';
import { requireVersionInForce, ruleSetAt } from '../procedures';
import {
  ruleViolation,
  oneOf,
  optionalDueDate,
  positiveInteger,
  requireInstant,
  requireLocalDate,
  requireText,
  textList,
  type Actor,
} from '../shared';
import type {
  AppraiseDossier,
  Apologise,
  AssessFee,
  DigitiseItems,
  DossierCommand,
  InitialDossierResult,
  PayFee,
  ReceiveDossier,
  ReceiveDossierSupplement,
  ReceivePartnerOpinion,
  ReceiveResultAtDesk,
  RecordSatisfaction,
  RequestDossierSupplement,
  RequestPartnerOpinion,
  ReturnResult,
  SignDossierResult,
  StopProcessing,
  SubmitDossierOnline,
  SubmitDossierResult,
  TransferDossier,
  WithdrawDossier,
} from './dossier.commands';
import { missingFromChecklist } from './dossier.checklist';
import { namedProcedure, type DossierContext } from './dossier.context';
import { dossierDueDate, dueAfterSupplement, resultOutcome } from './dossier.clock';
import type { DossierEvent } from './dossier.events';
import { closeStep } from './dossier.handover';
import {
  stampDossierSequence, stampResultNumber, type UnnumberedDossierReceipt, type UnnumberedIssueDossierResult, type UnnumberedReceiveDossier, type UnnumberedResultIssue,
} from './dossier.numbers';
import { amountOf, answersOf, applicantOf, boundedText, missingItemsOf, optionalBoundedText, receivedItemsOf, requireId, SHORT_TEXT } from './dossier.inputs';
import type { DossierState, Holder } from './dossier.state';
import { guardDossierStep } from './dossier.turns';
import { DOSSIER_APPRAISAL_OUTCOMES, DOSSIER_CHANNELS, PAYMENT_METHODS, RETURN_METHODS, type ProcedureSnapshot } from './dossier.types';

const stampOf = (command: { actor: Actor; now: string }) => ({ by: command.actor.userId, at: command.now });
/** Who hands over: the actor, from their department. */
const fromActor = (actor: Actor): Holder & { userId: string } => ({ unitId: actor.departmentId, userId: actor.userId });

/* ---------------------------------------------------------------- reception */

/** Hồ sơ nộp trực tuyến: recorded as the portal sent it; the desk checks it when receiving. */
function submitOnline(command: SubmitDossierOnline, state: DossierState, { organisation, procedure }: DossierContext): DossierEvent[] {
  guardDossierStep('submit-online', state, command.actor, organisation);
  const registered = namedProcedure(procedure, command.procedureCode);
  return [
    {
      type: 'DossierSubmittedOnline',
      data: {
        dossierId: requireId(command.dossierId, 'dossierId'),
        procedureCode: registered.code,
        applicant: applicantOf(command.applicant),
        items: receivedItemsOf(command.items),
        portalRef: boundedText(command.portalRef, 'portalRef', 'REQUIRED', 'Thiếu mã hồ sơ trên Cổng dịch vụ công', SHORT_TEXT),
        submittedAt: command.now,
        ...stampOf(command),
      },
    },
  ];
}

/**
 * Tiếp nhận with the appointment slip (Mẫu 01), decided before the day's sequence is taken
 * (`stampDossierSequence` completes it, `dossier.numbers.ts`): the version in force on the day of
 * receipt, approved; every mandatory item of its checklist (else Mẫu 02, not reception); the due
 * date and the rule set of that day.
 */
export function decideDossierReceipt(command: UnnumberedReceiveDossier, state: DossierState, { organisation, calendar, procedure }: DossierContext): UnnumberedDossierReceipt {
  const before = guardDossierStep('receive', state, command.actor, organisation);
  const receivedAt = command.receivedAt == null ? command.now : requireInstant(command.receivedAt, 'receivedAt');
  if (Date.parse(receivedAt) > Date.parse(command.now)) {
    throw ruleViolation('RECEIVED_IN_FUTURE', 'Thời điểm tiếp nhận không được sau thời điểm ghi nhận', 'receivedAt');
  }
  const day = localDateOf(receivedAt);
  // Quyển số: one register book a year.
  if (command.registerBook !== yearOf(day)) throw ruleViolation('REGISTER_BOOK_MISMATCH', `Quyển sổ theo dõi hồ sơ phải là quyển năm ${yearOf(day)}`, 'registerBook');
  const registered = namedProcedure(procedure, command.procedureCode);
  const version = requireVersionInForce(registered, day);
  const applicant = applicantOf(command.applicant);
  const items = receivedItemsOf(command.items);
  const missing = missingFromChecklist(version.requiredItems, items);
  if (missing.length > 0) {
    throw ruleViolation(
      'CHECKLIST_INCOMPLETE',
      `Hồ sơ thiếu thành phần bắt buộc: ${missing.map((m) => `${m.item} (${m.reason})`).join('; ')}. Cần lập Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)`,
      'items',
      { missing },
    );
  }
  const channel = oneOf(command.channel, DOSSIER_CHANNELS, 'channel', 'Hình thức nộp hồ sơ phải là trực tiếp, bưu chính hoặc trực tuyến');
  if (before.status === 'submitted_online' && channel !== 'online') {
    throw ruleViolation('CHANNEL_MISMATCH', 'Hồ sơ nộp trên Cổng dịch vụ công được tiếp nhận theo hình thức trực tuyến', 'channel');
  }
  const sets = command.sets == null ? 1 : positiveInteger(command.sets, 'sets', 'INVALID_SETS', 'Số bộ hồ sơ phải là số nguyên dương');
  const ruleSet = ruleSetAt(day);
  const snapshot: ProcedureSnapshot = {
    code: registered.code,
    name: registered.name,
    fieldCode: registered.fieldCode,
    version: version.version,
    ruleSet,
    statutoryDays: version.statutoryDays,
    cutoffHour: version.cutoffHour,
    supplementPolicy: version.supplementPolicy,
    steps: version.steps,
    feeVnd: version.feeVnd,
    onlineLevel: version.onlineLevel,
    resultType: version.resultType,
  };
  const { countsFrom, due } = dossierDueDate(receivedAt, version, calendar);
  return {
    type: 'DossierReceived',
    data: {
      dossierId: requireId(command.dossierId, 'dossierId'),
      registerBook: command.registerBook,
      procedure: snapshot,
      ruleSet,
      applicant,
      items,
      sets,
      channel,
      receivedAt,
      countsFrom,
      due,
      pin: requireText(command.pin, 'pin', 'REQUIRED', 'Thiếu mã tra cứu của hồ sơ'),
      ...stampOf(command),
    },
  };
}

/** The reception as the command states it: decided, stamped with its sequence, and the code it gives must be the command's. */
function receive(command: ReceiveDossier, state: DossierState, context: DossierContext): DossierEvent[] {
  const received = stampDossierSequence(decideDossierReceipt(command, state, context), command.sequence);
  const { code } = received.data;
  if (command.code !== code) throw ruleViolation('CODE_MISMATCH', `Mã hồ sơ phải là ${code} (ngày tiếp nhận và số thứ tự)`, 'code');
  return [received];
}

/* ---------------------------------------------------------------- processing */

/** To a department (its head then holds it) or to one specialist (the handler); closes the current step. */
function transfer(command: TransferDossier, state: DossierState, { organisation, calendar }: DossierContext): DossierEvent[] {
  const dossier = guardDossierStep('transfer', state, command.actor, organisation);
  const toUnitId = optionalBoundedText(command.toUnitId, 'toUnitId');
  const toUserId = optionalBoundedText(command.toUserId, 'toUserId');
  if ((toUnitId === null) === (toUserId === null)) {
    throw ruleViolation('ONE_TRANSFER_TARGET', 'Chuyển hồ sơ cho đúng một nơi: một phòng hoặc một chuyên viên', 'toUnitId');
  }
  let to: Holder;
  if (toUnitId !== null) {
    if (!organisation.departments.some((d) => d.id === toUnitId)) throw ruleViolation('UNKNOWN_DEPARTMENT', 'Phòng nhận hồ sơ không có trong cơ cấu tổ chức', 'toUnitId');
    to = { unitId: toUnitId, userId: null };
  } else {
    const specialist = organisation.users.find((u) => u.id === toUserId);
    if (!specialist || !hasRole(specialist, 'specialist')) throw ruleViolation('NOT_A_SPECIALIST', 'Chỉ chuyển hồ sơ cho một chuyên viên để thụ lý', 'toUserId');
    to = { unitId: specialist.departmentId, userId: specialist.id };
  }
  if (to.unitId === dossier.holder.unitId && to.userId === dossier.holder.userId) {
    throw ruleViolation('ALREADY_HOLDS', 'Hồ sơ đang ở chính nơi nhận này', toUserId === null ? 'toUnitId' : 'toUserId');
  }
  const handover = closeStep(dossier, fromActor(command.actor), to, command.now, 'Chuyển hồ sơ', calendar);
  return [{ type: 'DossierTransferred', data: { toUnitId: to.unitId, toUserId: to.userId, note: optionalBoundedText(command.note, 'note'), handover, ...stampOf(command) } }];
}

function appraise(command: AppraiseDossier, state: DossierState, { organisation }: DossierContext): DossierEvent[] {
  guardDossierStep('appraise', state, command.actor, organisation);
  const outcome = oneOf(command.outcome, DOSSIER_APPRAISAL_OUTCOMES, 'outcome', 'Kết luận thẩm định phải là đủ điều kiện, không đủ điều kiện hoặc cần bổ sung');
  const findings = boundedText(command.findings, 'findings', 'FINDINGS_REQUIRED', 'Cần ghi kết quả thẩm định hồ sơ');
  return [{ type: 'DossierAppraised', data: { outcome, findings, note: optionalBoundedText(command.note, 'note'), ...stampOf(command) } }];
}

/** Everything missing, once per handling unit; sent to the applicant through the desk. The clock pauses or will restart, per version. */
function requestSupplement(command: RequestDossierSupplement, state: DossierState, { organisation }: DossierContext): DossierEvent[] {
  const dossier = guardDossierStep('request-supplement', state, command.actor, organisation);
  const missing = missingItemsOf(command.missing);
  return [{ type: 'SupplementRequestedDuringProcessing', data: { missing, policy: dossier.procedure.supplementPolicy, ...stampOf(command) } }];
}

function receiveSupplement(command: ReceiveDossierSupplement, state: DossierState, { organisation, calendar }: DossierContext): DossierEvent[] {
  const dossier = guardDossierStep('receive-supplement', state, command.actor, organisation);
  const items = textList(command.items, 'items', 'ITEMS_REQUIRED', 'Cần ghi các thành phần hồ sơ đã bổ sung');
  const requested = dossier.supplements[dossier.supplements.length - 1];
  const due = dueAfterSupplement(requested.policy, dossier.due, requested.requestedAt, command.now, dossier.procedure, calendar);
  return [{ type: 'DossierSupplementReceived', data: { items, previousDue: dossier.due, due, ...stampOf(command) } }];
}

function requestOpinion(command: RequestPartnerOpinion, state: DossierState, { organisation }: DossierContext): DossierEvent[] {
  const dossier = guardDossierStep('request-opinion', state, command.actor, organisation);
  const partner = boundedText(command.partner, 'partner', 'PARTNER_REQUIRED', 'Cần ghi cơ quan được lấy ý kiến', SHORT_TEXT);
  if (dossier.opinions.some((o) => o.partner === partner && o.opinion === null)) {
    throw ruleViolation('OPINION_ALREADY_REQUESTED', `Đang chờ ý kiến của ${partner}`, 'partner');
  }
  const request = boundedText(command.request, 'request', 'REQUEST_REQUIRED', 'Cần ghi nội dung xin ý kiến');
  return [{ type: 'PartnerOpinionRequested', data: { partner, request, dueDate: optionalDueDate(command.dueDate, command.now, 'dueDate'), ...stampOf(command) } }];
}

function receiveOpinion(command: ReceivePartnerOpinion, state: DossierState, { organisation }: DossierContext): DossierEvent[] {
  const dossier = guardDossierStep('receive-opinion', state, command.actor, organisation);
  const partner = boundedText(command.partner, 'partner', 'PARTNER_REQUIRED', 'Cần ghi cơ quan có ý kiến', SHORT_TEXT);
  if (!dossier.opinions.some((o) => o.partner === partner && o.opinion === null)) {
    throw ruleViolation('OPINION_NOT_REQUESTED', `Chưa xin ý kiến của ${partner} hoặc đã nhận ý kiến`, 'partner');
  }
  const opinion = boundedText(command.opinion, 'opinion', 'OPINION_REQUIRED', 'Cần ghi nội dung ý kiến');
  return [{ type: 'PartnerOpinionReceived', data: { partner, opinion, ...stampOf(command) } }];
}

/* ---------------------------------------------------------------- the result: the signing path of documents */

/** Phiếu trình of the result to one competent leader; goes to the office leader in charge for the initial. */
function submit(command: SubmitDossierResult, state: DossierState, { organisation, calendar }: DossierContext): DossierEvent[] {
  const dossier = guardDossierStep('submit', state, command.actor, organisation);
  const field = fieldOf(dossier.procedure, organisation);
  const terms = submissionTerms({ ...command, leaderIds: [command.leaderId].flat() }, field, organisation, 'leaderId');
  const handover = closeStep(dossier, fromActor(command.actor), { unitId: null, userId: field.officeLeaderId }, command.now, 'Trình kết quả giải quyết', calendar);
  return [{ type: 'DossierResultSubmitted', data: { ...terms, handover, ...stampOf(command) } }];
}

function initial(command: InitialDossierResult, state: DossierState, { organisation, calendar }: DossierContext): DossierEvent[] {
  const dossier = guardDossierStep('initial', state, command.actor, organisation);
  const outcome = initialOutcome(command);
  if (!outcome.agree) return [{ type: 'DossierSubmissionReturned', data: { note: outcome.note, ...stampOf(command) } }];
  const { leaderId } = dossier.submission;
  const handover = closeStep(dossier, fromActor(command.actor), { unitId: null, userId: leaderId }, command.now, 'Ký nháy phiếu trình', calendar);
  return [{ type: 'DossierResultInitialled', data: { leaderId, note: outcome.note, handover, ...stampOf(command) } }];
}

/** Signed, the result goes to the clerks (văn thư) for numbering and issue. */
function sign(command: SignDossierResult, state: DossierState, { organisation, calendar }: DossierContext): DossierEvent[] {
  const dossier = guardDossierStep('sign', state, command.actor, organisation);
  const outcome = signOutcome(command);
  if (outcome.decision === 'rejected') return [{ type: 'DossierSubmissionRejected', data: { note: outcome.note, ...stampOf(command) } }];
  const handover = closeStep(dossier, fromActor(command.actor), { unitId: null, userId: null }, command.now, 'Ký kết quả giải quyết', calendar);
  return [{ type: 'DossierResultSigned', data: { signsAs: dossier.submission.signsAs, note: outcome.note, handover, ...stampOf(command) } }];
}

/**
 * Phát hành kết quả, decided before the outgoing number is taken (`stampResultNumber` completes
 * it): numbered in the outgoing register like any outgoing document, its symbol settled but for
 * the number; the result goes back to the desk.
 */
export function decideDossierResultIssue(command: UnnumberedIssueDossierResult, state: DossierState, { organisation, calendar }: DossierContext): UnnumberedResultIssue {
  const dossier = guardDossierStep('issue', state, command.actor, organisation);
  const { draft } = dossier.submission;
  const unitCode = optionalBoundedText(command.symbolSuffix, 'symbolSuffix', 20) ?? organisation.departments.find((d) => d.id === dossier.handlingUnitId)?.code ?? null;
  const symbolMark = outgoingSymbolMark({ documentType: draft.documentType, signedBy: dossier.signature.signsAs, unitCode });
  const { recipients, copies } = issueDistribution(command);
  const handover = closeStep(dossier, fromActor(command.actor), { unitId: dossier.desk.unitId, userId: dossier.desk.userId }, command.now, 'Phát hành kết quả', calendar);
  return {
    type: 'DossierResultIssued',
    data: {
      // A dossier's result is never confidential: it goes in the year's normal outgoing series.
      outgoingYear: outgoingSeriesKey('normal', command.now).year,
      documentType: draft.documentType,
      excerpt: draft.excerpt,
      recipients,
      copies,
      responsibleSpecialistId: dossier.handlerId,
      signerId: dossier.signature.by,
      signsAs: dossier.signature.signsAs,
      handover,
      ...stampOf(command),
    },
    symbolMark,
  };
}

/* ---------------------------------------------------------------- delays and endings */

/**
 * Mẫu 04: a new date after the current one (the last apology's, else the due date), on a
 * working day; `issuedLate` when given on or after the original due date. It never moves the
 * due date: the classification keeps the original yardstick.
 */
function apologise(command: Apologise, state: DossierState, { organisation, calendar }: DossierContext): DossierEvent[] {
  const dossier = guardDossierStep('apologise', state, command.actor, organisation);
  const reason = boundedText(command.reason, 'reason', 'REASON_REQUIRED', 'Văn bản xin lỗi phải nêu lý do chậm trả kết quả');
  const newDueDate = requireLocalDate(command.newDueDate, 'newDueDate');
  const previousDueDate = dossier.apologies[dossier.apologies.length - 1]?.newDueDate ?? dossier.due.due;
  if (newDueDate <= previousDueDate) {
    throw ruleViolation('APOLOGY_DATE_NOT_LATER', `Ngày hẹn trả mới phải sau ngày hẹn hiện tại (${previousDueDate})`, 'newDueDate');
  }
  if (!calendar.isWorkingDay(newDueDate)) throw ruleViolation('NOT_A_WORKING_DAY', `Ngày hẹn trả mới (${newDueDate}) không phải ngày làm việc`, 'newDueDate');
  const issuedLate = localDateOf(command.now) >= dossier.due.due;
  return [{ type: 'ApologyIssued', data: { reason, previousDueDate, newDueDate, issuedLate, ...stampOf(command) } }];
}

/** Thông báo dừng giải quyết (2025 Mẫu 05), by an office leader. */
function stop(command: StopProcessing, state: DossierState, { organisation }: DossierContext): DossierEvent[] {
  guardDossierStep('stop', state, command.actor, organisation);
  return [{ type: 'ProcessingStopped', data: { reason: boundedText(command.reason, 'reason', 'REASON_REQUIRED', 'Thông báo dừng giải quyết phải nêu lý do'), ...stampOf(command) } }];
}

/** Rút hồ sơ at the applicant's request, before the result is issued. */
function withdraw(command: WithdrawDossier, state: DossierState, { organisation }: DossierContext): DossierEvent[] {
  guardDossierStep('withdraw', state, command.actor, organisation);
  return [{ type: 'DossierWithdrawn', data: { reason: boundedText(command.reason, 'reason', 'REASON_REQUIRED', 'Cần ghi lý do rút hồ sơ'), ...stampOf(command) } }];
}

/* ---------------------------------------------------------------- the desk */

/** The result reaches the desk from the clerk who issued it: the dossier's class is final. */
function resultAtDesk(command: ReceiveResultAtDesk, state: DossierState, { organisation, calendar }: DossierContext): DossierEvent[] {
  const dossier = guardDossierStep('result-at-desk', state, command.actor, organisation);
  const issuer = dossier.result.issuedBy;
  const from = { unitId: organisation.users.find((u) => u.id === issuer)?.departmentId ?? null, userId: issuer };
  const handover = closeStep(dossier, from, fromActor(command.actor), command.now, 'Chuyển kết quả về Bộ phận một cửa', calendar);
  return [{ type: 'ResultReceivedAtDesk', data: { classification: resultOutcome(command.now, dossier.due), handover, ...stampOf(command) } }];
}

/** Trả kết quả against the receiver's signature (ký nhận). */
function returnResult(command: ReturnResult, state: DossierState, { organisation }: DossierContext): DossierEvent[] {
  guardDossierStep('return', state, command.actor, organisation);
  const name = boundedText(command.receivedBy?.name, 'receivedBy.name', 'RECEIPT_SIGNATURE_REQUIRED', 'Cần ghi họ tên người nhận kết quả (ký nhận)', SHORT_TEXT);
  const idNumber = optionalBoundedText(command.receivedBy?.idNumber, 'receivedBy.idNumber', 20);
  const method = oneOf(command.method, RETURN_METHODS, 'method', 'Hình thức trả kết quả phải là tại Bộ phận một cửa, bưu chính hoặc trực tuyến');
  return [{ type: 'ResultReturned', data: { receivedBy: { name, idNumber }, method, ...stampOf(command) } }];
}

function assessFee(command: AssessFee, state: DossierState, { organisation }: DossierContext): DossierEvent[] {
  guardDossierStep('fees', state, command.actor, organisation);
  return [{ type: 'FeeAssessed', data: { amountVnd: amountOf(command.amountVnd, 'amountVnd'), ...stampOf(command) } }];
}

/** The fee assessed, paid in full (the amount, when given, must be it). */
function payFee(command: PayFee, state: DossierState, { organisation }: DossierContext): DossierEvent[] {
  const dossier = guardDossierStep('payments', state, command.actor, organisation);
  const method = oneOf(command.method, PAYMENT_METHODS, 'method', 'Hình thức nộp phí phải là tiền mặt, chuyển khoản hoặc trực tuyến');
  const assessed = dossier.fee?.assessedVnd ?? 0;
  const amountVnd = command.amountVnd == null ? assessed : amountOf(command.amountVnd, 'amountVnd');
  if (amountVnd !== assessed) throw ruleViolation('AMOUNT_MISMATCH', `Số tiền nộp phải bằng số phí, lệ phí đã ghi (${assessed} đồng)`, 'amountVnd');
  return [{ type: 'FeePaid', data: { amountVnd, method, ...stampOf(command) } }];
}

/** Số hóa: items of those received. */
function digitise(command: DigitiseItems, state: DossierState, { organisation }: DossierContext): DossierEvent[] {
  const dossier = guardDossierStep('digitise', state, command.actor, organisation);
  const items = textList(command.items, 'items', 'ITEMS_REQUIRED', 'Cần ghi các thành phần hồ sơ đã số hóa');
  const unknown = items.find((item) => !dossier.items.some((received) => received.name === item));
  if (unknown !== undefined) throw ruleViolation('ITEM_NOT_RECEIVED', `"${unknown}" không phải thành phần hồ sơ đã tiếp nhận`, 'items');
  return [{ type: 'ItemsDigitised', data: { items, ...stampOf(command) } }];
}

function recordSatisfaction(command: RecordSatisfaction, state: DossierState, { organisation }: DossierContext): DossierEvent[] {
  guardDossierStep('satisfaction', state, command.actor, organisation);
  const score = command.score;
  if (typeof score !== 'number' || !Number.isInteger(score) || score < 1 || score > 5) {
    throw ruleViolation('INVALID_SCORE', 'Mức độ hài lòng là số nguyên từ 1 đến 5', 'score');
  }
  return [{ type: 'SatisfactionRecorded', data: { score, answers: answersOf(command.answers), ...stampOf(command) } }];
}

/**
 * The decider of a one-stop dossier (DOMAIN.md §6): the events a command causes in the given
 * state, or a `DomainError` (WRONG_STATE, FORBIDDEN, RULE_VIOLATION with `rule`, NOT_FOUND).
 * Pure: time, actor, ids, codes and numbers come with the command; the organisation, the
 * calendar and the procedure with the context.
 */
export function decideDossier(command: DossierCommand, state: DossierState, context: DossierContext): DossierEvent[] {
  requireInstant(command.now, 'now');
  switch (command.type) {
    case 'submit-online':
      return submitOnline(command, state, context);
    case 'receive':
      return receive(command, state, context);
    case 'transfer':
      return transfer(command, state, context);
    case 'appraise':
      return appraise(command, state, context);
    case 'request-supplement':
      return requestSupplement(command, state, context);
    case 'receive-supplement':
      return receiveSupplement(command, state, context);
    case 'request-opinion':
      return requestOpinion(command, state, context);
    case 'receive-opinion':
      return receiveOpinion(command, state, context);
    case 'submit':
      return submit(command, state, context);
    case 'initial':
      return initial(command, state, context);
    case 'sign':
      return sign(command, state, context);
    case 'issue':
      return [stampResultNumber(decideDossierResultIssue(command, state, context), command.outgoingNumber)];
    case 'apologise':
      return apologise(command, state, context);
    case 'stop':
      return stop(command, state, context);
    case 'withdraw':
      return withdraw(command, state, context);
    case 'result-at-desk':
      return resultAtDesk(command, state, context);
    case 'return':
      return returnResult(command, state, context);
    case 'fees':
      return assessFee(command, state, context);
    case 'payments':
      return payFee(command, state, context);
    case 'digitise':
      return digitise(command, state, context);
    case 'satisfaction':
      return recordSatisfaction(command, state, context);
  }
}
