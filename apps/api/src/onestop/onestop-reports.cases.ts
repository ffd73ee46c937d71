import { departmentId, vn } from '@office/domain/testing/document-fixtures';
import { STATS_PROCEDURE, writeStatisticsScenario } from '@office/read-models/onestop/statistics/testing/statistics-scenario';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { startTestApp, type TestApp } from '../../../../test/support/test-app';

/*
 * The one-stop reports over the real API, on 10/4/2026, with the statistics scenario written
 * straight into the read models (figures worked out in statistics.spec.ts; here: the routes, who
 * may call them, validation, and the briefing's one-stop section).
 */
describe('one-stop reports over HTTP', () => {
  let app: TestApp;
  const get = async (username: string, path: string) => app.request('GET', path, { token: await app.login(username) });

  beforeAll(async () => {
    app = await startTestApp({ clock: () => new Date(vn('2026-04-10', '10:00')) });
    await writeStatisticsScenario(app.platform.dataSource);
  });
  afterAll(async () => app?.close());

  it('serves the periodic statistics to leaders, the desk and the ISO secretary, and 403 to others', async () => {
    const march = '/api/onestop/stats?from=2026-03-01&to=2026-03-31&groupBy=unit';
    for (const username of ['chanh.vp', 'pho.chu.tich.kt', 'motcua1', 'thuky.iso']) expect((await get(username, march)).status).toBe(200);
    for (const username of ['cv.kt1', 'tp.kt', 'vanthu1', 'kiemtoan1']) expect((await get(username, march)).status).toBe(403);
    const { body } = await get('chu.tich', march);
    expect(body).toMatchObject({ period: { from: '2026-03-01', to: '2026-03-31', stateAsOf: '2026-03-31' }, groupBy: 'unit', projectedPosition: expect.any(String) });
    expect(body.groups.map((g: { name: string; received: { total: number } }) => [g.name, g.received.total])).toEqual([['Phòng Kinh tế', 7], ['Phòng Văn hóa – Xã hội', 3]]);
    expect(body.totals).toMatchObject({ resolved: { total: 3, early: 1, onTime: 1, late: 1 }, inProgress: { total: 5, inTime: 3, overdue: 2 }, onTimeRate: 0.6667 });
    expect(body.overdue.items.map((d: { workingDaysLate: number }) => d.workingDaysLate)).toEqual([21, 10, 2]);
    // Default: the year to today, per field.
    expect((await get('chanh.vp', '/api/onestop/stats')).body).toMatchObject({ period: { from: '2026-01-01', to: '2026-04-10' }, groupBy: 'field' });
  });

  it('refuses impossible periods and groupings, naming the field', async () => {
    const field = async (query: string) => {
      const { status, body } = await get('chanh.vp', `/api/onestop/stats?${query}`);
      return [status, body.code, body.details?.[0]?.field];
    };
    expect(await field('from=2026-02-30')).toEqual([400, 'VALIDATION_FAILED', 'from']);
    expect(await field('from=2026-03-31&to=2026-03-01')).toEqual([400, 'VALIDATION_FAILED', 'from']);
    expect(await field('from=2023-01-01&to=2026-03-01')).toEqual([400, 'VALIDATION_FAILED', 'to']);
    expect(await field('groupBy=specialist')).toEqual([400, 'VALIDATION_FAILED', 'groupBy']);
  });

  it('serves the 766 panel of a month to leaders and the ISO secretary, for the desk or one unit', async () => {
    expect((await get('motcua1', '/api/onestop/index766?month=2026-03')).status).toBe(403);
    const { status, body } = await get('thuky.iso', '/api/onestop/index766?month=2026-03');
    expect(status).toBe(200);
    expect(body.indicators.find((i: { key: string }) => i.key === 'progress.overdue')).toEqual({
      key: 'progress.overdue', group: 'progress', name: 'Tỷ lệ hồ sơ quá hạn (đã giải quyết quá hạn và đang giải quyết quá hạn)', numerator: 3, denominator: 8, value: 0.375,
    });
    expect(body.units).toHaveLength(2);
    const vx = await get('pho.chanh.vp.vx', `/api/onestop/index766?month=2026-03&unit=${departmentId('VX')}`);
    expect(vx.body).toMatchObject({ unit: { id: departmentId('VX'), name: 'Phòng Văn hóa – Xã hội' }, units: [] });
    expect((await get('thuky.iso', '/api/onestop/index766?month=2026-13')).body.details[0].field).toBe('month');
    expect((await get('thuky.iso', '/api/onestop/index766?unit=KT')).body.details[0].field).toBe('unit');
    expect((await get('thuky.iso', '/api/onestop/index766')).body.month).toBe('2026-04');
  });

  it('gives the ISO compliance of the dossiers’ steps, of one procedure on request', async () => {
    expect((await get('motcua1', '/api/iso/compliance/dossiers')).status).toBe(403);
    const all = await get('kiemtoan1', '/api/iso/compliance/dossiers?from=2026-03-01&to=2026-03-31');
    expect(all.body.steps.map((s: { no: number; count: number; medianWorkingDays: number; p90WorkingDays: number }) => [s.no, s.count, s.medianWorkingDays, s.p90WorkingDays])).toEqual([
      [1, 3, 0, 0],
      [2, 4, 5, 9.7],
    ]);
    const one = await get('thuky.iso', `/api/iso/compliance/dossiers?from=2026-03-01&to=2026-03-31&procedureCode=${STATS_PROCEDURE.building}`);
    expect(one.body).toMatchObject({ procedureCode: STATS_PROCEDURE.building, steps: [{ no: 1, count: 1, untimed: 1 }] });
    // The documents' compliance is unchanged beside it.
    expect((await get('thuky.iso', '/api/iso/compliance?from=2026-03-01&to=2026-03-31')).body.steps.length).toBeGreaterThan(0);
  });

  it('adds the one-stop desk to the weekly briefing', async () => {
    const { body } = await get('chanh.vp', '/api/stats/briefing?from=2026-03-01&to=2026-03-31');
    expect(body.onestop).toEqual({ received: 7, resolved: { total: 3, early: 1, onTime: 1, late: 1 }, inProgress: { total: 5, inTime: 3, overdue: 2 }, onTimeRate: 0.6667 });
  });
});
