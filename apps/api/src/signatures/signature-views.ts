import type { SignatureCheck, SignatureEvent, SignatureStep, SignaturesState } from '@office/domain';
import { arrayOf, bool, instant, int, named, nullable, object, oneOf, text, uuid } from '../http/open-api-schemas';

/*
 * The answers of the signature routes, and their OpenAPI schemas (API.md: every route declares its
 * success answer; test/e2e/hardening/open-api.cases.ts checks real answers against them).
 */

const CERTIFICATE = object({ serial: text('upper-case hex'), issuer: text(), subject: text(), notBefore: instant, notAfter: instant });
const TRUST = { trusted: bool, trustReason: nullable(text('why the chain of trust was not established, e.g. no trusted roots configured')) };
const RECORDED_FIELDS = {
  attachmentId: uuid, fileName: text(), fileSha256: text('SHA-256 of the signed file'), certificate: CERTIFICATE, signingTime: nullable(instant), ...TRUST, by: uuid, at: instant,
};
const RECORDED = object(RECORDED_FIELDS);
const ORGANISATION_RECORDED = object({ ...RECORDED_FIELDS, personSerial: text('the serial of the person’s certificate it was applied over') });
const CHECK = named(
  'SignatureCheck',
  object({
    index: int, coversWholeFile: bool, certificate: nullable(CERTIFICATE), signingTime: nullable(instant), valid: bool,
    problem: nullable(oneOf('malformed', 'digest_mismatch', 'signature_mismatch', 'certificate_not_valid_at_signing', 'modified_after_signing')), ...TRUST,
  }),
);
const VERIFICATION = object({ attachmentId: uuid, fileName: text(), fileSha256: text(), valid: bool, signatures: arrayOf(CHECK), by: uuid, at: instant });

export const SIGNATURES_SCHEMA = object({
  id: uuid,
  person: nullable(RECORDED),
  organisation: nullable(ORGANISATION_RECORDED),
  verifications: arrayOf(VERIFICATION),
  actions: arrayOf(oneOf('record_person', 'record_organisation', 'verify')),
});

export const RECORDED_ANSWER = { kind: oneOf('person', 'organisation'), signature: { oneOf: [RECORDED, ORGANISATION_RECORDED] } };
export const VERIFIED_ANSWER = { valid: bool, signatures: arrayOf(CHECK) };

const strip = <T extends { documentId: string }>({ documentId: _id, ...rest }: T) => rest;

/** GET /api/documents/:id/signatures. */
export function signaturesView(id: string, state: SignaturesState, actions: SignatureStep[]) {
  return {
    id,
    person: state.person && strip(state.person),
    organisation: state.organisation && strip(state.organisation),
    verifications: state.verifications.map(strip),
    actions,
  };
}

/** The answer of a recording: the signature as recorded, read from the event (also on a replay, from the state). */
export function recordedView(kind: 'person' | 'organisation', state: SignaturesState) {
  const signature = state[kind];
  return { kind, signature: signature && strip(signature) };
}

/** The answer of a check: this call's result, or on a replay the latest check of that file by that person (what the first call answered, unless they checked it again since). */
export function verifiedView(events: SignatureEvent[], state: SignaturesState, attachmentId: string, by: string): { valid: boolean; signatures: SignatureCheck[] } {
  const event = events.find((e) => e.type === 'DocumentSignatureVerified');
  const earlier = [...state.verifications].reverse().find((check) => check.attachmentId === attachmentId && check.by === by);
  const { valid, signatures } = event?.type === 'DocumentSignatureVerified' ? event.data : earlier!;
  return { valid, signatures };
}
