/*
 * The signature fields of a PDF as ISO 32000-1 §12.8.1 lays them out: each signature dictionary
 * has a /ByteRange [a b c d] naming the bytes the signature covers, and its /Contents (the DER of
 * a CMS SignedData, hex-encoded between < and >) fills exactly the gap between the two ranges.
 * Reading the gap instead of parsing the object tree works on incremental updates, compressed
 * object streams excepted only for the dictionary itself (signing tools write it in clear).
 */

/** One signature as it sits in the file: the ranges it covers and the raw CMS bytes. */
export interface PdfSignatureField {
  byteRange: [number, number, number, number];
  /** The CMS SignedData's DER followed by the placeholder's zero padding (the DER says its own length). */
  cms: Buffer;
}

const BYTE_RANGE = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g;

/** The signature fields of `pdf` in the order they were signed (ordered by where their update ends). */
export function pdfSignatureFields(pdf: Buffer): PdfSignatureField[] {
  const text = pdf.toString('latin1');
  const seen = new Set<string>();
  const fields: PdfSignatureField[] = [];
  for (const match of text.matchAll(BYTE_RANGE)) {
    const byteRange = match.slice(1, 5).map(Number) as PdfSignatureField['byteRange'];
    const key = byteRange.join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    const cms = contentsIn(pdf, byteRange);
    if (cms) fields.push({ byteRange, cms });
  }
  return fields.sort((x, y) => x.byteRange[2] + x.byteRange[3] - (y.byteRange[2] + y.byteRange[3]));
}

/** The bytes a signature covers: both ranges, joined. */
export function signedBytes(pdf: Buffer, [a, b, c, d]: PdfSignatureField['byteRange']): Buffer {
  return Buffer.concat([pdf.subarray(a, a + b), pdf.subarray(c, c + d)]);
}

/** The hex between the ranges, or null when the ranges do not frame a <…> string inside the file. */
function contentsIn(pdf: Buffer, [a, b, c, d]: PdfSignatureField['byteRange']): Buffer | null {
  if (a !== 0 || b <= 0 || c <= b || c + d > pdf.length) return null;
  const gap = pdf.subarray(b, c).toString('latin1');
  if (!/^<[0-9A-Fa-f\s]*>$/.test(gap)) return null;
  const hex = gap.slice(1, -1).replace(/\s/g, '');
  return Buffer.from(hex, 'hex');
}
