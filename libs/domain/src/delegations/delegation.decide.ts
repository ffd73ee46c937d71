import { localDateOf, type LocalDate } from '../calendar';
import { isDocumentTypeCode } from '../numbering';
import { COMMITTEE_LEADER_ROLES, hasRole, OFFICE_LEADER_ROLES, type Organisation, type User } from '../organisation';
import { oneOf, optionalText, requireLocalDate, requireText, ruleViolation } from '../shared';
import { delegationInForce, scopesOverlap } from './delegation.authority';
import type { DelegationCommand, RecordDelegation, RevokeDelegation } from './delegation.commands';
import type { DelegationEvent } from './delegation.events';
import type { DelegationState } from './delegation.state';
import { guardRecord, guardRevoke } from './delegation.turns';
import { COLLECTIVE_TITLE, DELEGATION_KINDS, positionTitle, type DelegationKind, type DelegationScope } from './delegation.types';
import type { DelegationsContext } from './delegations.context';

/* The decider of delegations (DOMAIN.md §10, research/next-domains.md §E.1): pure, refuses with coded rules. */

function requireGrantor(userId: unknown, organisation: Organisation): User {
  const user = organisation.users.find((u) => u.id === userId);
  if (!user || !hasRole(user, ...COMMITTEE_LEADER_ROLES, ...OFFICE_LEADER_ROLES)) {
    throw ruleViolation('NOT_A_LEADER', 'Người ủy quyền phải là lãnh đạo UBND tỉnh hoặc lãnh đạo Văn phòng', 'grantorId');
  }
  return user;
}

function requireGrantee(userId: unknown, grantor: User, organisation: Organisation): User {
  const user = organisation.users.find((u) => u.id === userId);
  if (!user) throw ruleViolation('UNKNOWN_USER', 'Người được ủy quyền không có trong danh sách cán bộ', 'granteeId');
  if (user.id === grantor.id) throw ruleViolation('SELF_DELEGATION', 'Không thể tự ủy quyền cho chính mình', 'granteeId');
  return user;
}

function scopeOf(input: RecordDelegation['scope'], organisation: Organisation): DelegationScope {
  const fieldCodes = [...new Set(input?.fieldCodes ?? [])];
  const documentTypes = [...new Set(input?.documentTypes ?? [])];
  fieldCodes.forEach((code, i) => {
    if (!organisation.fields.some((f) => f.code === code)) throw ruleViolation('UNKNOWN_FIELD', `Lĩnh vực "${code}" không có trong cơ cấu tổ chức`, `scope.fieldCodes[${i}]`);
  });
  documentTypes.forEach((code, i) => {
    if (!isDocumentTypeCode(code)) throw ruleViolation('UNKNOWN_DOCUMENT_TYPE', `Loại văn bản "${code}" không thuộc danh mục`, `scope.documentTypes[${i}]`);
  });
  return { fieldCodes, documentTypes };
}

/** The written instrument; for TUQ its absence is TUQ_NEEDS_INSTRUMENT_AND_TERM (ND30 Art. 13.3: "bằng văn bản"). */
function instrumentOf(command: RecordDelegation, kind: DelegationKind): { symbol: string; date: LocalDate } {
  const rule = kind === 'TUQ' ? 'TUQ_NEEDS_INSTRUMENT_AND_TERM' : 'INSTRUMENT_REQUIRED';
  const symbol = requireText(command.instrument?.symbol, 'instrument.symbol', rule, 'Cần ghi số, ký hiệu văn bản ủy quyền hoặc giao nhiệm vụ');
  const date = requireLocalDate(command.instrument?.date, 'instrument.date');
  if (date > localDateOf(command.now)) throw ruleViolation('INSTRUMENT_DATE_IN_FUTURE', 'Ngày của văn bản ủy quyền không được sau hôm nay', 'instrument.date');
  return { symbol, date };
}

function periodOf(command: RecordDelegation, kind: DelegationKind): { validFrom: LocalDate; validTo: LocalDate | null } {
  const validFrom = requireLocalDate(command.validFrom, 'validFrom');
  if (command.validTo == null) {
    if (kind === 'TUQ') throw ruleViolation('TUQ_NEEDS_INSTRUMENT_AND_TERM', 'Ủy quyền (TUQ.) phải có thời hạn: cần ghi ngày hết hiệu lực', 'validTo');
    return { validFrom, validTo: null };
  }
  const validTo = requireLocalDate(command.validTo, 'validTo');
  if (validTo < validFrom) throw ruleViolation('INVALID_PERIOD', 'Ngày hết hiệu lực không được trước ngày bắt đầu', 'validTo');
  return { validFrom, validTo };
}

