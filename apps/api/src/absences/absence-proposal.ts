import { absenceCallsForDelegation, isDomainError, proposeDelegationForAbsence, type AbsenceProposal, type Organisation, type WorkingCalendar } from '@office/domain';
import type { AbsenceSummary } from '@office/read-models';

/**
 * QC Art. 16.1: the KT. delegation proposed for a leader away more than one working day, to the
 * deputy in charge (`proposeDelegationForAbsence`); null when the absence does not call for one or
 * the leader has no deputy who signs for them (a vice-chairman: the chairman reassigns the fields).
 * Nothing is written: the leader confirms it on /uy-quyen, which records the delegation.
 */
export function delegationProposalFor(absence: AbsenceSummary, organisation: Organisation, calendar: WorkingCalendar): AbsenceProposal | null {
  const requester = organisation.users.find((u) => u.id === absence.requester.id);
  if (!absenceCallsForDelegation(absence.state, requester)) return null;
  try {
    return proposeDelegationForAbsence({ leaderId: absence.requester.id, from: absence.from, to: absence.to }, organisation, calendar);
  } catch (error) {
    if (isDomainError(error)) return null;
    throw error;
  }
}
