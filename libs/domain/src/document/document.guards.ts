import type { Field, Organisation } from '../organisation';
import { ruleViolation, wrongState, type Actor } from '../shared';
import type {
  AppraisedDocument,
  AssignedDocument,
  DistributedDocument,
  DocumentState,
  InitialledDocument,
  IssuedDocument,
  LeaderDeadline,
  ReceivedDocument,
  RegisteredDocument,
  ReturnedDocument,
  SignedDocument,
  SubmittedDocument,
  SupplementRequestedDocument,
} from './document.state';
import { ALREADY_ISSUED, guardDocumentStep } from './document.turns';
import { NO_DELEGATIONS, type SigningClaim, type SigningDelegations } from './signing-path';

/*
 * The guard of each step, as the decide functions call it: `guardDocumentStep` over the one turns
 * table (document.turns.ts), typed with the state the step goes on from. The statuses of each
 * type below are the table's; the casts only name them.
 */

export { signedWork } from './signing-path';

/** The field of a document (or of anything with a field code, e.g. a dossier's procedure). */
export function fieldOf(subject: { fieldCode: string }, organisation: Organisation): Field {
  const field = organisation.fields.find((f) => f.code === subject.fieldCode);
  if (!field) throw ruleViolation('UNKNOWN_FIELD', `Lĩnh vực "${subject.fieldCode}" không có trong cơ cấu tổ chức`, 'fieldCode');
  return field;
}


export function guardReceive(state: DocumentState, actor: Actor): void {
  guardDocumentStep('receive', state, actor, undefined);
}

export function guardDistribute(state: DocumentState, actor: Actor, organisation: Organisation): ReceivedDocument | ReturnedDocument {
  return guardDocumentStep('distribute', state, actor, organisation) as ReceivedDocument | ReturnedDocument;
}

export function guardAssign(state: DocumentState, actor: Actor): DistributedDocument | AssignedDocument | AppraisedDocument | SupplementRequestedDocument {
  return guardDocumentStep('assign', state, actor, undefined) as DistributedDocument | AssignedDocument | AppraisedDocument | SupplementRequestedDocument;
}

export function guardReturn(state: DocumentState, actor: Actor): AssignedDocument {
  return guardDocumentStep('return', state, actor, undefined) as AssignedDocument;
}

export function guardAppraise(state: DocumentState, actor: Actor): AssignedDocument | AppraisedDocument {
  return guardDocumentStep('appraise', state, actor, undefined) as AssignedDocument | AppraisedDocument;
}

export function guardRequestSupplement(state: DocumentState, actor: Actor): AssignedDocument | AppraisedDocument {
  return guardDocumentStep('request-supplement', state, actor, undefined) as AssignedDocument | AppraisedDocument;
}

export function guardReceiveSupplement(state: DocumentState, actor: Actor): SupplementRequestedDocument {
  return guardDocumentStep('receive-supplement', state, actor, undefined) as SupplementRequestedDocument;
}

export function guardSubmit(state: DocumentState, actor: Actor): AppraisedDocument {
  return guardDocumentStep('submit', state, actor, undefined) as AppraisedDocument;
}

export function guardInitial(state: DocumentState, actor: Actor, organisation: Organisation): SubmittedDocument {
  return guardDocumentStep('initial', state, actor, organisation) as SubmittedDocument;
}

/**
 * The named leader, or the holder of a live delegation from them covering the document
 * (`signingAuthority`, in the capacity claimed when the decider passes it; any, for the buttons).
 */
export function guardSign(
  state: DocumentState,
  actor: Actor,
  _organisation?: Organisation,
  signing: SigningDelegations = NO_DELEGATIONS,
  claim: SigningClaim = {},
): InitialledDocument {
  return guardDocumentStep('sign', state, actor, undefined, signing, claim) as InitialledDocument;
}

/** An issued (or archived) document is never issued again: 409, whoever asks (API.md). */
export function refuseReissue(document: Pick<RegisteredDocument, 'status'>): void {
  if (document.status === 'issued' || document.status === 'archived') throw wrongState(ALREADY_ISSUED.message, ALREADY_ISSUED.rule);
}

export function guardIssue(state: DocumentState, actor: Actor): SignedDocument {
  return guardDocumentStep('issue', state, actor, undefined) as SignedDocument;
}

export function guardArchive(state: DocumentState, actor: Actor): IssuedDocument {
  return guardDocumentStep('archive', state, actor, undefined) as IssuedDocument;
}

export function guardExtendDeadline(state: DocumentState, actor: Actor): { document: RegisteredDocument; leader: LeaderDeadline } {
  const document = guardDocumentStep('extend-deadline', state, actor, undefined) as RegisteredDocument;
  return { document, leader: document.deadlines.leader as LeaderDeadline };
}
