import { oneOf, optionalText, requireText, ruleViolation, wrongState, type Actor } from '../shared';
import type { AcceptNcProposal, DismissNcProposal, NcProposalCommand } from './nc-proposal.commands';
import { ncProposalKey, type NcProposalEvent, type NcProposalSubject } from './nc-proposal.events';
import type { NcProposalState } from './nc-proposal.state';
import type { RaiseNonconformity } from './nonconformity.commands';
import { NONCONFORMITY_SEVERITIES } from './nonconformity.events';
import { requireIsoSecretary } from './quality.roles';

const STEP_LABELS: Record<Extract<NcProposalSubject, { kind: 'step' }>['step'], string> = {
  distribute: 'phân phối văn bản đến',
  supplement: 'bổ sung hồ sơ văn bản',
  submit: 'trình lãnh đạo',
  issue: 'phát hành văn bản',
  leader: 'xử lý theo thời hạn lãnh đạo giao',
};

/** What the nonconformity says when the secretary writes nothing: what was late, by how many working days. */
export function ncProposalDescription(subject: NcProposalSubject): string {
  const late = subject.doneOn === null ? `quá hạn ${subject.daysLate} ngày làm việc, chưa hoàn thành` : `hoàn thành trễ ${subject.daysLate} ngày làm việc`;
  if (subject.kind === 'dossier') {
    return `Hồ sơ ${subject.code}${subject.procedureName ? ` (${subject.procedureName})` : ''} hẹn trả ngày ${subject.due}, ${late}`;
  }
  return `Bước ${STEP_LABELS[subject.step]} của văn bản${subject.excerpt ? ` "${subject.excerpt}"` : ''} hạn ngày ${subject.due}, ${late}`;
}

/** A proposal is decided once: a second decision (or a proposal accepted, then dismissed) is the wrong state. */
function undecided(command: NcProposalCommand, state: NcProposalState, what: string): void {
  requireIsoSecretary(command.actor, what);
  if (state.status !== 'none') {
    throw wrongState(`Đề xuất này đã được ${state.status === 'accepted' ? 'chấp nhận' : 'bỏ qua'}`, 'ALREADY_DECIDED');
  }
  if (ncProposalKey(command.subject ?? { kind: 'dossier' }) !== command.key) throw ruleViolation('INVALID_VALUE', 'Đề xuất không khớp với hồ sơ hoặc bước xử lý', 'key');
}

const stampOf = (command: { actor: Actor; now: string }) => ({ by: command.actor.userId, at: command.now });

function accept(command: AcceptNcProposal, state: NcProposalState): NcProposalEvent[] {
  undecided(command, state, 'chấp nhận đề xuất điểm không phù hợp');
  const severity = oneOf(command.severity, NONCONFORMITY_SEVERITIES, 'severity', 'Mức độ phải là major (nặng) hoặc minor (nhẹ)');
  const description = optionalText(command.description) ?? ncProposalDescription(command.subject);
  const nonconformityId = requireText(command.nonconformityId, 'nonconformityId', 'REQUIRED', 'Thiếu mã điểm không phù hợp');
  return [{ type: 'NcProposalAccepted', data: { key: command.key, subject: command.subject, nonconformityId, description, severity, ...stampOf(command) } }];
}

function dismiss(command: DismissNcProposal, state: NcProposalState): NcProposalEvent[] {
  undecided(command, state, 'bỏ qua đề xuất điểm không phù hợp');
  const reason = requireText(command.reason, 'reason', 'REASON_REQUIRED', 'Bỏ qua đề xuất phải nêu lý do');
  return [{ type: 'NcProposalDismissed', data: { key: command.key, subject: command.subject, reason, ...stampOf(command) } }];
}

/** The decider of a nonconformity proposal (stream `ncProposalStreamName(key)`). */
export function decideNcProposal(command: NcProposalCommand, state: NcProposalState): NcProposalEvent[] {
  switch (command.type) {
    case 'accept':
      return accept(command, state);
    case 'dismiss':
      return dismiss(command, state);
  }
}

/**
 * The nonconformity an accepted proposal raises (source `kpi`, its key as the reference, the
 * dossier's procedure), by whoever accepted it; none for a proposal not accepted. Raised after
 * the acceptance is recorded, so a retry after a crash between the two raises it then.
 */
export function ncOfAcceptedProposal(state: NcProposalState, actor: Actor, now: string): RaiseNonconformity | null {
  if (state.status !== 'accepted') return null;
  return {
    type: 'raise',
    nonconformityId: state.nonconformityId,
    source: 'kpi',
    sourceRef: state.key,
    clause: '8.5.1',
    description: state.description,
    severity: state.severity,
    procedureCode: state.subject.kind === 'dossier' ? state.subject.procedureCode : null,
    actor,
    now,
  };
}
