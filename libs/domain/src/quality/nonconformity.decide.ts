import { hasRole, type Organisation } from '../organisation';
import { forbidden, hasText, notFound, oneOf, optionalDueDate, optionalText, requireText, ruleViolation, wrongState } from '../shared';
import { NONCONFORMITY_STATUS_LABELS } from './quality.labels';
import { requireCatalogued, requireUsers, type Catalogue } from './quality.references';
import { requireIsoSecretary } from './quality.roles';
import type {
  AnalyseRootCause, CloseNonconformity, CorrectNonconformity, ImplementCorrectiveAction, NonconformityCommand, PlanCorrectiveAction, RaiseNonconformity,
  VerifyCorrectiveAction,
} from './nonconformity.commands';
import { NONCONFORMITY_SEVERITIES, NONCONFORMITY_SOURCES, type NonconformityEvent } from './nonconformity.events';
import { currentAction, type KnownNonconformity, type NonconformityState } from './nonconformity.state';

/** Who may own an action (the organisation) and the procedure a nonconformity names (the catalogue). */
export interface NonconformityContext {
  organisation: Organisation;
  procedures: Catalogue;
}

type Status = KnownNonconformity['status'];

function known(state: NonconformityState): KnownNonconformity {
  if (state.status === 'none') throw notFound('Không tìm thấy điểm không phù hợp', 'id');
  return state;
}

/** The step applies only in `allowed` states (409 otherwise); a closed record takes no more steps. */
function requireStatus(state: KnownNonconformity, allowed: readonly Status[], what: string): void {
  if (!allowed.includes(state.status)) throw wrongState(`Không thể ${what} khi điểm không phù hợp ${NONCONFORMITY_STATUS_LABELS[state.status]}`);
}

function raise(command: RaiseNonconformity, state: NonconformityState, { procedures }: NonconformityContext): NonconformityEvent[] {
  if (state.status !== 'none') throw wrongState('Điểm không phù hợp này đã được ghi nhận', 'ALREADY_RAISED');
  requireIsoSecretary(command.actor, 'ghi nhận điểm không phù hợp');
  const procedureCode = optionalText(command.procedureCode);
  if (procedureCode !== null) requireCatalogued([procedureCode], procedures, 'procedureCode', true);
  return [{
    type: 'NonconformityRaised',
    data: {
      source: oneOf(command.source, NONCONFORMITY_SOURCES, 'source', 'Nguồn phát hiện phải là audit, complaint, kpi hoặc inspection'),
      sourceRef: requireText(command.sourceRef, 'sourceRef', 'REQUIRED', 'Cần ghi căn cứ phát hiện (cuộc đánh giá, phản ánh, hồ sơ, biên bản kiểm tra)'),
      clause: optionalText(command.clause),
      description: requireText(command.description, 'description', 'REQUIRED', 'Cần mô tả điểm không phù hợp'),
      severity: oneOf(command.severity, NONCONFORMITY_SEVERITIES, 'severity', 'Mức độ phải là major (nặng) hoặc minor (nhẹ)'),
      procedureCode,
      by: command.actor.userId,
      at: command.now,
    },
  }];
}

function correct(command: CorrectNonconformity, state: NonconformityState): NonconformityEvent[] {
  const nc = known(state);
  requireIsoSecretary(command.actor, 'ghi nhận việc khắc phục tức thời');
  requireStatus(nc, ['raised', 'analysed', 'action_planned', 'implemented', 'verified'], 'ghi nhận khắc phục tức thời');
  if (nc.correction) throw wrongState('Việc khắc phục tức thời đã được ghi nhận', 'ALREADY_CORRECTED');
  const correction = requireText(command.correction, 'correction', 'REQUIRED', 'Cần ghi việc khắc phục tức thời');
  return [{ type: 'NonconformityCorrected', data: { correction, by: command.actor.userId, at: command.now } }];
}

/** The root cause may be restated after an ineffective action (the status is then `analysed` again). */
function analyse(command: AnalyseRootCause, state: NonconformityState): NonconformityEvent[] {
  const nc = known(state);
  requireIsoSecretary(command.actor, 'ghi nhận nguyên nhân gốc rễ');
  requireStatus(nc, ['raised', 'analysed'], 'phân tích nguyên nhân');
  const rootCause = requireText(command.rootCause, 'rootCause', 'REQUIRED', 'Cần ghi nguyên nhân gốc rễ');
  return [{ type: 'NonconformityRootCauseAnalysed', data: { rootCause, by: command.actor.userId, at: command.now } }];
}

