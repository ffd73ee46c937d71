import type { LocalDate, WorkingCalendar } from '../calendar';
import { hasRole, type Organisation, type Role, type User } from '../organisation';
import { requireLocalDate, ruleViolation } from '../shared';
import type { DelegationKind } from './delegation.types';

/*
 * QC Art. 16.1 (DOMAIN.md §12): a leader away for more than one working day hands authority to a
 * deputy — a KT. delegation for the days away, over the fields the leader is in charge of, to the
 * deputy in charge of most of the same work. A proposal only: the grantor confirms it, which
 * records the delegation through the ordinary `record` command.
 */

export interface AbsenceProposal {
  kind: DelegationKind;
  grantorId: string;
  granteeId: string;
  /** The other deputies the grantor could choose instead. */
  alternativeGranteeIds: string[];
  validFrom: LocalDate;
  validTo: LocalDate;
  scope: { fieldCodes: string[]; documentTypes: string[] };
  workingDays: number;
  absence: { from: LocalDate; to: LocalDate };
}

/** Whose deputies sign for a head: the vice-chairmen for the chairman, the deputy chiefs for the office chief. */
const DEPUTY_ROLE: ReadonlyArray<[head: Role, deputy: Role, charge: 'committeeLeaderId' | 'officeLeaderId']> = [
  ['committee_chairman', 'committee_vice_chairman', 'committeeLeaderId'],
  ['office_chief', 'office_deputy_chief', 'officeLeaderId'],
];

export function proposeDelegationForAbsence(
  input: { leaderId: string; from: unknown; to: unknown },
  organisation: Organisation,
  calendar: WorkingCalendar,
): AbsenceProposal {
  const from = requireLocalDate(input.from, 'from');
  const to = requireLocalDate(input.to, 'to');
  if (to < from) throw ruleViolation('INVALID_PERIOD', 'Ngày kết thúc vắng mặt không được trước ngày bắt đầu', 'to');
  const leader = organisation.users.find((u) => u.id === input.leaderId);
  const line = leader && DEPUTY_ROLE.find(([head]) => hasRole(leader, head));
  if (!leader || !line) throw ruleViolation('NO_DEPUTY_TO_DELEGATE', 'Chỉ Chủ tịch UBND và Chánh Văn phòng có cấp phó để giao ký thay', 'leaderId');
  // Working days in [from, to]: those in (from - 1, to].
  const workingDays = calendar.workingDaysBetween(from, to) + (calendar.isWorkingDay(from) ? 1 : 0);
  if (workingDays <= 1) {
    throw ruleViolation('ABSENCE_TOO_SHORT', 'Vắng mặt không quá một ngày làm việc: không phải giao ký thay (Quy chế làm việc Điều 16)', 'to');
  }
  const [, deputyRole, charge] = line;
  const fieldCodes = organisation.fields.filter((f) => f[charge] === leader.id).map((f) => f.code).sort();
  const deputies = rankDeputies(organisation.users.filter((u) => hasRole(u, deputyRole)), organisation, charge);
  if (deputies.length === 0) throw ruleViolation('NO_DEPUTY_TO_DELEGATE', 'Không có cấp phó để giao ký thay', 'leaderId');
  return {
    kind: 'KT', grantorId: leader.id, granteeId: deputies[0].id, alternativeGranteeIds: deputies.slice(1).map((u) => u.id),
    validFrom: from, validTo: to, scope: { fieldCodes, documentTypes: [] }, workingDays, absence: { from, to },
  };
}

/** The deputy in charge of the most fields first (the one who already carries most of the work), then by name. */
function rankDeputies(deputies: User[], organisation: Organisation, charge: 'committeeLeaderId' | 'officeLeaderId'): User[] {
  const load = (u: User) => organisation.fields.filter((f) => f[charge] === u.id).length;
  return [...deputies].sort((a, b) => load(b) - load(a) || a.username.localeCompare(b.username));
}
