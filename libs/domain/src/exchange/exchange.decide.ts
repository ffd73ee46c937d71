import { localDateOf } from '../calendar';
import { hasRole } from '../organisation';
import { forbidden, requireInstant, requireText, ruleViolation, wrongState, type Actor } from '../shared';
import { SIGNATURE_PROBLEM_LABELS } from '../signatures';
import type {
  ClaimRegistration, ExchangeContext, IncomingPackageCommand, OutgoingPackageCommand, ReceivePackage, RecallPackage, RecordDelivery, RecordReceiverStatus, RefusePackage,
  RegisterPackage, SendPackage,
} from './exchange.commands';
import type { IncomingPackageEvent, OutgoingPackageEvent } from './exchange.events';
import type { Delivery, IncomingPackageState, OutgoingPackageState } from './exchange.state';
import type { ExchangeAgency, ReceivedSignatureCheck } from './exchange.types';

const stampOf = (command: { actor: Actor; now: string }) => ({ by: command.actor.userId, at: command.now });

function requireClerk(actor: Actor, what: string): void {
  if (!hasRole(actor, 'clerk')) throw forbidden('CLERK_ONLY', `Chỉ văn thư mới được ${what}`);
}

/** The receivers named: at least one, each once, each an agency on the exchange, never this office itself. */
function recipientsOf(to: readonly string[], { self, agencies }: ExchangeContext): ExchangeAgency[] {
  if (to.length === 0) throw ruleViolation('NO_EXCHANGE_RECIPIENT', 'Cần chọn ít nhất một cơ quan nhận trên trục liên thông', 'to');
  if (new Set(to).size !== to.length) throw ruleViolation('DUPLICATE_RECIPIENT', 'Mỗi cơ quan nhận chỉ được chọn một lần', 'to');
  return to.map((organId) => {
    if (organId === self.organId) throw ruleViolation('SELF_ADDRESSED', 'Không gửi liên thông cho chính cơ quan mình', 'to');
    const agency = agencies.find((a) => a.organId === organId);
    if (!agency) throw ruleViolation('UNKNOWN_AGENCY', `Cơ quan ${organId} không có trên trục liên thông`, 'to', { organId });
    return agency;
  });
}

/** Gửi liên thông (ND30 Art. 18): only the clerk, only an issued document, to agencies on the exchange. */
function send(command: SendPackage, state: OutgoingPackageState, context: ExchangeContext): OutgoingPackageEvent[] {
  if (state.status !== 'none') throw wrongState('Gói tin này đã được gửi', 'ALREADY_SENT');
  requireClerk(command.actor, 'gửi văn bản liên thông');
  const { document } = command;
  if ((document.status !== 'issued' && document.status !== 'archived') || document.symbol === null) {
    throw ruleViolation('DOCUMENT_NOT_ISSUED', 'Chỉ gửi liên thông văn bản đã phát hành (có số và ký hiệu)', 'documentId');
  }
  const to = recipientsOf(command.to, context);
  const packageId = requireText(command.packageId, 'packageId', 'REQUIRED', 'Thiếu mã gói tin');
  return [{
    type: 'ExchangePackageSent',
    data: { packageId, documentId: document.documentId, symbol: document.symbol, subject: document.excerpt, to, packageSha256: command.packageSha256, ...stampOf(command) },
  }];
}

/** A receiver's status: only from a receiver of the package; the same status from the same receiver again records nothing. */
function recordStatus(command: RecordReceiverStatus, state: OutgoingPackageState): OutgoingPackageEvent[] {
  if (state.status === 'none') throw wrongState('Không có gói tin đã gửi để nhận trạng thái');
  if (!state.to.some((a) => a.organId === command.organId)) {
    throw ruleViolation('NOT_A_RECIPIENT', `Cơ quan ${command.organId} không phải nơi nhận gói tin này`, 'organId');
  }
  if (state.reported.some((r) => r.organId === command.organId && r.status === command.status)) return [];
  const reportedAt = requireInstant(command.reportedAt, 'reportedAt');
  return [{ type: 'ExchangeStatusReceived', data: { organId: command.organId, status: command.status, description: command.description, reportedAt, ...stampOf(command) } }];
}

