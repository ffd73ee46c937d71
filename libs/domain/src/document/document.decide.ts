import { localDateOf, type WorkingCalendar } from '../calendar';
import { INCOMING_DOCUMENTS_PROCESS_V1, URGENCIES, leaderDeadline as leaderClock, stepDeadline, type DocumentProcess } from '../deadlines';
import { hasRole, type Organisation, type User } from '../organisation';
import { incomingSeriesKey, outgoingSeriesKey } from '../numbering';
import {
  ruleViolation,
  CONFIDENTIALITIES,
  oneOf,
  optionalDueDate,
  optionalText,
  positiveInteger,
  requireInstant,
  requireLocalDate,
  requireText,
  textList,
} from '../shared';
import type {
  AppraiseDocument,
  ArchiveDocument,
  AssignDocument,
  DistributeDocument,
  DocumentCommand,
  ExtendDeadline,
  FindingInput,
  InitialSubmission,
  ReceiveSupplement,
  RequestSupplement,
  ReturnDocument,
  SignDocument,
  SubmitDocument,
} from './document.commands';
import type { DocumentEvent } from './document.events';
import { stampIncomingNumber, stampOutgoingNumber, type UnnumberedIssue, type UnnumberedIssued, type UnnumberedReceipt, type UnnumberedReceive } from './document.numbers';
import {
  fieldOf,
  guardAppraise,
  guardArchive,
  guardAssign,
  guardDistribute,
  guardExtendDeadline,
  guardInitial,
  guardIssue,
  guardReceive,
  guardReceiveSupplement,
  guardRequestSupplement,
  guardReturn,
  guardSign,
  guardSubmit,
  signedWork,
} from './document.guards';
import type { DocumentState } from './document.state';
import { CHANNELS, FINDING_HEADINGS, type AppraisalFindings, type ForInformation, type Retention } from './document.types';
import { initialOutcome, issueDistribution, signingAuthority, signOutcome, submissionTerms } from './signing-path';
import { refuseRecalled } from './document.recall';
import type { DelegationGrant } from '../delegations';

/** What the decider needs besides the command and the state: who is who, and the working days. */
export interface DocumentContext {
  organisation: Organisation;
  calendar: WorkingCalendar;
  /** The signing delegations the actor holds (read at command time): absent, only the named leader signs. */
  delegations?: readonly DelegationGrant[];
  /**
   * The incoming-documents process version in force at registration (QT-VB-01), read from the
   * catalogue at command time; only `receive` uses it (later steps keep the document's own). Absent:
   * version 1, as the calendar falls back to its shipped years before any approval.
   */
  process?: DocumentProcess;
}

/* ---------------------------------------------------------------- helpers */

function findUser(organisation: Organisation, userId: string): User | undefined {
  return organisation.users.find((user) => user.id === userId);
}

/* ---------------------------------------------------------------- one function per command */

