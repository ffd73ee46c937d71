import { accessStreamName } from '@office/domain';
import { describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { documentsApp } from './shared-app';
import { documentAt, userId } from '../../support/document-steps';
import { pdfText } from '../../support/onestop-pdf';
import { hasPdfToText } from '../../../libs/forms/src/testing/pdf-text';

describe('the printed slips of an incoming document (GET /api/documents/:id/forms/:slip)', () => {
  const app = documentsApp;

  async function slip(id: string, kind: string, username: string) {
    const response = await fetch(`${app.baseUrl}/api/documents/${id}/forms/${kind}`, { headers: { authorization: `Bearer ${await app.login(username)}` } });
    const body = Buffer.from(await response.arrayBuffer());
    const pdf = response.headers.get('content-type') === 'application/pdf';
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      disposition: response.headers.get('content-disposition'),
      body,
      json: pdf ? null : JSON.parse(body.toString() || 'null'),
      text: pdf && hasPdfToText() ? await pdfText(body) : '',
    };
  }

  it('both slips of a signed document open as application/pdf, named in Vietnamese, with its numbers and the leader by name', async () => {
    const id = await documentAt(app, 'signed');
    for (const kind of ['processing-slip', 'submission-slip']) {
      const printed = await slip(id, kind, 'cv.kt1');
      expect(printed.status, `${kind}: ${JSON.stringify(printed.json)}`).toBe(200);
      expect(printed.type).toBe('application/pdf');
      expect(printed.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(printed.disposition).toMatch(/^inline; filename="Phieu [^"]+\.pdf"; filename\*=UTF-8''Phi%E1%BA%BFu%20/);
    }
    if (!hasPdfToText()) return;
    const processing = await slip(id, 'processing-slip', 'tp.kt');
    expect(processing.text).toContain('PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN');
    expect(processing.text).toContain('Số, ký hiệu: 125/SKHĐT-KH');
    expect(processing.text).toContain('Giao Phòng Kinh tế chủ trì tham mưu.');
    const submission = await slip(id, 'submission-slip', 'pho.chu.tich.kt');
    expect(submission.text).toContain('Kính gửi: đồng chí Trần Quốc Hưng, Phó Chủ tịch UBND tỉnh');
    expect(submission.text).toContain('Đồng ý, đã ký ban hành');
  });

  it('the submission slip is refused (409 WRONG_STATE) before the submission; the processing slip is there from registration', async () => {
    const id = await documentAt(app, 'appraised');
    const early = await slip(id, 'submission-slip', 'cv.kt1');
    expect(early.status).toBe(409);
    expect(early.json).toMatchObject({ code: 'WRONG_STATE' });
    expect((await slip(id, 'processing-slip', 'vanthu1')).status).toBe(200);
    expect((await slip(id, 'receipt', 'vanthu1')).status).toBe(400);
  });

  it('a confidential document: 404 to an outsider, and a reader on its path has the read recorded', async () => {
    const id = await documentAt(app, 'submitted', { confidentiality: 'confidential' });
    const recorded = async () => app.platform.eventStore.readStream(accessStreamName(id)).catch(() => []);
    const before = (await recorded()).length;
    for (const kind of ['processing-slip', 'submission-slip']) expect((await slip(id, kind, 'cv.vx1')).status, kind).toBe(404);
    expect((await recorded()).length).toBe(before);

    expect((await slip(id, 'submission-slip', 'cv.kt1')).status).toBe(200);
    const after = await recorded();
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)).toMatchObject({ type: 'DocumentViewed', data: { documentId: id, view: 'state', because: 'confidential', by: userId('cv.kt1') } });
  });

  it('an unknown document is 404', async () => {
    expect((await slip('00000000-0000-4000-8000-00000000dead', 'processing-slip', 'chanh.vp')).status).toBe(404);
  });
});
