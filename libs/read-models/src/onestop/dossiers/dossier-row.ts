import { isOpened, localDateOf, type DossierState, type DossierStatus } from '@office/domain';
import { foldForSearch } from '../../search-text';

/** A row of rm_dossiers in memory (instants and days as ISO text), with the folded state it is read from. */
export interface DossierEntry {
  id: string;
  code: string | null;
  registerBook: number | null;
  sequence: number | null;
  procedureCode: string;
  procedureName: string | null;
  procedureVersion: number | null;
  fieldCode: string | null;
  ruleSet: string | null;
  handlingUnitId: string | null;
  applicantName: string;
  applicantAddress: string | null;
  applicantPhone: string | null;
  channel: string | null;
  online: boolean;
  portalRef: string | null;
  sets: number | null;
  submittedAt: string | null;
  receivedAt: string | null;
  receivedOn: string | null;
  countsFrom: string | null;
  due: string | null;
  newDue: string | null;
  status: DossierStatus;
  holderUnitId: string | null;
  holderUserId: string | null;
  path: string[];
  specialistId: string | null;
  leaderId: string | null;
  transferredAt: string | null;
  outgoingNumber: number | null;
  outgoingYear: number | null;
  symbol: string | null;
  issuedAt: string | null;
  resultAtDeskAt: string | null;
  returnedAt: string | null;
  returnedTo: string | null;
  returnMethod: string | null;
  classification: string | null;
  supplementRequests: number;
  supplementRequestedAt: string | null;
  supplementPolicy: string | null;
  apologies: number;
  apologyIssuedLate: boolean;
  feeAssessedVnd: number | null;
  feePaidVnd: number | null;
  paymentMethod: string | null;
  paidAt: string | null;
  digitisedItems: number;
  satisfactionScore: number | null;
  stoppedAt: string | null;
  stopReason: string | null;
  withdrawnAt: string | null;
  withdrawReason: string | null;
  searchText: string;
  pin: string | null;
  state: DossierState;
  lastPosition: bigint;
}

/** Everything a dossier opened at the desk has; blank while an online submission waits. */
const NOT_RECEIVED = {
  code: null, registerBook: null, sequence: null, procedureName: null, procedureVersion: null, fieldCode: null, ruleSet: null, handlingUnitId: null,
  channel: null, sets: null, receivedAt: null, receivedOn: null, countsFrom: null, due: null, newDue: null, holderUnitId: null, holderUserId: null,
  path: [], specialistId: null, leaderId: null, transferredAt: null, outgoingNumber: null, outgoingYear: null, symbol: null, issuedAt: null,
  resultAtDeskAt: null, returnedAt: null, returnedTo: null, returnMethod: null, classification: null, supplementRequests: 0, supplementRequestedAt: null,
  supplementPolicy: null, apologies: 0, apologyIssuedLate: false, feeAssessedVnd: null, feePaidVnd: null, paymentMethod: null, paidAt: null,
  digitisedItems: 0, satisfactionScore: null, stoppedAt: null, stopReason: null, withdrawnAt: null, withdrawReason: null, pin: null,
} as const;

/**
 * The row of a dossier, read from its state as the domain folds it (evolveDossier): status,
 * holder, handler, path and due date mean exactly what they mean to the decider. Null for a
 * stream with no dossier yet.
 */
export function dossierRowOf(id: string, state: DossierState, lastPosition: bigint): DossierEntry | null {
  if (state.status === 'none') return null;
  if (!isOpened(state)) {
    const { applicant, procedureCode, portalRef, submittedAt } = state;
    const search = foldForSearch(`${procedureCode} ${applicant.name}`);
    return {
      ...NOT_RECEIVED, path: [], id, procedureCode, applicantName: applicant.name, applicantAddress: applicant.address, applicantPhone: applicant.phone,
      online: true, portalRef, submittedAt, status: state.status, searchText: search, state, lastPosition,
    };
  }
  const awaited = state.status === 'supplement_requested' ? state.supplements[state.supplements.length - 1] : undefined;
  const apology = state.apologies[state.apologies.length - 1];
  const stopped = state.status === 'stopped' ? state.ending : null;
  const withdrawn = state.status === 'withdrawn' ? state.ending : null;
  const { procedure, applicant } = state;
  return {
    id, code: state.code, registerBook: state.registerBook, sequence: state.sequence, procedureCode: procedure.code, procedureName: procedure.name,
    procedureVersion: procedure.version, fieldCode: procedure.fieldCode, ruleSet: state.ruleSet, handlingUnitId: state.handlingUnitId,
    applicantName: applicant.name, applicantAddress: applicant.address, applicantPhone: applicant.phone, channel: state.channel,
    online: state.channel === 'online' || state.portalRef !== null, portalRef: state.portalRef, sets: state.sets, submittedAt: null,
    receivedAt: state.receivedAt, receivedOn: localDateOf(state.receivedAt), countsFrom: state.countsFrom, due: state.due.due,
    newDue: apology?.newDueDate ?? null, status: state.status, holderUnitId: state.holder.unitId, holderUserId: state.holder.userId, path: state.path,
    specialistId: state.handlerId, leaderId: state.submission?.leaderId ?? null,
    // The first hand-over closes the desk's step: the day the dossier left the desk (ngày chuyển).
    transferredAt: state.handovers[0]?.handedAt ?? null,
    outgoingNumber: state.result?.outgoingNumber ?? null, outgoingYear: state.result?.outgoingYear ?? null, symbol: state.result?.symbol ?? null,
    issuedAt: state.result?.issuedAt ?? null, resultAtDeskAt: state.atDesk?.at ?? null, returnedAt: state.returned?.at ?? null,
    returnedTo: state.returned?.receivedBy.name ?? null, returnMethod: state.returned?.method ?? null, classification: state.atDesk?.classification ?? null,
    supplementRequests: state.supplements.length, supplementRequestedAt: awaited?.requestedAt ?? null, supplementPolicy: awaited?.policy ?? null,
    apologies: state.apologies.length, apologyIssuedLate: state.apologies.some((a) => a.issuedLate), feeAssessedVnd: state.fee?.assessedVnd ?? null,
    feePaidVnd: state.fee?.paid?.amountVnd ?? null, paymentMethod: state.fee?.paid?.method ?? null, paidAt: state.fee?.paid?.at ?? null,
    digitisedItems: state.digitised.length, satisfactionScore: state.satisfaction?.score ?? null, stoppedAt: stopped?.at ?? null,
    stopReason: stopped?.reason ?? null, withdrawnAt: withdrawn?.at ?? null, withdrawReason: withdrawn?.reason ?? null,
    searchText: foldForSearch(`${state.code} ${procedure.code} ${procedure.name} ${applicant.name}`), pin: state.pin, state, lastPosition,
  };
}