/** Tiếp nhận, đăng ký, decided before the number is taken: `stampIncomingNumber` completes it (`document.numbers.ts`). */
export function decideDocumentReceipt(command: UnnumberedReceive, state: DocumentState, { organisation, calendar, process = INCOMING_DOCUMENTS_PROCESS_V1 }: DocumentContext): UnnumberedReceipt {
  guardReceive(state, command.actor);
  const now = command.now;
  if (!command.documentId?.trim()) throw ruleViolation('REQUIRED', 'Thiếu mã văn bản', 'documentId');
  const source = command.source ?? { agency: '', symbol: '', issuedDate: '' };
  const agency = requireText(source.agency, 'source.agency', 'REQUIRED', 'Cần ghi tác giả (cơ quan ban hành) của văn bản');
  const symbol = requireText(source.symbol, 'source.symbol', 'REQUIRED', 'Cần ghi số và ký hiệu của văn bản');
  const issuedDate = requireLocalDate(source.issuedDate, 'source.issuedDate');
  const excerpt = requireText(command.excerpt, 'excerpt', 'REQUIRED', 'Cần ghi trích yếu nội dung văn bản');
  const documentType = requireText(command.documentType, 'documentType', 'REQUIRED', 'Cần ghi tên loại văn bản');
  if (!organisation.fields.some((field) => field.code === command.fieldCode)) {
    throw ruleViolation('UNKNOWN_FIELD', `Lĩnh vực "${command.fieldCode}" không có trong cơ cấu tổ chức`, 'fieldCode');
  }
  const urgency = oneOf(command.urgency, URGENCIES, 'urgency', 'Độ khẩn không hợp lệ');
  const confidentiality = oneOf(command.confidentiality, CONFIDENTIALITIES, 'confidentiality', 'Độ mật không hợp lệ');
  const channel = oneOf(command.channel, CHANNELS, 'channel', 'Hình thức nhận văn bản không hợp lệ');
  const pages = command.pages == null ? null : positiveInteger(command.pages, 'pages', 'INVALID_PAGES', 'Số trang phải là số nguyên dương');
  const receivedAt = command.receivedAt == null ? now : requireInstant(command.receivedAt, 'receivedAt');
  if (Date.parse(receivedAt) > Date.parse(now)) throw ruleViolation('RECEIVED_IN_FUTURE', 'Thời điểm đến không được sau thời điểm đăng ký', 'receivedAt');
  if (issuedDate > localDateOf(receivedAt)) {
    throw ruleViolation('ISSUED_AFTER_RECEIVED', 'Ngày văn bản không được sau ngày đến', 'source.issuedDate');
  }
  const sealedForUserId = optionalText(command.sealedForUserId);
  if (sealedForUserId !== null && !findUser(organisation, sealedForUserId)) {
    throw ruleViolation('UNKNOWN_USER', 'Người nhận đích danh không có trong danh sách cán bộ', 'sealedForUserId');
  }
  const series = incomingSeriesKey(confidentiality, now);
  return {
    type: 'DocumentReceived',
    data: {
      documentId: command.documentId,
      incomingYear: series.year,
      incomingSeries: series.series,
      source: { agency, symbol, issuedDate, signer: optionalText(source.signer) },
      excerpt,
      documentType,
      fieldCode: command.fieldCode,
      urgency,
      confidentiality,
      channel,
      pages,
      receivedAt,
      sealedForUserId,
      deadlines: {
        distribute: stepDeadline('distribute', receivedAt, urgency, process.limits, calendar),
        supplement: stepDeadline('supplement', receivedAt, urgency, process.limits, calendar),
        submit: stepDeadline('submit', receivedAt, urgency, process.limits, calendar),
      },
      process,
      by: command.actor.userId,
      at: now,
    },
  };
}

function distribute(command: DistributeDocument, state: DocumentState, { organisation, calendar }: DocumentContext): DocumentEvent[] {
  const document = guardDistribute(state, command.actor, organisation);
  if (!organisation.departments.some((department) => department.id === command.departmentId)) {
    throw ruleViolation('UNKNOWN_DEPARTMENT', 'Phòng được phân phối không có trong cơ cấu tổ chức', 'departmentId');
  }
  const direction = requireText(command.direction, 'direction', 'DIRECTION_REQUIRED', 'Cần ghi ý kiến chỉ đạo khi phân phối văn bản');
  const dueDate = optionalDueDate(command.dueDate, command.now, 'dueDate');
  const forInformation = forInformationOf(command, organisation);
  return [
    {
      type: 'DocumentDistributed',
      data: {
        departmentId: command.departmentId,
        direction,
        forInformation,
        dueDate,
        leaderDeadline: dueDate ? leaderClock(dueDate, calendar) : null,
        redistribution: document.status === 'returned',
        by: command.actor.userId,
        at: command.now,
      },
    },
  ];
}

/** A list of ids from the request: absent or null is none; otherwise known ids, each once. */
function idList(value: unknown, field: string, known: (id: string) => boolean, unknown: { rule: string; message: string }): string[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value) || value.some((id) => typeof id !== 'string')) throw ruleViolation('INVALID_VALUE', 'Danh sách để biết phải là danh sách mã', field);
  const ids = value as string[];
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice !== undefined) throw ruleViolation('DUPLICATE_FOR_INFORMATION', 'Mỗi nơi nhận để biết chỉ được ghi một lần', field);
  if (!ids.every(known)) throw ruleViolation(unknown.rule, unknown.message, field);
  return ids;
}

