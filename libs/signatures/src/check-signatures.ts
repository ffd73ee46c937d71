import { createHash, webcrypto } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { distinguishedName, serialOf } from './distinguished-name';
import { pdfSignatureFields, signedBytes, type PdfSignatureField } from './pdf-signature-fields';
import type { PdfSignatureCheck, SignatureProblem, SignerCertificate } from './verify-pdf-signatures';

const OID_SIGNED_DATA = '1.2.840.113549.1.7.2';
const OID_MESSAGE_DIGEST = '1.2.840.113549.1.9.4';
const OID_SIGNING_TIME = '1.2.840.113549.1.9.5';
const DIGESTS: Readonly<Record<string, string>> = {
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
  '1.3.14.3.2.26': 'sha1',
};

const NO_ROOTS = 'Chưa cấu hình chứng thư số gốc tin cậy: chưa kiểm tra chuỗi chứng thực đến CA gốc';
const NOT_TO_ROOT = 'Chuỗi chứng thực không dẫn đến CA gốc tin cậy đã cấu hình';
const engine = new pkijs.CryptoEngine({ name: 'node', crypto: webcrypto as unknown as pkijs.CryptoEngineParameters['crypto'] });

/** The checks of `verifyPdfSignatures`, in the order of the signatures in the file. */
export async function checkSignatures(pdf: Buffer, trustedRoots: readonly Buffer[]): Promise<PdfSignatureCheck[]> {
  const roots = trustedRoots.map((der) => pkijs.Certificate.fromBER(der));
  const fields = pdfSignatureFields(pdf);
  return Promise.all(fields.map((field, index) => checkSignature(pdf, field, index, index === fields.length - 1, roots)));
}

async function checkSignature(pdf: Buffer, field: PdfSignatureField, index: number, last: boolean, roots: pkijs.Certificate[]): Promise<PdfSignatureCheck> {
  const [, , c, d] = field.byteRange;
  const coversWholeFile = c + d === pdf.length;
  const base = { index, byteRange: field.byteRange, coversWholeFile };
  const parsed = parseSignedData(field.cms);
  if (!parsed) return { ...base, certificate: null, signingTime: null, valid: false, problem: 'malformed', trusted: false, trustReason: null };
  const { signer, certificate } = parsed;
  const signingTime = signingTimeOf(signer);
  const facts = { ...base, certificate: certificateFacts(certificate), signingTime };
  const data = signedBytes(pdf, field.byteRange);
  const problem =
    digestProblem(signer, data) ??
    (await signatureProblem(parsed)) ??
    validityProblem(certificate, signingTime) ??
    (last && !coversWholeFile ? 'modified_after_signing' : null);
  const trust = problem === null ? await trustOf(parsed, signingTime, roots) : { trusted: false, trustReason: null };
  return { ...facts, valid: problem === null, problem, ...trust };
}

interface ParsedCms {
  signedData: pkijs.SignedData;
  signer: pkijs.SignerInfo;
  certificate: pkijs.Certificate;
}

function parseSignedData(der: Buffer): ParsedCms | null {
  try {
    const asn = asn1js.fromBER(new Uint8Array(der));
    if (asn.offset === -1) return null;
    const info = new pkijs.ContentInfo({ schema: asn.result });
    if (info.contentType !== OID_SIGNED_DATA) return null;
    const signedData = new pkijs.SignedData({ schema: info.content });
    const [signer] = signedData.signerInfos;
    const certificate = signer && signerCertificate(signedData, signer);
    return signer && certificate && signer.signedAttrs ? { signedData, signer, certificate } : null;
  } catch {
    return null;
  }
}

/**
 * The certificate the signer info names, by issuer and serial. Signers built on node-forge encode a
 * UTF-8 issuer twice in the signer info (Vietnamese names with diacritics do not compare equal), so
 * a single certificate with that serial is taken as well: the signature must still verify with its
 * key, so the leniency names a certificate, it never makes a signature hold.
 */
