import { localDateOf } from '../calendar';
import { ruleSetAt } from '../procedures';
import { wrongState, requireInstant } from '../shared';
import type { ReceptionCommand, RefuseReception, RequestSupplementAtReception } from './dossier.commands';
import { namedProcedure, type DossierContext } from './dossier.context';
import type { ReceptionEvent } from './dossier.events';
import { applicantOf, boundedText, missingItemsOf, requireId } from './dossier.inputs';
import { requireDesk } from './dossier.turns';
import { stampSlipNumber, type UnnumberedReceptionCommand, type UnnumberedReceptionSlip } from './reception.numbers';
import type { ReceptionState } from './reception.state';

/** What every desk slip carries but its number: the procedure asked for, the rule set of the day, the applicant. */
function slipOf(command: UnnumberedReceptionCommand, state: ReceptionState, { procedure }: DossierContext, what: string) {
  if (state.status !== 'none') throw wrongState('Phiếu đã được lập cho lần tiếp nhận này', 'SLIP_ALREADY_GIVEN');
  requireDesk(command.actor, what);
  const registered = namedProcedure(procedure, command.procedureCode);
  return {
    receptionId: requireId(command.receptionId, 'receptionId'),
    procedureCode: registered.code,
    procedureName: registered.name,
    ruleSet: ruleSetAt(localDateOf(command.now)),
    applicant: applicantOf(command.applicant),
    by: command.actor.userId,
    at: command.now,
  };
}

/** Mẫu 02: every missing or wrong item with its reason, once; no dossier is opened. */
function requestSupplement(command: Omit<RequestSupplementAtReception, 'slipNumber'>, state: ReceptionState, context: DossierContext): UnnumberedReceptionSlip {
  const slip = slipOf(command, state, context, 'lập Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ');
  return { type: 'SupplementRequestedAtReception', data: { ...slip, missing: missingItemsOf(command.missing) } };
}

/** Mẫu 03: the reason and the legal basis of the refusal. */
function refuse(command: Omit<RefuseReception, 'slipNumber'>, state: ReceptionState, context: DossierContext): UnnumberedReceptionSlip {
  const slip = slipOf(command, state, context, 'lập Phiếu từ chối tiếp nhận giải quyết hồ sơ');
  const reason = boundedText(command.reason, 'reason', 'REFUSAL_REASON_REQUIRED', 'Phiếu từ chối phải nêu rõ lý do');
  const legalBasis = boundedText(command.legalBasis, 'legalBasis', 'REFUSAL_REASON_REQUIRED', 'Phiếu từ chối phải nêu căn cứ pháp lý');
  return { type: 'ReceptionRefused', data: { ...slip, reason, legalBasis } };
}

/** A desk slip decided before its number is taken: `stampSlipNumber` completes it (`reception.numbers.ts`). */
export function decideReceptionSlip(command: UnnumberedReceptionCommand, state: ReceptionState, context: DossierContext): UnnumberedReceptionSlip {
  requireInstant(command.now, 'now');
  switch (command.type) {
    case 'request-supplement-at-reception':
      return requestSupplement(command, state, context);
    case 'refuse-reception':
      return refuse(command, state, context);
  }
}

/** The decider of a desk slip given without opening a dossier (stream `reception-<id>`). */
export function decideReception(command: ReceptionCommand, state: ReceptionState, context: DossierContext): ReceptionEvent[] {
  return [stampSlipNumber(decideReceptionSlip(command, state, context), command.slipNumber)];
}
