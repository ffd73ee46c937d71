import type { DocumentStatus, RegisteredDocument } from '../document';
import type { Organisation } from '../organisation';

/*
 * What the product read from a signed PDF (libs/signatures verifies it; the domain only rules on
 * the facts): never what a client said. Chữ ký số cá nhân then chữ ký số của cơ quan, tổ chức
 * (ND 30/2020 PL I §7–8, Art. 32; research/next-domains.md §E.2).
 */

export const SIGNATURE_KINDS = ['person', 'organisation'] as const;
/** `person`: the competent leader's own signature; `organisation`: the body's, applied by the clerk who keeps its key. */
export type SignatureKind = (typeof SIGNATURE_KINDS)[number];

export const SIGNATURE_KIND_LABELS: Readonly<Record<SignatureKind, string>> = {
  person: 'chữ ký số của người có thẩm quyền',
  organisation: 'chữ ký số của cơ quan',
};

/** Why a signature does not hold (the verifier's codes). */
export type SignatureProblem = 'malformed' | 'digest_mismatch' | 'signature_mismatch' | 'certificate_not_valid_at_signing' | 'modified_after_signing';

export const SIGNATURE_PROBLEM_LABELS: Readonly<Record<SignatureProblem, string>> = {
  malformed: 'dữ liệu chữ ký không đọc được',
  digest_mismatch: 'nội dung đã bị thay đổi sau khi ký',
  signature_mismatch: 'chữ ký không khớp với chứng thư số',
  certificate_not_valid_at_signing: 'chứng thư số không còn hiệu lực tại thời điểm ký',
  modified_after_signing: 'tệp có dữ liệu được thêm vào sau chữ ký cuối cùng',
};

export interface CertificateFacts {
  serial: string;
  issuer: string;
  subject: string;
  notBefore: string;
  notAfter: string;
}

/** One signature of the file as checked. */
export interface SignatureCheck {
  index: number;
  coversWholeFile: boolean;
  certificate: CertificateFacts | null;
  signingTime: string | null;
  valid: boolean;
  problem: SignatureProblem | null;
  trusted: boolean;
  trustReason: string | null;
}

/** A PDF's signatures as verified, and the attachment they came from. */
export interface VerifiedFile {
  attachmentId: string;
  name: string;
  purpose: string;
  mediaType: string;
  sha256: string;
  signatures: SignatureCheck[];
}

/** What the signatures decider needs of the document: where it is, who signed it, who handled it. */
export interface SignableDocument {
  status: DocumentStatus;
  /** The leader whose DocumentSigned is on the stream; null before signing. */
  signedBy: string | null;
  /** That leader's full name, which their personal certificate carries as its CN. */
  signerName: string | null;
  path: readonly string[];
}

export function signableDocumentOf(document: RegisteredDocument, organisation: Organisation): SignableDocument {
  const signedBy = document.signature?.by ?? null;
  const signerName = organisation.users.find((user) => user.id === signedBy)?.fullName ?? null;
  return { status: document.status, signedBy, signerName, path: document.path };
}

/** The CN of a distinguished name as the verifier writes it (`CN=Trần Quốc Hưng, O=…`). */
export function commonNameOf(distinguishedName: string): string | null {
  return /(?:^|, )CN=([^,]*)/.exec(distinguishedName)?.[1] ?? null;
}

/** A name as certificates may spell it: without diacritics, in capitals, with other spacing (`TRAN QUOC HUNG`). */
export function sameCertificateName(a: string, b: string): boolean {
  const fold = (name: string) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
  return fold(a) === fold(b);
}