/**
 * Để biết: departments and people told of the document without responsibility. The lead department
 * is the one focal point (QC 10.1.1), so it is never also "for information".
 */
function forInformationOf(command: DistributeDocument, organisation: Organisation): ForInformation {
  const given = command.forInformation ?? {};
  const departmentIds = idList(given.departmentIds, 'forInformation.departmentIds', (id) => organisation.departments.some((d) => d.id === id), {
    rule: 'UNKNOWN_DEPARTMENT',
    message: 'Phòng nhận để biết không có trong cơ cấu tổ chức',
  });
  if (departmentIds.includes(command.departmentId)) {
    throw ruleViolation('LEAD_DEPARTMENT_FOR_INFORMATION', 'Phòng chủ trì đã nhận văn bản để xử lý, không ghi thêm vào nơi nhận để biết', 'forInformation.departmentIds');
  }
  const userIds = idList(given.userIds, 'forInformation.userIds', (id) => findUser(organisation, id) !== undefined, {
    rule: 'UNKNOWN_USER',
    message: 'Người nhận để biết không có trong danh sách cán bộ',
  });
  return { departmentIds, userIds };
}

/** The first assign gives the work to one specialist; any later one is a reassignment (reason required). */
function assign(command: AssignDocument, state: DocumentState, { organisation }: DocumentContext): DocumentEvent[] {
  const document = guardAssign(state, command.actor);
  const reassignment = document.status !== 'distributed';
  const specialist = findUser(organisation, command.specialistId);
  if (!specialist || !hasRole(specialist, 'specialist') || specialist.departmentId !== document.departmentId) {
    throw ruleViolation('SPECIALIST_NOT_IN_DEPARTMENT', 'Chỉ được giao cho một chuyên viên của phòng được phân phối văn bản', 'specialistId');
  }
  if (reassignment && specialist.id === document.assigneeId) {
    throw ruleViolation('ALREADY_ASSIGNED', 'Văn bản đang được giao cho chính chuyên viên này', 'specialistId');
  }
  const reason = reassignment
    ? requireText(command.reason, 'reason', 'REASON_REQUIRED', 'Giao lại văn bản cho chuyên viên khác phải nêu lý do')
    : optionalText(command.reason);
  const dueDate = optionalDueDate(command.dueDate, command.now, 'dueDate');
  const leader = document.deadlines.leader;
  if (dueDate && leader && dueDate > leader.due) {
    throw ruleViolation('DUE_DATE_AFTER_LEADER_DEADLINE', `Thời hạn giao chuyên viên không được sau thời hạn lãnh đạo đã giao (${leader.due})`, 'dueDate');
  }
  return [
    {
      type: 'DocumentAssigned',
      data: {
        departmentId: document.departmentId,
        specialistId: specialist.id,
        previousSpecialistId: reassignment ? document.assigneeId : null,
        reassignment,
        reason,
        dueDate,
        by: command.actor.userId,
        at: command.now,
      },
    },
  ];
}

function returnDocument(command: ReturnDocument, state: DocumentState): DocumentEvent[] {
  const document = guardReturn(state, command.actor);
  const reason = requireText(command.reason, 'reason', 'REASON_REQUIRED', 'Trả lại văn bản chuyển sai phải nêu lý do');
  return [
    {
      type: 'DocumentReturned',
      data: { reason, departmentId: document.departmentId, specialistId: document.assigneeId, by: command.actor.userId, at: command.now },
    },
  ];
}

const HEADING_LABELS: Record<keyof AppraisalFindings, string> = {
  procedure: 'trình tự, thủ tục',
  format: 'thể thức',
  content: 'nội dung',
  legality: 'tính hợp pháp',
};