function planAction(command: PlanCorrectiveAction, state: NonconformityState, { organisation }: NonconformityContext): NonconformityEvent[] {
  const nc = known(state);
  requireIsoSecretary(command.actor, 'lập hành động khắc phục');
  requireStatus(nc, ['analysed'], 'lập hành động khắc phục');
  const action = requireText(command.action, 'action', 'REQUIRED', 'Cần ghi hành động khắc phục');
  for (const field of ['ownerId', 'dueOn'] as const) {
    if (!hasText(command[field])) throw ruleViolation('NC_ACTION_OWNER_REQUIRED', 'Hành động khắc phục phải có người chịu trách nhiệm và thời hạn hoàn thành', field);
  }
  const ownerId = command.ownerId!.trim();
  requireUsers([ownerId], organisation, 'ownerId', true);
  const dueOn = optionalDueDate(command.dueOn, command.now, 'dueOn')!;
  return [{ type: 'CorrectiveActionPlanned', data: { action, ownerId, dueOn, by: command.actor.userId, at: command.now } }];
}

function implement(command: ImplementCorrectiveAction, state: NonconformityState): NonconformityEvent[] {
  const nc = known(state);
  requireStatus(nc, ['action_planned'], 'ghi nhận thực hiện hành động khắc phục');
  if (currentAction(nc)!.ownerId !== command.actor.userId && !hasRole(command.actor, 'iso_secretary')) {
    throw forbidden('ACTION_OWNER_ONLY', 'Chỉ người chịu trách nhiệm hoặc thư ký ISO mới được ghi nhận thực hiện hành động khắc phục');
  }
  const note = requireText(command.note, 'note', 'REQUIRED', 'Cần ghi kết quả thực hiện');
  return [{ type: 'CorrectiveActionImplemented', data: { note, by: command.actor.userId, at: command.now } }];
}

/** Whoever carried the action out does not judge it (ISO 9001 §10.2.1 d). */
function verify(command: VerifyCorrectiveAction, state: NonconformityState): NonconformityEvent[] {
  const nc = known(state);
  if (!hasRole(command.actor, 'iso_secretary', 'office_chief')) throw forbidden('ISO_SECRETARY_ONLY', 'Chỉ thư ký ISO hoặc Chánh Văn phòng mới được kiểm tra hiệu lực');
  requireStatus(nc, ['implemented'], 'kiểm tra hiệu lực');
  if (currentAction(nc)!.ownerId === command.actor.userId) throw forbidden('VERIFIER_NOT_INDEPENDENT', 'Người thực hiện hành động khắc phục không tự kiểm tra hiệu lực của nó');
  if (typeof command.effective !== 'boolean') throw ruleViolation('INVALID_VALUE', 'Cần ghi hành động có hiệu lực hay không', 'effective');
  const note = requireText(command.note, 'note', 'REQUIRED', 'Cần ghi căn cứ đánh giá hiệu lực');
  return [{ type: 'CorrectiveActionVerified', data: { effective: command.effective, note, by: command.actor.userId, at: command.now } }];
}

function close(command: CloseNonconformity, state: NonconformityState): NonconformityEvent[] {
  const nc = known(state);
  requireIsoSecretary(command.actor, 'đóng điểm không phù hợp');
  if (nc.status === 'closed') throw wrongState('Điểm không phù hợp đã được đóng', 'ALREADY_CLOSED');
  if (nc.status !== 'verified') {
    throw ruleViolation('NC_CLOSE_WITHOUT_VERIFICATION', 'Chỉ đóng điểm không phù hợp sau khi hành động khắc phục đã được kiểm tra và có hiệu lực', 'status');
  }
  return [{ type: 'NonconformityClosed', data: { note: optionalText(command.note), by: command.actor.userId, at: command.now } }];
}

/** The decider of a nonconformity and its corrective actions (stream `nonconformityStreamName(id)`). */
export function decideNonconformity(command: NonconformityCommand, state: NonconformityState, context: NonconformityContext): NonconformityEvent[] {
  switch (command.type) {
    case 'raise':
      return raise(command, state, context);
    case 'correct':
      return correct(command, state);
    case 'analyse':
      return analyse(command, state);
    case 'plan-action':
      return planAction(command, state, context);
    case 'implement':
      return implement(command, state);
    case 'verify':
      return verify(command, state);
    case 'close':
      return close(command, state);
  }
}
