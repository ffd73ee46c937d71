import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { P12Signer } from '@signpdf/signer-p12';
import signpdf from '@signpdf/signpdf';
import forge from 'node-forge';
import PDFDocument from 'pdfkit';

/*
 * Really signed PDFs for tests (test code only): a self-signed certificate in a PKCS#12 made with
 * node-forge, a one-page PDF from pdfkit, signed with @signpdf the way a signing tool appends an
 * incremental update; the organisation's signature is a second incremental update over the first.
 */

export interface TestSigner {
  p12: Buffer;
  /** The certificate's serial as hex, as the verifier reports it. */
  serial: string;
  commonName: string;
  /** The certificate's DER. */
  certificate: Buffer;
}

/** A certification authority for tests: its certificate (DER, to configure as a trusted root) and what it signs with. */
export interface TestAuthority {
  certificate: Buffer;
  cert: forge.pki.Certificate;
  privateKey: forge.pki.rsa.PrivateKey;
}

const keyCache = new Map<string, forge.pki.rsa.KeyPair>();

/** 2048-bit keys take a second each in pure JS: one per name is plenty. */
function keysFor(name: string): forge.pki.rsa.KeyPair {
  const keys = keyCache.get(name) ?? forge.pki.rsa.generateKeyPair(2048);
  keyCache.set(name, keys);
  return keys;
}

const der = (asn: forge.asn1.Asn1) => Buffer.from(forge.asn1.toDer(asn).getBytes(), 'binary');

function certificate(commonName: string, serial: string, organisation: string, issuer: { cert: forge.pki.Certificate; privateKey: forge.pki.rsa.PrivateKey } | null, ca: boolean) {
  const keys = keysFor(commonName);
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = serial;
  cert.validity.notBefore = new Date('2025-01-01T00:00:00Z');
  cert.validity.notAfter = new Date('2030-01-01T00:00:00Z');
  const subject = [
    { shortName: 'CN', value: commonName, valueTagClass: forge.asn1.Type.UTF8 },
    { shortName: 'O', value: organisation, valueTagClass: forge.asn1.Type.UTF8 },
    { shortName: 'C', value: 'VN' },
  ] as forge.pki.CertificateField[];
  cert.setSubject(subject);
  cert.setIssuer(issuer ? issuer.cert.subject.attributes : subject);
  cert.setExtensions(ca ? [{ name: 'basicConstraints', cA: true }, { name: 'keyUsage', keyCertSign: true, cRLSign: true }] : [{ name: 'keyUsage', digitalSignature: true, nonRepudiation: true }]);
  cert.sign(issuer?.privateKey ?? keys.privateKey, forge.md.sha256.create());
  return { cert, keys };
}

/** A root CA for tests, as a province would configure the national root (Root CA chuyên dùng Chính phủ). */
export function testAuthority(commonName = 'CA thử nghiệm'): TestAuthority {
  const { cert, keys } = certificate(commonName, '0F', 'Ban Cơ yếu thử nghiệm', null, true);
  return { certificate: der(forge.pki.certificateToAsn1(cert)), cert, privateKey: keys.privateKey };
}

/** A signing certificate for `commonName` (Vietnamese diacritics welcome), valid 2025–2030: self-signed, or issued by `authority`. */
export function testSigner(commonName: string, serial: string, authority: TestAuthority | null = null, organisation = 'UBND tỉnh Thử nghiệm'): TestSigner {
  const { cert, keys } = certificate(commonName, serial, organisation, authority, false);
  const chain = authority ? [cert, authority.cert] : [cert];
  const p12 = forge.pkcs12.toPkcs12Asn1(keys.privateKey, chain, '', { algorithm: '3des' });
  return { p12: der(p12), serial, commonName, certificate: der(forge.pki.certificateToAsn1(cert)) };
}

/** A one-page PDF with a line of text (uncompressed, with a classic xref table as signing tools expect). */
export function plainPdf(text = 'Văn bản thử nghiệm'): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', compress: false });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.text(text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D'));
    doc.end();
  });
}

/** `pdf` with one more signature by `signer`, appended as an incremental update. */
export async function signPdf(pdf: Buffer, signer: TestSigner, signingTime = new Date('2026-03-12T03:15:00Z'), reason = 'Ký số'): Promise<Buffer> {
  const withPlaceholder = plainAddPlaceholder({ pdfBuffer: pdf, reason, contactInfo: '', name: signer.commonName, location: 'Việt Nam', signingTime });
  return signpdf.sign(withPlaceholder, new P12Signer(signer.p12), signingTime);
}

/** The same bytes with one byte changed at `offset` (default: inside the first page's text). */
export function tampered(pdf: Buffer, offset = pdf.indexOf('Van bản'.normalize('NFD')) > 0 ? pdf.indexOf('Van') : pdf.indexOf('BT') + 5): Buffer {
  const copy = Buffer.from(pdf);
  copy[offset] = copy[offset] ^ 0x01;
  return copy;
}