function appraise(command: AppraiseDocument, state: DocumentState): DocumentEvent[] {
  guardAppraise(state, command.actor);
  const findings = {} as AppraisalFindings;
  for (const heading of FINDING_HEADINGS) {
    const input: FindingInput | undefined = command.findings?.[heading];
    if (!input || typeof input.ok !== 'boolean') {
      throw ruleViolation('FINDINGS_REQUIRED', `Cần có kết quả thẩm định về ${HEADING_LABELS[heading]}`, `findings.${heading}`);
    }
    const note = optionalText(input.note);
    if (!input.ok && note === null) {
      throw ruleViolation('FINDING_NOTE_REQUIRED', `Cần nêu rõ điểm chưa đạt về ${HEADING_LABELS[heading]}`, `findings.${heading}.note`);
    }
    findings[heading] = { ok: input.ok, note };
  }
  const outcome = oneOf(command.outcome, ['valid', 'needs_supplement'] as const, 'outcome', 'Kết luận thẩm định không hợp lệ');
  if (outcome === 'valid' && FINDING_HEADINGS.some((heading) => !findings[heading].ok)) {
    throw ruleViolation('APPRAISAL_INCONSISTENT', 'Không thể kết luận hồ sơ hợp lệ khi còn nội dung thẩm định chưa đạt', 'outcome');
  }
  return [{ type: 'DocumentAppraised', data: { findings, outcome, by: command.actor.userId, at: command.now } }];
}

function requestSupplement(command: RequestSupplement, state: DocumentState): DocumentEvent[] {
  guardRequestSupplement(state, command.actor);
  const missingItems = textList(command.missingItems, 'missingItems', 'MISSING_ITEMS_REQUIRED', 'Cần liệt kê đầy đủ các nội dung hồ sơ còn thiếu');
  return [{ type: 'SupplementRequested', data: { missingItems, note: optionalText(command.note), by: command.actor.userId, at: command.now } }];
}

/** The dossier is valid again from now: the `submit` clock restarts (QC 10.2.3). */
function receiveSupplement(command: ReceiveSupplement, state: DocumentState, { calendar }: DocumentContext): DocumentEvent[] {
  const document = guardReceiveSupplement(state, command.actor);
  const submitDeadline = stepDeadline('submit', command.now, document.urgency, document.process.limits, calendar);
  return [
    {
      type: 'SupplementReceived',
      data: { note: optionalText(command.note), submitDeadline, by: command.actor.userId, at: command.now },
    },
  ];
}

/** Phiếu trình: to exactly one leader competent for the field (QC 10.2.3). */
function submit(command: SubmitDocument, state: DocumentState, { organisation }: DocumentContext): DocumentEvent[] {
  const document = guardSubmit(state, command.actor);
  const terms = submissionTerms(command, fieldOf(document, organisation), organisation);
  return [{ type: 'DocumentSubmitted', data: { ...terms, by: command.actor.userId, at: command.now } }];
}

/** Ký nháy, or (not agreed) back to the specialist with the reason. */
function initial(command: InitialSubmission, state: DocumentState, { organisation }: DocumentContext): DocumentEvent[] {
  const document = guardInitial(state, command.actor, organisation);
  const outcome = initialOutcome(command);
  const stamp = { by: command.actor.userId, at: command.now };
  if (outcome.agree) return [{ type: 'SubmissionInitialled', data: { leaderId: document.submission.leaderId, note: outcome.note, ...stamp } }];
  return [{ type: 'SubmissionReturned', data: { note: outcome.note, ...stamp } }];
}

/** Ký ban hành (starts the `issue` clock) in the capacity the signer holds, or reject back to the specialist with the reason. */
function sign(command: SignDocument, state: DocumentState, { calendar, delegations = [] }: DocumentContext): DocumentEvent[] {
  const signing = { delegations, now: command.now };
  const claim = { capacity: command.capacity, delegationId: command.delegationId };
  const document = guardSign(state, command.actor, undefined, signing, claim);
  const authority = signingAuthority(command.actor, document.submission.leaderId, signedWork(document), claim, signing);
  const outcome = signOutcome(command);
  const stamp = { by: command.actor.userId, at: command.now };
  if (outcome.decision === 'approved') {
    return [
      {
        type: 'DocumentSigned',
        data: {
          signsAs: document.submission.signsAs,
          ...authority,
          note: outcome.note,
          issueDeadline: stepDeadline('issue', command.now, document.urgency, document.process.limits, calendar),
          ...stamp,
        },
      },
    ];
  }
  return [{ type: 'SubmissionRejected', data: { note: outcome.note, ...stamp } }];
}