/** Thu hồi: the clerk recalls a sent package, once, with a reason. */
function recall(command: RecallPackage, state: OutgoingPackageState): OutgoingPackageEvent[] {
  if (state.status === 'none') throw wrongState('Gói tin chưa được gửi');
  if (state.status === 'recalled') throw wrongState('Gói tin đã được thu hồi', 'ALREADY_RECALLED');
  requireClerk(command.actor, 'thu hồi văn bản đã gửi liên thông');
  const reason = requireText(command.reason, 'reason', 'REASON_REQUIRED', 'Thu hồi phải nêu lý do');
  return [{ type: 'ExchangePackageRecalled', data: { reason, ...stampOf(command) } }];
}

/** Delivered: once per receiver and message; a message no longer due (the package after its recall) is still recorded, as it was written. */
function recordDelivery(command: RecordDelivery, state: OutgoingPackageState): OutgoingPackageEvent[] {
  if (state.status === 'none') throw wrongState('Không có gói tin đã gửi để ghi nhận đã chuyển');
  if (!state.to.some((a) => a.organId === command.organId)) throw ruleViolation('NOT_A_RECIPIENT', `Cơ quan ${command.organId} không phải nơi nhận gói tin này`, 'organId');
  if (state.delivered.some((d) => d.organId === command.organId && d.message === command.message)) return [];
  return [{ type: 'ExchangePackageDelivered', data: { organId: command.organId, message: command.message, ...stampOf(command) } }];
}

/**
 * What is still to be written into receivers' inboxes: the package to each receiver it has not reached,
 * or, once recalled, the recall to each receiver (a receiver the package never reached ignores it).
 */
export function deliveriesDue(state: OutgoingPackageState): Delivery[] {
  if (state.status === 'none') return [];
  const message = state.status === 'recalled' ? 'recall' : 'package';
  return state.to.filter((a) => !state.delivered.some((d) => d.organId === a.organId && d.message === message)).map((a) => ({ organId: a.organId, message }));
}

/** The decider of a sent package (`exchange-out-<id>`). Pure: who, when and the agencies come with the command and the context. */
export function decideOutgoingPackage(command: OutgoingPackageCommand, state: OutgoingPackageState, context: ExchangeContext): OutgoingPackageEvent[] {
  requireInstant(command.now, 'now');
  switch (command.type) {
    case 'send':
      return send(command, state, context);
    case 'record-status':
      return recordStatus(command, state);
    case 'recall':
      return recall(command, state);
    case 'record-delivery':
      return recordDelivery(command, state);
  }
}

/** Each signature that does not hold, in words: `<file>: chữ ký số thứ <n>: <why>`. */
function signatureFailures(checks: readonly ReceivedSignatureCheck[]): string[] {
  return checks.filter((c) => !c.valid).map((c) => `${c.file}: chữ ký số thứ ${c.index + 1}: ${c.problem ? SIGNATURE_PROBLEM_LABELS[c.problem] : 'không hợp lệ'}`);
}

/**
 * Received: due to be acknowledged by the end of the same working day (the next one, if it came on a
 * day off). A signed PDF whose signature fails verification is refused on receipt (RECEIVE_INVALID_SIGNATURE).
 */
function receive(command: ReceivePackage, state: IncomingPackageState, { calendar }: ExchangeContext): IncomingPackageEvent[] {
  if (state.status !== 'none') return []; // the same package read again after a crash: recorded once
  const failures = signatureFailures(command.signatures);
  if (failures.length > 0) {
    const { packageId, packageSha256, facts } = command;
    const reason = 'RECEIVE_INVALID_SIGNATURE: chữ ký số trên văn bản không hợp lệ (ND 30/2020 Điều 18)';
    return [{ type: 'ExchangePackageSignatureRejected', data: { packageId, packageSha256, from: facts.from, symbol: facts.symbol, reason, errors: failures, ...stampOf(command) } }];
  }
  const acknowledgeDue = { due: calendar.sameOrNextWorkingDay(localDateOf(command.now)), calendarVersion: calendar.version };
  return [{ type: 'ExchangePackageReceived', data: { packageId: command.packageId, packageSha256: command.packageSha256, ...command.facts, acknowledgeDue, ...stampOf(command) } }];
}

