import { procedureStreamName } from '@office/domain';
import { describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { XLSX_CONTENT_TYPE } from '../../../apps/api/src/procedures/catalogue-sheet';
import { eventually, PROCEDURE, reception, startOnestopApp, step } from '../../support/onestop-desk';
import { useTestApp } from '../../support/test-app';

const version = (overrides: Record<string, unknown> = {}) => ({
  effectiveFrom: '2026-01-01',
  publishingDecision: 'Quyết định số 1234/QĐ-UBND ngày 20/12/2025',
  legalBasis: ['Luật Đầu tư 2020'],
  requiredItems: [{ name: 'Văn bản đề nghị', form: 'original', quantity: 1, mandatory: true }, { name: 'Bản sao giấy tờ pháp lý', form: 'copy', quantity: 1, mandatory: false }],
  statutoryDays: 10,
  onlineLevel: 'partial',
  resultType: 'Quyết định',
  supplementPolicy: 'restart',
  steps: [
    { no: 1, task: 'Tiếp nhận hồ sơ', unit: 'Bộ phận một cửa', role: 'onestop_officer', workingDays: 0.5 },
    { no: 2, task: 'Thẩm định hồ sơ', unit: 'Phòng Kinh tế', role: 'specialist', workingDays: 8 },
    { no: 3, task: 'Ký, phát hành', unit: 'Lãnh đạo UBND tỉnh', role: 'committee_vice_chairman', workingDays: 1.5 },
  ],
  ...overrides,
});
const row = (code: string, overrides: Record<string, unknown> = {}) => ({ code, name: `Thủ tục thử nghiệm ${code}`, fieldCode: 'KH-DT', ...version(), ...overrides });

describe('the procedure catalogue over HTTP: versions, approval, import and export', () => {
  const app = useTestApp({}, startOnestopApp);

  const streamLength = async (code: string) => (await app.platform.eventStore.readStream(procedureStreamName(code))).length;

  it('the ISO secretary registers and drafts, the office chief approves; only then may dossiers be received', async () => {
    expect((await step(app, 'cv.kt1', '/api/procedures', { code: '8.000001', name: 'Thủ tục A', fieldCode: 'KH-DT' })).status).toBe(403);
    const registered = await step(app, 'thuky.iso', '/api/procedures', { code: '8.000001', name: 'Thủ tục A', fieldCode: 'KH-DT' });
    expect(registered.status, JSON.stringify(registered.body)).toBe(201);
    expect(registered.body).toEqual({ id: '8.000001', revision: '0', position: expect.any(String) });

    const tooLong = await step(app, 'thuky.iso', '/api/procedures/8.000001/versions', version({ statutoryDays: 5 }));
    expect(tooLong.status).toBe(422);
    expect(tooLong.body.details.rule).toBe('STEPS_EXCEED_STATUTORY');
    const badDay = await step(app, 'thuky.iso', '/api/procedures/8.000001/versions', version({ effectiveFrom: '2026-13-01' }));
    expect(badDay.status).toBe(400);
    expect(badDay.body.details[0].field).toBe('effectiveFrom');

    const drafted = await step(app, 'thuky.iso', '/api/procedures/8.000001/versions', version());
    expect(drafted.status, JSON.stringify(drafted.body)).toBe(201);
    expect(drafted.body).toEqual({ id: '8.000001', revision: '1', version: 1, position: expect.any(String) });
    const overlap = await step(app, 'thuky.iso', '/api/procedures/8.000001/versions', version({ effectiveFrom: '2026-06-01' }));
    expect(overlap.body.details.rule).toBe('VERSION_OVERLAP');

    const notApproved = await step(app, 'motcua1', '/api/dossiers', reception({ procedureCode: '8.000001', items: [{ name: 'Văn bản đề nghị', form: 'original', quantity: 1 }] }));
    expect(notApproved.status).toBe(422);
    expect(notApproved.body.details.rule).toBe('PROCESS_NOT_APPROVED');

    expect((await step(app, 'thuky.iso', '/api/procedures/8.000001/versions/1/approve', { decisionRef: 'QĐ 99/QĐ-VP' })).status).toBe(403);
    const approved = await step(app, 'chanh.vp', '/api/procedures/8.000001/versions/1/approve', { decisionRef: 'Quyết định số 99/QĐ-VP' });
    expect(approved.status).toBe(201);
    expect((await step(app, 'chanh.vp', '/api/procedures/8.000001/versions/2/approve', { decisionRef: 'x' })).status).toBe(404);
    const received = await step(app, 'motcua1', '/api/dossiers', reception({ procedureCode: '8.000001', items: [{ name: 'Văn bản đề nghị', form: 'original', quantity: 1 }] }));
    expect(received.status, JSON.stringify(received.body)).toBe(201);
  });

  it('a dry run lists every row it would refuse and writes nothing; a real run with refusals writes nothing either', async () => {
    const rows = [row('8.000010'), row('8.000011', { fieldCode: 'XX' }), row('8.000012', { statutoryDays: 3 }), row('8.000013', { requiredItems: [] })];
    const dry = await step(app, 'thuky.iso', '/api/procedures/import?dryRun=true', { rows });
    expect(dry.status, JSON.stringify(dry.body)).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, rows: 4, registered: 1, drafted: 1 });
    expect(dry.body.refused).toEqual([
      { row: 2, code: '8.000011', field: 'fieldCode', rule: 'UNKNOWN_FIELD', message: expect.any(String) },
      { row: 3, code: '8.000012', field: 'steps', rule: 'STEPS_EXCEED_STATUTORY', message: expect.any(String) },
      { row: 4, code: '8.000013', field: 'requiredItems', rule: 'ITEMS_REQUIRED', message: expect.any(String) },
    ]);
    const real = await step(app, 'thuky.iso', '/api/procedures/import', { rows });
    expect(real.status).toBe(422);
    expect(real.body.details).toMatchObject({ rule: 'CATALOGUE_ROWS_REFUSED', refused: dry.body.refused });
    expect(await streamLength('8.000010')).toBe(0);
    expect((await step(app, 'cv.kt1', '/api/procedures/import?dryRun=true', { rows: [row('8.000014')] })).status).toBe(403);
    expect((await step(app, 'thuky.iso', '/api/procedures/import?dryRun=maybe', { rows })).status).toBe(400);
  });

  it('imports a clean file, and the export (JSON and XLSX) reads back with nothing to change', async () => {
    const imported = await step(app, 'thuky.iso', '/api/procedures/import', { rows: [row('8.000020', { effectiveTo: '2026-12-31' }), row('8.000020', { effectiveFrom: '2027-01-01' })] });
    expect(imported.status, JSON.stringify(imported.body)).toBe(201);
    expect(imported.body).toMatchObject({ dryRun: false, registered: 1, drafted: 2, refused: [] });
    expect(await streamLength('8.000020')).toBe(3);

    const token = await app.login('thuky.iso');
    const exported = await eventually(
      () => app.request('GET', '/api/procedures/export?format=json', { token }),
      (r) => r.body.rows?.some((x: { code: string }) => x.code === '8.000020'),
    );
    expect(exported.status).toBe(200);
    expect(exported.body.rows.filter((x: { code: string }) => x.code === '8.000020').map((x: { version: number }) => x.version)).toEqual([1, 2]);
    expect(exported.body.rows.find((x: { code: string }) => x.code === PROCEDURE.code)).toMatchObject({ name: PROCEDURE.name, approval: expect.objectContaining({ decisionRef: expect.any(String) }) });
    const jsonAgain = await step(app, 'thuky.iso', '/api/procedures/import?dryRun=true', { rows: exported.body.rows });
    expect(jsonAgain.body).toMatchObject({ rows: exported.body.count, registered: 0, drafted: 0, refused: [] });

    const sheet = await fetch(`${app.baseUrl}/api/procedures/export?format=xlsx`, { headers: { authorization: `Bearer ${token}` } });
    expect(sheet.status).toBe(200);
    expect(sheet.headers.get('content-type')).toContain(XLSX_CONTENT_TYPE);
    const workbook = Buffer.from(await sheet.arrayBuffer());
    const xlsxAgain = await fetch(`${app.baseUrl}/api/procedures/import?dryRun=true`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': XLSX_CONTENT_TYPE }, body: workbook });
    const answer = await xlsxAgain.json();
    expect(xlsxAgain.status, JSON.stringify(answer).slice(0, 500)).toBe(200);
    expect(answer).toMatchObject({ rows: exported.body.count, registered: 0, drafted: 0, refused: [] });

    const notASheet = await fetch(`${app.baseUrl}/api/procedures/import?dryRun=true`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': XLSX_CONTENT_TYPE }, body: Buffer.from('not a workbook') });
    expect(notASheet.status).toBe(400);

    // An Idempotency-Key covers the uploaded file's bytes: the same key with another file is refused, not replayed.
    const upload = (body: Buffer) => fetch(`${app.baseUrl}/api/procedures/import?dryRun=true`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': XLSX_CONTENT_TYPE, 'idempotency-key': 'catalogue-upload-1' }, body });
    expect((await upload(workbook)).status).toBe(200);
    const otherFile = await upload(Buffer.concat([workbook, Buffer.from([0])]));
    expect(otherFile.status).toBe(422);
    expect(((await otherFile.json()) as { details: { rule: string } }).details.rule).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('the OpenAPI document describes the desk\'s writes, the additions included', async () => {
    const docs = await app.request('GET', '/api/docs-json');
    expect(docs.status).toBe(200);
    const paths = Object.keys(docs.body.paths);
    for (const path of ['/api/procedures/import', '/api/procedures/export', '/api/dossiers', '/api/dossiers/{id}/digitise', '/api/dossiers/{id}/request-opinion', '/api/dossiers/receptions/{id}/forms/{form}', '/api/public/dossiers/{code}']) {
      expect(paths).toContain(path);
    }
    expect(docs.body.components.schemas.ReceiveDossierRequest.properties.items.type).toBe('array');
  });
});
