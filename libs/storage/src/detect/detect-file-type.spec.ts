import ExcelJS from 'exceljs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import yazl from 'yazl';
import { FileBlobStore } from '../file/file-blob-store';
import { compoundFile } from '../testing/compound-file';
import { blobSource, bufferSource } from './byte-source';
import { detectFileType } from './detect-file-type';

const fixture = (name: string) => readFile(join(__dirname, 'fixtures', name));

describe('detectFileType', () => {
  it('knows a PDF made by pdfkit, and one behind a scanner preamble', async () => {
    const pdf = await makePdf();
    expect(await detectFileType(pdf)).toEqual({ mediaType: 'application/pdf', extension: 'pdf' });
    expect(await detectFileType(Buffer.concat([Buffer.from('\r\n\r\n'), pdf]))).toMatchObject({ extension: 'pdf' });
  });

  it('knows PNG, JPEG, TIFF, GIF and WebP images, and refuses a BMP', async () => {
    const png = await QRCode.toBuffer('https://vpubnd.example.vn/van-ban/12-UBND');
    expect(await detectFileType(png)).toEqual({ mediaType: 'image/png', extension: 'png' });
    expect(await detectFileType(await fixture('python.jpg'))).toEqual({ mediaType: 'image/jpeg', extension: 'jpg' });
    expect(await detectFileType(await fixture('python.tiff'))).toEqual({ mediaType: 'image/tiff', extension: 'tif' });
    expect(await detectFileType(await fixture('python.gif'))).toEqual({ mediaType: 'image/gif', extension: 'gif' });
    expect(await detectFileType(await fixture('python.webp'))).toEqual({ mediaType: 'image/webp', extension: 'webp' });
    expect(await detectFileType(await fixture('python.bmp'))).toBeNull();
  });

  it('knows an XLSX made by exceljs, whole, from its head only, and stored', async () => {
    const xlsx = await makeXlsx();
    const expected = { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' };
    expect(await detectFileType(xlsx)).toEqual(expected);
    // exceljs defers entry sizes to data descriptors, so from the head alone only the first entry is
    // seen: not enough to call it a workbook, and never enough to call it something else.
    expect([null, 'xlsx']).toContain((await detectFileType(xlsx.subarray(0, 200)))?.extension ?? null);

    const root = await mkdtemp(join(tmpdir(), 'detect-'));
    try {
      const store = await FileBlobStore.open(root);
      const { sha256, size } = await store.put(Readable.from([xlsx]));
      expect(await detectFileType(blobSource(store, sha256, size))).toEqual(expected);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('tells DOCX, PPTX, ODT and ODS apart by their entries', async () => {
    const ooxml = (part: string) => ({ '[Content_Types].xml': '<Types/>', '_rels/.rels': '<Relationships/>', [part]: '<root/>' });
    expect(await detectFileType(await makeZip(ooxml('word/document.xml')))).toMatchObject({ extension: 'docx', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    expect(await detectFileType(await makeZip(ooxml('ppt/presentation.xml')))).toMatchObject({ extension: 'pptx' });
    const odf = (mimetype: string) => ({ mimetype, 'META-INF/manifest.xml': '<manifest:manifest/>', 'content.xml': '<office:document-content/>' });
    expect(await detectFileType(await makeZip(odf('application/vnd.oasis.opendocument.text')))).toEqual({ mediaType: 'application/vnd.oasis.opendocument.text', extension: 'odt' });
    expect(await detectFileType(await makeZip(odf('application/vnd.oasis.opendocument.spreadsheet')))).toMatchObject({ extension: 'ods' });
    // An ODF whose head alone is given: the stored `mimetype` entry comes first and tells.
    const odt = await makeZip(odf('application/vnd.oasis.opendocument.text'));
    expect(await detectFileType(bufferSource(odt.subarray(0, 120)))).toMatchObject({ extension: 'odt' });
  });

  it('refuses other ZIPs: a plain archive, a presentation in ODF, a macro-enabled document', async () => {
    expect(await detectFileType(await makeZip({ 'readme.txt': 'xin chào' }))).toBeNull();
    expect(await detectFileType(await makeZip({ mimetype: 'application/vnd.oasis.opendocument.presentation', 'content.xml': '<x/>' }))).toBeNull();
    expect(await detectFileType(await makeZip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w/>', 'word/vbaProject.bin': 'code' }))).toBeNull();
    expect(await detectFileType(await makeZip({ '[Content_Types].xml': '<Types/>', 'docProps/app.xml': '<x/>' }))).toBeNull();
  });

  it('tells DOC from XLS by the streams of the compound file, following the directory chain', async () => {
    expect(await detectFileType(compoundFile(['WordDocument', '1Table', '\u0005SummaryInformation']))).toEqual({ mediaType: 'application/msword', extension: 'doc' });
    expect(await detectFileType(compoundFile(['Workbook', '\u0005SummaryInformation']))).toEqual({ mediaType: 'application/vnd.ms-excel', extension: 'xls' });
    expect(await detectFileType(compoundFile(['Book']))).toMatchObject({ extension: 'xls' });
    // Eight names fill the first directory sector, so the ninth is found only through the FAT.
    expect(await detectFileType(compoundFile(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'WordDocument']))).toMatchObject({ extension: 'doc' });
    expect(await detectFileType(compoundFile(['PowerPoint Document']))).toBeNull();
  });

  it('knows edXML, with or without a byte order mark or declaration, and refuses HTML and SVG', async () => {
    const edxml = '<?xml version="1.0" encoding="UTF-8"?>\n<edXML:edXMLEnvelope xmlns:edXML="http://www.mic.gov.vn/TBT/QCVN_102_2016"><edXML:edXMLHeader/></edXML:edXMLEnvelope>';
    const xml = { mediaType: 'application/xml', extension: 'xml' };
    expect(await detectFileType(Buffer.from(edxml))).toEqual(xml);
    expect(await detectFileType(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(edxml)]))).toEqual(xml);
    expect(await detectFileType(Buffer.from('  <!-- Văn bản điện tử -->\n<VanBan so="12"/>'))).toEqual(xml);
    expect(await detectFileType(Buffer.from('<!DOCTYPE html><html><script>alert(1)</script></html>'))).toBeNull();
    expect(await detectFileType(Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'))).toBeNull();
    expect(await detectFileType(Buffer.from('<HTML><body>x</body></HTML>'))).toBeNull();
  });

  it('refuses a text file named .pdf, an executable, and nothing at all', async () => {
    expect(await detectFileType(Buffer.from('Đây là một tệp văn bản, không phải PDF.\n'))).toBeNull();
    expect(await detectFileType(Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]))).toBeNull();
    expect(await detectFileType(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01]))).toBeNull();
    expect(await detectFileType(Buffer.alloc(0))).toBeNull();
    expect(await detectFileType(Buffer.from('PK\u0003\u0004'))).toBeNull();
  });
});

function makePdf(): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument();
    const parts: Buffer[] = [];
    doc.on('data', (part: Buffer) => parts.push(part));
    doc.on('end', () => resolve(Buffer.concat(parts)));
    doc.on('error', reject);
    doc.text('Cong van so 12/UBND-VP');
    doc.end();
  });
}

async function makeXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Sổ công văn đến').addRows([
    ['Số đến', 'Trích yếu'],
    [1, 'Về việc tiếp nhận hồ sơ'],
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A ZIP of the entries in order, `mimetype` stored uncompressed as ODF requires, the others deflated. */
function makeZip(entries: Record<string, string>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, text] of Object.entries(entries)) zip.addBuffer(Buffer.from(text), name, { compress: name !== 'mimetype' });
  zip.end();
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    zip.outputStream.on('data', (part: Buffer) => parts.push(part));
    zip.outputStream.on('end', () => resolve(Buffer.concat(parts)));
    zip.outputStream.on('error', reject);
  });
}
