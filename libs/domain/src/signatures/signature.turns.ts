import { hasRole } from '../organisation';
import { allows, type Actor, forbidden, ruleViolation, wrongState } from '../shared';
import type { SignaturesState } from './signature.state';
import type { SignableDocument } from './signature.types';

/*
 * Whose turn it is on a document's signatures: ONE table of who may take which step when. The
 * decider checks it first and `signatureActions` derives the buttons from it; rules on the file's
 * facts come after, in the decider.
 */

export const SIGNATURE_STEPS = ['record_person', 'record_organisation', 'verify'] as const;
export type SignatureStep = (typeof SIGNATURE_STEPS)[number];

export const SIGNATURE_STEP_LABELS: Readonly<Record<SignatureStep, string>> = {
  record_person: 'ghi nhận chữ ký số cá nhân',
  record_organisation: 'ghi nhận chữ ký số của cơ quan',
  verify: 'kiểm tra chữ ký số',
};

type Guard = (state: SignaturesState, document: SignableDocument, actor: Actor) => void;

/** The leader's own signature: once, after DocumentSigned (the signer is known only then), by that leader alone. */
const RECORD_PERSON: Guard = (state, document, actor) => {
  if (state.person !== null) throw wrongState('Chữ ký số cá nhân của văn bản đã được ghi nhận');
  if (document.signedBy === null) throw ruleViolation('NOT_SIGNED', 'Chỉ ghi nhận chữ ký số khi lãnh đạo đã ký văn bản');
  if (actor.userId !== document.signedBy) throw forbidden('PERSON_SIGN_NOT_SIGNER', 'Chỉ lãnh đạo đã ký văn bản mới được ghi nhận chữ ký số cá nhân');
};

/** The organisation's signature: once, by a clerk (who keeps the key device, ND 30 Art. 32), over the person's. */
const RECORD_ORGANISATION: Guard = (state, _document, actor) => {
  if (state.organisation !== null) throw wrongState('Chữ ký số của cơ quan đã được ghi nhận');
  if (!hasRole(actor, 'clerk')) throw forbidden('ORG_SIGN_NOT_CLERK', 'Chỉ văn thư (người giữ thiết bị lưu khóa của cơ quan) mới được ký số của cơ quan');
  if (state.person === null) throw ruleViolation('ORG_SIGN_BEFORE_PERSON', 'Văn thư chỉ ký số của cơ quan sau khi người có thẩm quyền đã ký số văn bản');
};

/** Checking signatures on receipt: the clerks, and whoever the document passed through. */
const VERIFY: Guard = (_state, document, actor) => {
  if (!hasRole(actor, 'clerk') && !document.path.includes(actor.userId)) {
    throw forbidden('VERIFY_NOT_ON_PATH', 'Chỉ văn thư hoặc người đã xử lý văn bản mới được ghi nhận kết quả kiểm tra chữ ký số');
  }
};

const SIGNATURE_TURNS: Readonly<Record<SignatureStep, Guard>> = { record_person: RECORD_PERSON, record_organisation: RECORD_ORGANISATION, verify: VERIFY };

/** The turn check of `step`: 409 when already done, 403 for the wrong person, 422 for a rule on the state. */
export function guardSignatureStep(step: SignatureStep, state: SignaturesState, document: SignableDocument, actor: Actor): void {
  SIGNATURE_TURNS[step](state, document, actor);
}

/** The steps `actor` may take now, by the very checks the decider runs first: the buttons of the "Chữ ký số" card. */
export function signatureActions(state: SignaturesState, document: SignableDocument, actor: Actor): SignatureStep[] {
  return SIGNATURE_STEPS.filter((step) => allows(() => guardSignatureStep(step, state, document, actor)));
}
