import { createHash } from 'node:crypto';
import type * as Checks from './check-signatures';

/** Why a signature does not hold; null when it does. */
export type SignatureProblem =
  | 'malformed' // the Contents is not a CMS SignedData with one signer and its certificate
  | 'digest_mismatch' // the signed bytes were changed after signing
  | 'signature_mismatch' // the signature does not verify with the signer's certificate
  | 'certificate_not_valid_at_signing' // signed outside the certificate's validity
  | 'modified_after_signing'; // the last signature does not cover the whole file: bytes were added after it

/** The signer's certificate, as read from the CMS (never from the client). */
export interface SignerCertificate {
  serial: string;
  issuer: string;
  subject: string;
  notBefore: string;
  notAfter: string;
}

/** One signature of a PDF, checked. */
export interface PdfSignatureCheck {
  /** 0 for the first signature applied, then in order. */
  index: number;
  byteRange: [number, number, number, number];
  coversWholeFile: boolean;
  certificate: SignerCertificate | null;
  /** The signing-time attribute of the CMS (ISO instant), or null when the signer did not state one. */
  signingTime: string | null;
  valid: boolean;
  problem: SignatureProblem | null;
  /** Chain of trust to a configured root; false with the reason when no roots are configured or the chain fails. */
  trusted: boolean;
  trustReason: string | null;
}

export interface PdfVerification {
  /** SHA-256 of the whole file, as the attachment store names it. */
  sha256: string;
  signatures: PdfSignatureCheck[];
}

let checks: typeof Checks | undefined;

/**
 * Checks every signature of a PDF (ND 30 Art. 18: the receiving body checks authenticity and
 * integrity; TT 41/2017 Art. 7): the digest over the byte ranges against the CMS messageDigest,
 * the signature over the signed attributes with the signer's certificate (WebCrypto), the signing
 * time inside the certificate's validity, and that nothing was appended after the last signature.
 * Chain of trust only against `trustedRoots` (DER certificates); without them `trusted` is false
 * and says so. Revocation (CRL/OCSP) is not checked.
 *
 * The checks come with the first PDF verified: pkijs and asn1js cost ~50 ms of CPU that every API
 * process and every test starting the app would otherwise pay at start.
 */
export async function verifyPdfSignatures(pdf: Buffer, trustedRoots: readonly Buffer[] = []): Promise<PdfVerification> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
  checks ??= require('./check-signatures') as typeof Checks;
  const signatures = await checks.checkSignatures(pdf, trustedRoots);
  return { sha256: createHash('sha256').update(pdf).digest('hex'), signatures };
}