/** The package's document as far as the office took it: a recalled one is locked for every step. */
function arrived(state: IncomingPackageState, what: string) {
  if (state.status === 'none' || state.status === 'rejected') throw wrongState(`Không có gói tin hợp lệ để ${what}`);
  if (state.recall !== null) throw wrongState('Văn bản đã bị cơ quan gửi thu hồi: không thực hiện thêm bước nào', 'RECALLED_DOCUMENT_LOCKED');
  if (state.status === 'registered') throw wrongState('Gói tin đã được vào sổ văn bản đến', 'ALREADY_REGISTERED');
  if (state.status === 'refused') throw wrongState('Gói tin đã bị từ chối tiếp nhận', 'ALREADY_REFUSED');
  return state;
}

/** How long a claim holds another clerk off: past it, the registration is taken to have been abandoned. */
export const REGISTRATION_CLAIM_MS = 10 * 60_000;

/**
 * Đang vào sổ, before a number is taken: one clerk at a time. The same clerk retrying continues its own
 * claim; another is refused (REGISTRATION_IN_PROGRESS) unless the claim was abandoned long ago.
 */
function claim(command: ClaimRegistration, state: IncomingPackageState): IncomingPackageEvent[] {
  const { claim: held } = arrived(state, 'vào sổ');
  requireClerk(command.actor, 'vào sổ văn bản đến nhận liên thông');
  if (held !== null && held.by === command.actor.userId) return [];
  if (held !== null && Date.parse(command.now) - Date.parse(held.at) < REGISTRATION_CLAIM_MS) {
    throw wrongState('Gói tin đang được một văn thư khác vào sổ', 'REGISTRATION_IN_PROGRESS');
  }
  return [{ type: 'ExchangeRegistrationClaimed', data: { documentId: command.documentId, ...stampOf(command) } }];
}

/** Vào sổ: the document numbered under the claim (no other one). */
function register(command: RegisterPackage, state: IncomingPackageState): IncomingPackageEvent[] {
  const { claim: held } = arrived(state, 'vào sổ');
  requireClerk(command.actor, 'vào sổ văn bản đến nhận liên thông');
  if (held !== null && held.documentId !== command.documentId) throw wrongState('Gói tin đang được một văn thư khác vào sổ', 'REGISTRATION_IN_PROGRESS');
  return [{ type: 'ExchangePackageRegistered', data: { documentId: command.documentId, incomingNumber: command.incomingNumber, ...stampOf(command) } }];
}

/** Từ chối tiếp nhận (ND30 Art. 21: a non-conforming or misaddressed document goes back to its sender), with a reason. */
function refuse(command: RefusePackage, state: IncomingPackageState): IncomingPackageEvent[] {
  arrived(state, 'từ chối');
  requireClerk(command.actor, 'từ chối tiếp nhận văn bản liên thông');
  const reason = requireText(command.reason, 'reason', 'REASON_REQUIRED', 'Từ chối tiếp nhận phải nêu lý do');
  return [{ type: 'ExchangePackageRefused', data: { reason, ...stampOf(command) } }];
}

/** The decider of a received package (`exchange-in-<id>`): receipt, statuses back, registration or refusal, recall. */
export function decideIncomingPackage(command: IncomingPackageCommand, state: IncomingPackageState, context: ExchangeContext): IncomingPackageEvent[] {
  requireInstant(command.now, 'now');
  switch (command.type) {
    case 'receive':
      return receive(command, state, context);
    case 'reject': {
      if (state.status !== 'none') return [];
      const { packageId, packageSha256, reason, errors } = command;
      return [{ type: 'ExchangePackageRejected', data: { packageId, packageSha256, reason, errors, ...stampOf(command) } }];
    }
    case 'status-sent':
      if (state.status === 'none' || state.status === 'rejected') throw wrongState('Không có gói tin hợp lệ để báo trạng thái');
      return state.statusesSent.includes(command.status) ? [] : [{ type: 'ExchangeStatusSent', data: { status: command.status, description: command.description, ...stampOf(command) } }];
    case 'claim-registration':
      return claim(command, state);
    case 'register':
      return register(command, state);
    case 'refuse':
      return refuse(command, state);
    case 'recall-received':
      if (state.status === 'none' || state.status === 'rejected' || state.recall !== null) return [];
      return [{ type: 'ExchangeRecallReceived', data: { reason: command.reason, ...stampOf(command) } }];
  }
}
