import type { CertificateFacts, SignatureCheck } from './signature.types';

/*
 * The events of stream `signatures-<documentId>`: the digital signatures of one document, beside
 * (not inside) the document's own stream. A public contract; type strings are fixed forever.
 */
type Stamp = { by: string; at: string };

/** The signature as recorded: from the verified file, with the file's hash (the hash chain covers which bytes were signed). */
export type RecordedSignatureData = Stamp & {
  documentId: string;
  attachmentId: string;
  fileName: string;
  fileSha256: string;
  certificate: CertificateFacts;
  signingTime: string | null;
  trusted: boolean;
  trustReason: string | null;
};

/** Chữ ký số cá nhân: the leader who signed the document, from the signed PDF they uploaded. */
export type SignaturePersonRecorded = { type: 'SignaturePersonRecorded'; data: RecordedSignatureData };

/** Chữ ký số của cơ quan: applied by the clerk over the person's signature (ND 30 Art. 32: only on documents the competent person signed). */
export type SignatureOrganisationRecorded = { type: 'SignatureOrganisationRecorded'; data: RecordedSignatureData & { personSerial: string } };

/** Kiểm tra chữ ký số (ND 30 Art. 18, TT 41/2017 Art. 7): the result for each signature of an attached PDF; `valid` only if it has some and all hold. */
export type DocumentSignatureVerified = {
  type: 'DocumentSignatureVerified';
  data: Stamp & { documentId: string; attachmentId: string; fileName: string; fileSha256: string; valid: boolean; signatures: SignatureCheck[] };
};

export type SignatureEvent = SignaturePersonRecorded | SignatureOrganisationRecorded | DocumentSignatureVerified;

export const SIGNATURE_EVENT_TYPES = ['SignaturePersonRecorded', 'SignatureOrganisationRecorded', 'DocumentSignatureVerified'] as const satisfies readonly SignatureEvent['type'][];

type MissingEventType = Exclude<SignatureEvent['type'], (typeof SIGNATURE_EVENT_TYPES)[number]>;
/** Compile-time check that SIGNATURE_EVENT_TYPES lists every event. */
const _everyEventListed: [MissingEventType] extends [never] ? true : never = true;

export function signatureStreamName(documentId: string): string {
  return `signatures-${documentId}`;
}
