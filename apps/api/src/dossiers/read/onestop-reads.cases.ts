import ExcelJS from 'exceljs';
import { vn } from '@office/domain/testing/document-fixtures';
import { DOSSIER, PROCEDURE, onestopScenario } from '@office/read-models/onestop/testing/onestop-scenario';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../../../test/support/expect';
import { appendAll } from '../../../../projector/src/testing/scenario';
import { startTestApp, type TestApp } from '../../../../../test/support/test-app';

/*
 * The one-stop GET routes over the real API and projector: the scenario's events written to the
 * store, then each route read with `?minPosition=` at the scenario's last event, on 20/3/2026.
 */
describe('one-stop reads over HTTP', () => {
  let app: TestApp;
  let position: string;

  const get = async (username: string, path: string) => {
    const separator = path.includes('?') ? '&' : '?';
    return app.request('GET', `${path}${separator}minPosition=${position}`, { token: await app.login(username) });
  };

  beforeAll(async () => {
    app = await startTestApp({ clock: () => new Date(vn('2026-03-20', '10:00')) });
    position = (await appendAll(app.platform.eventStore, onestopScenario())).toString();
  });
  afterAll(async () => app?.close());

  it('serves the catalogue with the version in force, and one procedure with every version', async () => {
    const list = await get('cv.kt1', '/api/procedures?fieldCode=KH-DT');
    expect(list.status).toBe(200);
    expect(BigInt(list.body.projectedPosition)).toBeGreaterThanOrEqual(BigInt(position));
    expect(list.body.items.map((p: { code: string; version: { version: number } }) => [p.code, p.version.version])).toEqual([[PROCEDURE.investment, 1]]);
    expect((await get('cv.kt1', '/api/procedures?at=2026-07-01&fieldCode=KH-DT')).body.items[0].version.version).toBe(2);
    expect((await get('cv.kt1', '/api/procedures?at=2026-02-30')).body.details[0].field).toBe('at');
    const one = await get('thuky.iso', `/api/procedures/${PROCEDURE.investment}`);
    expect(one.body.versions.map((v: { approval: unknown }) => v.approval === null)).toEqual([false, false, true]);
    expect((await get('thuky.iso', '/api/procedures/9.999999')).status).toBe(404);
  });

  it('serves a dossier to those who may see it, lists and queues', async () => {
    const a = await get('cv.kt1', `/api/dossiers/${DOSSIER.a}`);
    expect(a.status).toBe(200);
    expect(a.body).toMatchObject({ code: 'VPUBND-260302-0001', classification: 'early', steps: expect.arrayContaining([expect.objectContaining({ no: 1, outcome: 'on_time' })]) });
    expect(a.body).not.toHaveProperty('pin');
    expect((await get('cv.vx1', `/api/dossiers/${DOSSIER.a}`)).status).toBe(404);
    const inProgress = await get('motcua1', '/api/dossiers?status=with_specialist,in_department');
    expect(inProgress.body.total).toBe(2);
    expect((await get('motcua1', '/api/dossiers?status=lost')).body.details[0].field).toBe('status');
    expect((await get('motcua1', '/api/dossiers?receivedFrom=2026-03-10&receivedTo=2026-03-01')).status).toBe(400);
    const queue = await get('pho.chu.tich.kt', '/api/onestop/queue');
    expect(queue.body.items.map((d: { id: string; action: string }) => [d.id, d.action])).toEqual([[DOSSIER.f, 'sign']]);
  });

  it('writes the Sổ theo dõi hồ sơ as JSON, CSV with a BOM and XLSX with date cells, for the desk, leaders, ISO and auditors', async () => {
    const period = '/api/registers/dossiers?from=2026-03-01&to=2026-03-31';
    expect((await get('cv.kt1', period)).status).toBe(403);
    const json = await get('motcua1', period);
    expect(json.body).toMatchObject({ from: '2026-03-01', to: '2026-03-31' });
    expect(json.body.rows).toHaveLength(5);

    const token = await app.login('kiemtoan1');
    const csv = await fetch(`${app.baseUrl}${period}&format=csv&minPosition=${position}`, { headers: { authorization: `Bearer ${token}` } });
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="so-theo-doi-ho-so-2026-03-01-2026-03-31.csv"');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).split('\r\n'); // the decoder drops the BOM
    expect(lines[0]).toBe('STT,Mã hồ sơ,Tên thủ tục hành chính,Số bộ hồ sơ,Người nộp,"Địa chỉ, số điện thoại",Cơ quan chủ trì giải quyết,Ngày nhận,Ngày hẹn trả,Ngày chuyển,Ngày nhận kết quả,Ngày trả kết quả,Phân loại,Ghi chú,Ký nhận');
    expect(lines[1]).toBe('1,VPUBND-260302-0001,Cấp giấy chứng nhận đăng ký đầu tư,1,Công ty TNHH Minh Phát,"Số 12 Lê Lợi, TP Đông Hà – 0912345678",Phòng Kinh tế,02/03/2026,16/03/2026,02/03/2026,11/03/2026,12/03/2026,Trước hạn,,Nguyễn Văn Phát');

    const xlsx = await fetch(`${app.baseUrl}${period}&format=xlsx&minPosition=${position}`, { headers: { authorization: `Bearer ${token}` } });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await xlsx.arrayBuffer());
    const sheet = book.getWorksheet('Sổ theo dõi hồ sơ')!;
    expect(sheet.rowCount).toBe(6);
    expect(sheet.getRow(2).getCell(1).value).toBe(1);
    expect(sheet.getRow(2).getCell(8).value).toEqual(new Date(Date.UTC(2026, 2, 2)));
    expect(sheet.getRow(2).getCell(8).numFmt).toBe('dd/mm/yyyy');
    expect(sheet.getRow(3).getCell(14).value).toBe('Yêu cầu bổ sung 1 lần; Xin lỗi, hẹn lại ngày trả 31/03/2026');
  });
});
