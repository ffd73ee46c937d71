import type { Actor } from '../shared';
import type { LocalDate } from '../calendar';
import type { RelatedOpinion, SignDecision } from '../document';
import type { Applicant, DossierAppraisalOutcome, DossierChannel, MissingItem, PaymentMethod, ReceivedItem, ReturnMethod } from './dossier.types';

/**
 * Commands on stream `dossier-<id>`; `type` is the step's name in the HTTP path
 * (`POST /api/dossiers/:id/<type>`; `receive` is `POST /api/dossiers`). Optional request fields
 * may be omitted or null. Ids, codes, numbers and PINs are made by the application and passed in.
 */
interface CommandBase {
  dossierId: string;
  actor: Actor;
  now: string;
}

/** POST /api/dossiers: `code`, `registerBook`, `sequence` from the daily series; `pin` made by the application. */
export interface ReceiveDossier extends CommandBase {
  type: 'receive';
  code: string;
  registerBook: number;
  sequence: number;
  pin: string;
  procedureCode: string;
  applicant: Partial<Applicant> & { name: string };
  items: ReceivedItem[];
  channel: DossierChannel;
  sets?: number | null;
  receivedAt?: string | null;
}
export interface SubmitDossierOnline extends CommandBase { type: 'submit-online'; procedureCode: string; applicant: Partial<Applicant> & { name: string }; items: ReceivedItem[]; portalRef: string }
export interface TransferDossier extends CommandBase { type: 'transfer'; toUnitId?: string | null; toUserId?: string | null; note?: string | null }
export interface AppraiseDossier extends CommandBase { type: 'appraise'; outcome: DossierAppraisalOutcome; findings: string; note?: string | null }
export interface RequestDossierSupplement extends CommandBase { type: 'request-supplement'; missing: MissingItem[] }
export interface ReceiveDossierSupplement extends CommandBase { type: 'receive-supplement'; items: string[] }
export interface RequestPartnerOpinion extends CommandBase { type: 'request-opinion'; partner: string; request: string; dueDate?: LocalDate | null }
export interface ReceivePartnerOpinion extends CommandBase { type: 'receive-opinion'; partner: string; opinion: string }
/** The same bodies as the document steps (API.md). */
export interface SubmitDossierResult extends CommandBase {
  type: 'submit';
  /** Exactly one leader; a list of several (as the document route accepts) is refused with ONE_LEADER_PER_SUBMISSION. */
  leaderId: string | readonly string[];
  proposal: string;
  relatedOpinions?: RelatedOpinion[] | null;
  reservedOpinion?: string | null;
  draft: { documentType: string; excerpt: string };
}
export interface InitialDossierResult extends CommandBase { type: 'initial'; agree: boolean; note?: string | null }
export interface SignDossierResult extends CommandBase { type: 'sign'; decision: SignDecision; note?: string | null }
/** `outgoingNumber` from the outgoing series (`outgoingSeriesKey`), as for documents. */
export interface IssueDossierResult extends CommandBase { type: 'issue'; outgoingNumber: number; recipients: string[]; copies: number; symbolSuffix?: string | null }
export interface Apologise extends CommandBase { type: 'apologise'; reason: string; newDueDate: LocalDate }
export interface StopProcessing extends CommandBase { type: 'stop'; reason: string }
export interface WithdrawDossier extends CommandBase { type: 'withdraw'; reason: string }
export interface ReceiveResultAtDesk extends CommandBase { type: 'result-at-desk' }
export interface ReturnResult extends CommandBase { type: 'return'; receivedBy: { name: string; idNumber?: string | null }; method: ReturnMethod }
export interface AssessFee extends CommandBase { type: 'fees'; amountVnd: number }
export interface PayFee extends CommandBase { type: 'payments'; method: PaymentMethod; amountVnd?: number | null }
export interface DigitiseItems extends CommandBase { type: 'digitise'; items: string[] }
export interface RecordSatisfaction extends CommandBase { type: 'satisfaction'; score: number; answers?: Record<string, string> | null }

export type DossierCommand =
  | ReceiveDossier | SubmitDossierOnline | TransferDossier | AppraiseDossier | RequestDossierSupplement | ReceiveDossierSupplement
  | RequestPartnerOpinion | ReceivePartnerOpinion | SubmitDossierResult | InitialDossierResult | SignDossierResult | IssueDossierResult
  | Apologise | StopProcessing | WithdrawDossier | ReceiveResultAtDesk | ReturnResult | AssessFee | PayFee | DigitiseItems | RecordSatisfaction;

/** Commands on stream `reception-<id>` (no dossier opened): Mẫu 02 and Mẫu 03 at the desk. */
interface ReceptionBase {
  receptionId: string;
  slipNumber: string;
  procedureCode: string;
  applicant: Partial<Applicant> & { name: string };
  actor: Actor;
  now: string;
}
export interface RequestSupplementAtReception extends ReceptionBase { type: 'request-supplement-at-reception'; missing: MissingItem[] }
export interface RefuseReception extends ReceptionBase { type: 'refuse-reception'; reason: string; legalBasis: string }
export type ReceptionCommand = RequestSupplementAtReception | RefuseReception;
