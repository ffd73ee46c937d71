import { historyUntil } from '@office/domain/testing/document-fixtures';
import { documentStateFrom, type IssuedDocument } from '@office/domain';
import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { issuedDocumentPackage } from './issued-document-package';
import { readEdxml } from './edxml.reader';
import { validateEdxml } from './edxml.schema';
import type { EdxmlStatus } from './edxml.types';
import { writeEdxml } from './edxml.writer';

const FROM = { organId: '000.00.31.H01', organName: 'Văn phòng UBND tỉnh An Thành' };
const TO = [{ organId: '000.00.32.H01', organName: 'Sở Kế hoạch và Đầu tư tỉnh An Thành' }];

function demoPackage() {
  const document = documentStateFrom(historyUntil('issued')) as IssuedDocument;
  return issuedDocumentPackage({
    packageId: '7d4b1f20-5a3e-4c11-9e61-0c2f3a9b0e01',
    from: FROM,
    to: TO,
    place: 'An Thành',
    now: '2025-05-08T03:00:00.000Z',
    document,
    signer: { competence: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', fullName: 'Nguyễn Đức Thịnh' },
    attachments: [{ name: 'Quyết định 15-QĐ-UBND.pdf', contentType: 'application/pdf', description: 'Văn bản đã ký số', content: Buffer.from('%PDF-1.7 bản ký số – tiếng Việt') }],
  });
}

describe('edXML packages (QCVN 102:2016)', () => {
  it('builds a package from an issued document, passes the schema and reads back to the same values, Vietnamese intact', async () => {
    const message = demoPackage();
    expect(message.code).toEqual({ number: '15', notation: 'QĐ-UBND' });
    const xml = writeEdxml(message);
    expect(xml).toContain('<edXML:Subject>');
    expect(await validateEdxml(xml)).toEqual({ valid: true });
    expect(readEdxml(xml)).toEqual(message);
    expect(readEdxml(Buffer.from(xml, 'utf8').toString('utf8'))).toMatchObject({ signer: { fullName: 'Nguyễn Đức Thịnh' } });
  });

  it('writes and reads a status message, and a recall (Bussiness type 1) of the same document', async () => {
    const status: EdxmlStatus = {
      kind: 'status', from: TO[0], to: FROM, status: 'registered', description: 'Đã vào sổ văn bản đến số 12', timestamp: '2025-05-08T04:00:00.000Z',
      responseFor: { organId: FROM.organId, code: '15/QĐ-UBND', promulgationDate: '2025-05-08', documentId: '7d4b1f20-5a3e-4c11-9e61-0c2f3a9b0e01' },
      staff: { department: 'Văn thư', name: 'Trần Thị Mai' },
    };
    const xml = writeEdxml(status);
    expect(await validateEdxml(xml)).toEqual({ valid: true });
    expect(readEdxml(xml)).toEqual(status);
    const recall = { ...demoPackage(), business: { type: 'recall' as const, reason: 'Ban hành sai thể thức' }, attachments: [] };
    const recallXml = writeEdxml(recall);
    expect(await validateEdxml(recallXml)).toEqual({ valid: true });
    expect(readEdxml(recallXml)).toEqual(recall);
  });

  it('refuses a malformed package with the reason in words', async () => {
    const xml = writeEdxml(demoPackage());
    const withoutSubject = xml.replace(/<edXML:Subject>[^<]*<\/edXML:Subject>/, '');
    const missing = await validateEdxml(withoutSubject);
    expect(missing.valid).toBe(false);
    expect(missing.valid ? [] : missing.errors.join(' ')).toMatch(/Subject|Content/);
    const badDate = await validateEdxml(xml.replace(/<edXML:PromulgationDate>[^<]*</, '<edXML:PromulgationDate>08/05/2025<'));
    expect(badDate.valid).toBe(false);
    expect((await validateEdxml('<không phải xml')).valid).toBe(false);
    expect((await validateEdxml('<?xml version="1.0"?><edXML xmlns="urn:other"/>')).valid).toBe(false);
  });
});