function signerCertificate(signedData: pkijs.SignedData, signer: pkijs.SignerInfo): pkijs.Certificate | undefined {
  const sid = signer.sid as pkijs.IssuerAndSerialNumber;
  if (!sid.serialNumber) return undefined;
  const withSerial = (signedData.certificates ?? []).filter((cert): cert is pkijs.Certificate => cert instanceof pkijs.Certificate && cert.serialNumber.isEqual(sid.serialNumber));
  return withSerial.find((cert) => cert.issuer.isEqual(sid.issuer)) ?? (withSerial.length === 1 ? withSerial[0] : undefined);
}

function attribute(signer: pkijs.SignerInfo, oid: string): asn1js.AsnType | undefined {
  return signer.signedAttrs?.attributes.find((attr) => attr.type === oid)?.values[0];
}

function signingTimeOf(signer: pkijs.SignerInfo): string | null {
  const value = attribute(signer, OID_SIGNING_TIME);
  return value instanceof asn1js.UTCTime || value instanceof asn1js.GeneralizedTime ? value.toDate().toISOString() : null;
}

function digestProblem(signer: pkijs.SignerInfo, data: Buffer): SignatureProblem | null {
  const algorithm = DIGESTS[signer.digestAlgorithm.algorithmId];
  const stated = attribute(signer, OID_MESSAGE_DIGEST);
  if (!algorithm || !(stated instanceof asn1js.OctetString)) return 'malformed';
  const actual = createHash(algorithm).update(data).digest();
  return actual.equals(Buffer.from(stated.valueBlock.valueHexView)) ? null : 'digest_mismatch';
}

/** The signature over the DER of the signed attributes (tagged as a SET, RFC 5652 §5.4) with the certificate's key, by WebCrypto. */
async function signatureProblem({ signer, certificate }: ParsedCms): Promise<SignatureProblem | null> {
  const attributes = new Uint8Array(signer.signedAttrs!.encodedValue);
  attributes[0] = 0x31;
  try {
    const hash = engine.getAlgorithmByOID<{ name: string }>(signer.digestAlgorithm.algorithmId, true).name;
    const verified = await engine.verifyWithPublicKey(attributes, signer.signature, certificate.subjectPublicKeyInfo, signer.signatureAlgorithm, hash);
    return verified ? null : 'signature_mismatch';
  } catch {
    return 'signature_mismatch';
  }
}

function validityProblem(certificate: pkijs.Certificate, signingTime: string | null): SignatureProblem | null {
  if (signingTime === null) return null;
  const at = new Date(signingTime);
  return at < certificate.notBefore.value || at > certificate.notAfter.value ? 'certificate_not_valid_at_signing' : null;
}

/** The chain from the signer's certificate through those the CMS carries to one of the configured roots, at the signing time. */
async function trustOf({ signedData, certificate }: ParsedCms, signingTime: string | null, roots: pkijs.Certificate[]): Promise<{ trusted: boolean; trustReason: string | null }> {
  if (roots.length === 0) return { trusted: false, trustReason: NO_ROOTS };
  const others = (signedData.certificates ?? []).filter((cert): cert is pkijs.Certificate => cert instanceof pkijs.Certificate && cert !== certificate);
  const chain = new pkijs.CertificateChainValidationEngine({ trustedCerts: roots, certs: [...others, certificate], checkDate: signingTime ? new Date(signingTime) : new Date() });
  try {
    const result = await chain.verify({}, engine);
    return result.result ? { trusted: true, trustReason: null } : { trusted: false, trustReason: `${NOT_TO_ROOT}: ${result.resultMessage}` };
  } catch {
    return { trusted: false, trustReason: NOT_TO_ROOT };
  }
}

function certificateFacts(certificate: pkijs.Certificate): SignerCertificate {
  return {
    serial: serialOf(certificate),
    issuer: distinguishedName(certificate.issuer),
    subject: distinguishedName(certificate.subject),
    notBefore: certificate.notBefore.value.toISOString(),
    notAfter: certificate.notAfter.value.toISOString(),
  };
}