/** A delegation held as TUQ may not be passed on (ND30 Art. 13.3: "không được ủy quyền lại"), for any work it covers in the same days. */
function refuseRedelegation(held: DelegationsContext['heldByGrantor'], scope: DelegationScope, period: { validFrom: LocalDate; validTo: LocalDate | null }, now: string): void {
  const overlapsInTime = (from: LocalDate, to: LocalDate | null) => (to === null || period.validFrom <= to) && (period.validTo === null || from <= period.validTo);
  const passedOn = held.find(
    (grant) => grant.kind === 'TUQ' && (grant.revokedAt === null || Date.parse(grant.revokedAt) > Date.parse(now)) && overlapsInTime(grant.validFrom, grant.validTo) && scopesOverlap(grant.scope, scope),
  );
  if (passedOn) throw ruleViolation('TUQ_REDELEGATION_FORBIDDEN', 'Người được ủy quyền (TUQ.) không được ủy quyền lại cho người khác', 'grantorId', { delegationId: passedOn.delegationId });
}

function record(command: RecordDelegation, state: DelegationState, { organisation, heldByGrantor }: DelegationsContext): DelegationEvent[] {
  guardRecord(state, command.actor, command.grantorId);
  const kind = oneOf(command.kind, DELEGATION_KINDS, 'kind', 'Hình thức ký (KT., TM., Q., TUQ., TL.) không hợp lệ');
  const grantor = requireGrantor(command.grantorId, organisation);
  const grantee = requireGrantee(command.granteeId, grantor, organisation);
  if (kind === 'TM' && !hasRole(grantor, 'committee_chairman')) {
    throw ruleViolation('TM_ONLY_FOR_COLLECTIVE', 'Ký thay mặt (TM.) tập thể UBND chỉ do Chủ tịch UBND giao', 'grantorId');
  }
  const instrument = instrumentOf(command, kind);
  const period = periodOf(command, kind);
  const scope = scopeOf(command.scope, organisation);
  if (kind === 'TUQ' && scope.fieldCodes.length === 0 && scope.documentTypes.length === 0) {
    throw ruleViolation('TUQ_NEEDS_INSTRUMENT_AND_TERM', 'Ủy quyền (TUQ.) phải giới hạn nội dung: cần ghi lĩnh vực hoặc loại văn bản', 'scope');
  }
  const regulationClause = optionalText(command.regulationClause);
  if (kind === 'TL' && regulationClause === null) {
    throw ruleViolation('TL_NOT_IN_REGULATION', 'Ký thừa lệnh (TL.) phải được quy định trong quy chế làm việc hoặc quy chế công tác văn thư: cần ghi điều khoản', 'regulationClause');
  }
  refuseRedelegation(heldByGrantor.filter((grant) => grant.granteeId === grantor.id), scope, period, command.now);
  const absence = command.absence ? { from: requireLocalDate(command.absence.from, 'absence.from'), to: requireLocalDate(command.absence.to, 'absence.to') } : null;
  return [
    {
      type: 'DelegationRecorded',
      data: {
        delegationId: command.delegationId, kind, grantorId: grantor.id, granteeId: grantee.id,
        onBehalfOfTitle: kind === 'TM' ? COLLECTIVE_TITLE : positionTitle(grantor),
        instrument, ...period, scope, regulationClause: kind === 'TL' ? regulationClause : null, absence,
        by: command.actor.userId, at: command.now,
      },
    },
  ];
}

function revoke(command: RevokeDelegation, state: DelegationState): DelegationEvent[] {
  guardRevoke(state, command.actor);
  const reason = requireText(command.reason, 'reason', 'REASON_REQUIRED', 'Thu hồi ủy quyền phải nêu lý do');
  return [{ type: 'DelegationRevoked', data: { reason, by: command.actor.userId, at: command.now } }];
}

export function decideDelegation(command: DelegationCommand, state: DelegationState, context: DelegationsContext): DelegationEvent[] {
  switch (command.type) {
    case 'record':
      return record(command, state, context);
    case 'revoke':
      return revoke(command, state);
  }
}

/** Where a delegation stands at `now`: the page's "đang hiệu lực" / "chưa hiệu lực" / "hết hạn" / "đã thu hồi". */
export function delegationStatusAt(state: DelegationState, now: string): 'in_force' | 'not_yet' | 'expired' | 'revoked' | 'none' {
  if (state.status === 'none') return 'none';
  if (state.status === 'revoked') return 'revoked';
  if (delegationInForce({ validFrom: state.validFrom, validTo: state.validTo, revokedAt: null }, now)) return 'in_force';
  return localDateOf(now) < state.validFrom ? 'not_yet' : 'expired';
}