/** Phát hành, decided before the number is taken: `stampOutgoingNumber` completes it with the number and symbol. */
export function decideDocumentIssue(command: UnnumberedIssue, state: DocumentState): UnnumberedIssued {
  const document = guardIssue(state, command.actor);
  const { draft } = document.submission;
  const { recipients, copies } = issueDistribution(command);
  return {
    type: 'DocumentIssued',
    data: {
      outgoingYear: outgoingSeriesKey(document.confidentiality, command.now).year,
      documentType: draft.documentType,
      excerpt: draft.excerpt,
      recipients,
      copies,
      responsibleSpecialistId: document.assigneeId,
      signerId: document.signature.by,
      signsAs: document.signature.signsAs,
      by: command.actor.userId,
      at: command.now,
    },
  };
}

/** A retention period (thời hạn bảo quản) as requested; the records context checks it against its table too. */
export function retentionOf(value: unknown, field = 'retention'): Retention {
  if (value === 'permanent') return value;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 100) return value;
  throw ruleViolation('INVALID_RETENTION', 'Thời hạn bảo quản là "vĩnh viễn" hoặc từ 1 đến 100 năm', field);
}

function archive(command: ArchiveDocument, state: DocumentState): DocumentEvent[] {
  guardArchive(state, command.actor);
  const { caseFile } = command;
  const fileCode = caseFile ? caseFile.code : requireText(command.fileCode, 'fileCode', 'FILE_CODE_REQUIRED', 'Cần ghi số và ký hiệu hồ sơ');
  const retention = retentionOf(caseFile ? caseFile.retention : command.retention);
  const filedInto = { caseFileId: caseFile?.id ?? null, caseFileCode: caseFile?.code ?? null };
  return [{ type: 'DocumentArchived', data: { fileCode, retention, ...filedInto, by: command.actor.userId, at: command.now } }];
}

function extendDeadline(command: ExtendDeadline, state: DocumentState, { calendar }: DocumentContext): DocumentEvent[] {
  const { leader } = guardExtendDeadline(state, command.actor);
  const newDueDate = requireLocalDate(command.newDueDate, 'newDueDate');
  if (newDueDate <= leader.due) {
    throw ruleViolation('EXTENSION_NOT_LATER', `Thời hạn mới phải sau thời hạn hiện tại (${leader.due})`, 'newDueDate');
  }
  optionalDueDate(newDueDate, command.now, 'newDueDate');
  const reason = requireText(command.reason, 'reason', 'REASON_REQUIRED', 'Gia hạn phải nêu lý do');
  return [
    {
      type: 'DeadlineExtended',
      data: { previousDueDate: leader.due, newDueDate, leaderDeadline: leaderClock(newDueDate, calendar), reason, by: command.actor.userId, at: command.now },
    },
  ];
}

/**
 * The decider of an incoming document: the events a command causes in the given state, or a
 * `DomainError` (WRONG_STATE, FORBIDDEN, RULE_VIOLATION with `rule`). Pure: time, actor and ids
 * come with the command; the organisation and the calendar with the context.
 */
export function decideDocument(command: DocumentCommand, state: DocumentState, context: DocumentContext): DocumentEvent[] {
  requireInstant(command.now, 'now');
  refuseRecalled(state);
  switch (command.type) {
    case 'receive':
      return [stampIncomingNumber(decideDocumentReceipt(command, state, context), command.incomingNumber)];
    case 'distribute':
      return distribute(command, state, context);
    case 'assign':
      return assign(command, state, context);
    case 'return':
      return returnDocument(command, state);
    case 'appraise':
      return appraise(command, state);
    case 'request-supplement':
      return requestSupplement(command, state);
    case 'receive-supplement':
      return receiveSupplement(command, state, context);
    case 'submit':
      return submit(command, state, context);
    case 'initial':
      return initial(command, state, context);
    case 'sign':
      return sign(command, state, context);
    case 'issue':
      return [stampOutgoingNumber(decideDocumentIssue(command, state), command.outgoingNumber, command.symbol)];
    case 'archive':
      return archive(command, state);
    case 'extend-deadline':
      return extendDeadline(command, state, context);
  }
}
