import { bufferSource, type ByteSource } from './byte-source';
import { OLE_SIGNATURE, oleStreamNames } from './ole-entries';
import { storedEntryBytes, zipEntries, type ZipEntry } from './zip-entries';

/** What a file is, told by its bytes: the media type to serve it with and the extension to name it by. */
export type DetectedFileType = { mediaType: string; extension: string };

const HEAD = 4_096;
const type = (mediaType: string, extension: string): DetectedFileType => ({ mediaType, extension });

const PDF = type('application/pdf', 'pdf');
const PNG = type('image/png', 'png');
const JPEG = type('image/jpeg', 'jpg');
const TIFF = type('image/tiff', 'tif');
const GIF = type('image/gif', 'gif');
const WEBP = type('image/webp', 'webp');
const DOCX = type('application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx');
const XLSX = type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx');
const PPTX = type('application/vnd.openxmlformats-officedocument.presentationml.presentation', 'pptx');
const ODT = type('application/vnd.oasis.opendocument.text', 'odt');
const ODS = type('application/vnd.oasis.opendocument.spreadsheet', 'ods');
const DOC = type('application/msword', 'doc');
const XLS = type('application/vnd.ms-excel', 'xls');
const XML = type('application/xml', 'xml');

/** Every type the allow-list admits (DOMAIN.md §11: scans, PDFs, office files, edXML). */
export const ALLOWED_FILE_TYPES: readonly DetectedFileType[] = [PDF, PNG, JPEG, TIFF, GIF, WEBP, DOCX, XLSX, PPTX, ODT, ODS, DOC, XLS, XML];

/** Magic numbers at the start of the file, for the types whose first bytes say it all. */
const SIGNATURES: { bytes: number[]; at?: number; then?: { bytes: number[]; at: number }; is: DetectedFileType }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], is: PNG },
  { bytes: [0xff, 0xd8, 0xff], is: JPEG },
  { bytes: [0x49, 0x49, 0x2a, 0x00], is: TIFF },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], is: TIFF },
  { bytes: [0x49, 0x49, 0x2b, 0x00], is: TIFF }, // BigTIFF
  { bytes: [0x4d, 0x4d, 0x00, 0x2b], is: TIFF },
  { bytes: [...Buffer.from('GIF87a')], is: GIF },
  { bytes: [...Buffer.from('GIF89a')], is: GIF },
  { bytes: [...Buffer.from('RIFF')], then: { bytes: [...Buffer.from('WEBP')], at: 8 }, is: WEBP },
];

/**
 * The type of a file from its content, never its name, or null when it is not on the allow-list: a
 * text file named `.pdf`, an executable, an HTML page, a macro-enabled office file. Give it the whole
 * file (a Buffer or a `ByteSource` over a stored blob, read by ranges): ZIP and OLE containers are
 * told apart by the entries they hold, which a ZIP lists at its end.
 */
export async function detectFileType(file: Buffer | ByteSource): Promise<DetectedFileType | null> {
  const source = Buffer.isBuffer(file) ? bufferSource(file) : file;
  const head = await source.read(0, HEAD);
  const signature = SIGNATURES.find(({ bytes, then }) => startsWith(head, bytes, 0) && (!then || startsWith(head, then.bytes, then.at)));
  if (signature) return signature.is;
  // PDF readers accept the header anywhere in the first kilobyte (some scanners put a preamble first).
  if (head.subarray(0, 1_024).includes('%PDF-')) return PDF;
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04], 0)) return zipType(source);
  if (startsWith(head, [...OLE_SIGNATURE], 0)) return oleType(source);
  return xmlType(head);
}

async function zipType(source: ByteSource): Promise<DetectedFileType | null> {
  const entries = await zipEntries(source);
  const names = new Set(entries.map((entry) => entry.name));
  // Macros are code: a .docm or .xlsm renamed .docx carries a vbaProject.bin and is refused.
  if ([...names].some((name) => /(^|\/)vbaProject\.bin$/i.test(name))) return null;
  if (names.has('[Content_Types].xml')) {
    if (names.has('word/document.xml')) return DOCX;
    if (names.has('xl/workbook.xml')) return XLSX;
    if (names.has('ppt/presentation.xml')) return PPTX;
    return null;
  }
  const mimetype = entries.find((entry) => entry.name === 'mimetype');
  return mimetype ? openDocumentType(source, mimetype) : null;
}

/** OpenDocument names its type in an uncompressed `mimetype` entry (ODF 1.2 part 3, §3.3). */
async function openDocumentType(source: ByteSource, entry: ZipEntry): Promise<DetectedFileType | null> {
  const declared = (await storedEntryBytes(source, entry, 200))?.toString('ascii');
  return [ODT, ODS].find((candidate) => candidate.mediaType === declared) ?? null;
}

async function oleType(source: ByteSource): Promise<DetectedFileType | null> {
  const names = new Set(await oleStreamNames(source));
  if (names.has('WordDocument')) return DOC;
  if (names.has('Workbook') || names.has('Book')) return XLS;
  return null;
}

/**
 * edXML and other XML: an optional UTF-8 byte order mark, then `<?xml` or an element. HTML and SVG are
 * XML-like but run scripts when opened in a browser, so a root named html or svg is refused.
 */
function xmlType(head: Buffer): DetectedFileType | null {
  if (head.includes(0)) return null;
  const text = head.toString('utf8', startsWith(head, [0xef, 0xbb, 0xbf], 0) ? 3 : 0).trimStart();
  if (!text.startsWith('<')) return null;
  const root = /^(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<![^>]*>\s*)*<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(text);
  if (!root && !text.startsWith('<?xml')) return null;
  if (root && /^(html|svg)$/i.test(root[2])) return null;
  if (/^<!doctype\s+html/i.test(text)) return null;
  return XML;
}

function startsWith(bytes: Buffer, prefix: number[], at: number): boolean {
  return bytes.length >= at + prefix.length && prefix.every((byte, i) => bytes[at + i] === byte);
}
