import { describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { PUBLIC_LOOKUPS_PER_MINUTE } from '../../../apps/api/src/dossiers/public-lookup/public-lookup.route';
import { dossierAt, eventually, reception, startOnestopApp, step } from '../../support/onestop-desk';
import { pdfText } from '../../support/onestop-pdf';
import { useTestApp } from '../../support/test-app';

/** Where citizens reach the lookup (PUBLIC_BASE_URL), not the address the desk's browser used. */
const PUBLIC = 'https://motcua.anthanh.gov.vn';

describe('printed forms, desk slips and the public lookup', () => {
  const app = useTestApp({ publicBaseUrl: PUBLIC }, startOnestopApp);

  async function pdf(path: string, username = 'motcua1'): Promise<{ status: number; type: string | null; text: string }> {
    const response = await fetch(app.baseUrl + path, { headers: { authorization: `Bearer ${await app.login(username)}` } });
    const body = Buffer.from(await response.arrayBuffer());
    return { status: response.status, type: response.headers.get('content-type'), text: response.status === 200 ? await pdfText(body) : body.toString() };
  }

  it('every form of a dossier opens as application/pdf whose text carries the dossier code', async () => {
    const stopped = await dossierAt(app, 'with_specialist');
    expect((await step(app, 'cv.kt1', `/api/dossiers/${stopped.id}/request-supplement`, { missing: [{ item: 'Báo cáo tài chính', reason: 'Chưa nộp' }] })).status).toBe(201);
    expect((await step(app, 'motcua1', `/api/dossiers/${stopped.id}/receive-supplement`, { items: ['Báo cáo tài chính'] })).status).toBe(201);
    expect((await step(app, 'cv.kt1', `/api/dossiers/${stopped.id}/apologise`, { reason: 'Cần lấy thêm ý kiến', newDueDate: '2027-12-31' })).status).toBe(201);
    const stop = await step(app, 'pho.chanh.vp.kt', `/api/dossiers/${stopped.id}/stop`, { reason: 'Dự án thuộc diện tạm dừng theo chỉ đạo' });
    expect(stop.status, JSON.stringify(stop.body)).toBe(201);
    for (const form of ['appointment-slip', 'supplement-request', 'apology', 'stop-notice', 'control-sheet']) {
      const printed = await pdf(`/api/dossiers/${stopped.id}/forms/${form}`);
      expect(printed.status, `${form}: ${printed.text.slice(0, 300)}`).toBe(200);
      expect(printed.type).toBe('application/pdf');
      expect(printed.text, form).toContain(stopped.code);
      if (form === 'appointment-slip') expect(printed.text.replace(/\s+/g, '')).toContain(`${PUBLIC}/tra-cuu`);
    }
    const returned = await dossierAt(app, 'returned');
    const sheet = await pdf(`/api/dossiers/${returned.id}/forms/control-sheet`, 'kiemtoan1');
    expect(sheet.text).toContain(returned.code);
  });

  it('a form the dossier has not reached is 404, an unknown form 400', async () => {
    const { id } = await dossierAt(app, 'received');
    expect((await pdf(`/api/dossiers/${id}/forms/apology`)).status).toBe(404);
    expect((await pdf(`/api/dossiers/${id}/forms/receipt`)).status).toBe(400);
  });

  it('Mẫu 02 and Mẫu 03 at the desk: a slip number, no dossier, and their PDF', async () => {
    const applicant = reception().applicant;
    const supplement = await step(app, 'motcua1', '/api/dossiers/supplement-requests', { procedureCode: reception().procedureCode, applicant, missing: [{ item: 'Báo cáo tài chính', reason: 'Chưa nộp' }] });
    expect(supplement.status, JSON.stringify(supplement.body)).toBe(201);
    expect(supplement.body).toEqual({ id: expect.any(String), slipNumber: expect.stringMatching(/^VPUB-P-\d{6}-0001$/), position: expect.any(String) });
    const refusal = await step(app, 'motcua1', '/api/dossiers/refusals', { procedureCode: reception().procedureCode, applicant, reason: 'Không thuộc thẩm quyền', legalBasis: 'Điều 19 Nghị định 118/2025/NĐ-CP' });
    expect(refusal.status).toBe(201);
    expect(refusal.body.slipNumber).toMatch(/-0002$/);
    const slip = await pdf(`/api/dossiers/receptions/${supplement.body.id}/forms/supplement-request`);
    expect(slip.type).toBe('application/pdf');
    expect(slip.text).toContain(supplement.body.slipNumber);
    expect((await pdf(`/api/dossiers/receptions/${refusal.body.id}/forms/refusal`)).text).toContain(refusal.body.slipNumber);
    expect((await pdf(`/api/dossiers/receptions/${refusal.body.id}/forms/supplement-request`)).status).toBe(404);
    expect((await step(app, 'cv.kt1', '/api/dossiers/refusals', { procedureCode: reception().procedureCode, applicant, reason: 'x', legalBasis: 'y' })).status).toBe(403);
  });

  it('the public lookup: no login, no personal data, the same 404 for a wrong PIN and an unknown code, then 429', async () => {
    const { code, pin } = await dossierAt(app, 'received');
    const lookup = (path: string) => app.request('GET', path);
    const found = await eventually(() => lookup(`/api/public/dossiers/${code}?pin=${pin}`), (r) => r.status === 200);
    expect(found.status).toBe(200);
    expect(found.body).toEqual({ code, procedureName: expect.any(String), receivedAt: expect.any(String), dueDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), status: 'received', classification: 'in_time' });
    expect(JSON.stringify(found.body)).not.toMatch(/Nguyễn Thị Hoa|0912345678|001190012345|Trần Phú/);

    const wrongPin = await lookup(`/api/public/dossiers/${code}?pin=${pin === '000000' ? '111111' : '000000'}`);
    const noPin = await lookup(`/api/public/dossiers/${code}`);
    const unknown = await lookup(`/api/public/dossiers/VPUB-000101-9999?pin=${pin}`);
    for (const answer of [wrongPin, noPin, unknown]) {
      expect(answer.status).toBe(404);
      expect(answer.body).toEqual(unknown.body);
    }

    let limited: { status: number; headers: Headers } | undefined;
    for (let i = 0; i < PUBLIC_LOOKUPS_PER_MINUTE + 1 && !limited; i++) {
      const answer = await lookup(`/api/public/dossiers/${code}?pin=000000`);
      if (answer.status === 429) limited = answer;
    }
    expect(limited?.status).toBe(429);
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
