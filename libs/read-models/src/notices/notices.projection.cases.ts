import { DEMO_ORGANISATION, DEFAULT_NOTICE_PREFERENCES, noticePreferencesStreamName } from '@office/domain';
import { userId } from '@office/domain/testing/document-fixtures';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import {
  applyDirectly, catchUp, openHarness, projectLive, resetProjection, snapshotAll, wholeLog, type JsonRow, type ProjectionHarness, type TableOrder,
} from '../../../../apps/projector/src/testing/projection-harness';
import { DOC, scenarioEvents, type ScenarioEvent } from '../../../../apps/projector/src/testing/scenario';
import { OrganisationDirectory } from '../organisation/organisation-directory';
import { noticesProjection } from './notices.projection';

const TABLES: TableOrder[] = [
  { table: 'rm_notices', orderBy: 'id' },
  { table: 'rm_notice_preferences', orderBy: 'user_id' },
  { table: 'rm_notice_subjects', orderBy: 'stream' },
];

/** cv.kt1 wants nothing about work returned, in either channel, from before the scenario starts. */
const noReturns: ScenarioEvent = {
  stream: noticePreferencesStreamName(userId('cv.kt1')),
  type: 'NoticePreferencesChanged',
  data: {
    userId: userId('cv.kt1'),
    inApp: { ...DEFAULT_NOTICE_PREFERENCES.inApp, returned: false },
    email: { ...DEFAULT_NOTICE_PREFERENCES.email, returned: false, due_soon: false },
    by: userId('cv.kt1'),
    at: '2025-04-01T02:00:00.000Z',
  },
  actorId: userId('cv.kt1'),
};

describe('notices.v1', () => {
  let h: ProjectionHarness;
  let live: Record<string, JsonRow[]>;
  const of = (username: string) => live.rm_notices.filter((n) => n.user_id === userId(username));
  const titles = (username: string, stream: string) => of(username).filter((n) => n.subject_stream === `document-${stream}`).map((n) => `${n.kind}: ${n.title.split(':')[0]}`).sort();

  beforeAll(async () => {
    h = await openHarness();
    await new OrganisationDirectory(h.dataSource).seed(DEMO_ORGANISATION, async () => 'not-a-real-hash');
    live = await projectLive(h, noticesProjection, [noReturns, ...scenarioEvents()], TABLES);
  });
  afterAll(async () => h?.close());

  it('tells each person of the work that reaches them, never the one who acted', () => {
    expect(titles('pho.chanh.vp.kt', DOC.a)).toEqual(['new_work: Chờ phân phối', 'new_work: Phiếu trình chờ ký nháy']);
    expect(titles('tp.kt', DOC.a)).toEqual(['new_work: Chờ giao chuyên viên']);
    expect(titles('cv.kt1', DOC.a)).toEqual(['new_work: Được giao xử lý']);
    expect(titles('pho.chu.tich.kt', DOC.a)).toEqual(['new_work: Chờ ký ban hành']);
    expect(titles('vanthu1', DOC.a)).toEqual(['new_work: Đã ký, chờ phát hành']);
    expect(titles('vanthu2', DOC.a)).toEqual(['new_work: Đã ký, chờ phát hành']);
    // Misrouted: back to the office leader to distribute again; the second department's head is told.
    expect(titles('pho.chanh.vp.kt', DOC.c)).toEqual(['new_work: Chuyển trả, chờ phân phối lại', 'new_work: Chờ phân phối']);
    expect(titles('cv.kt2', DOC.c)).toEqual(['new_work: Được giao xử lý']);
    expect(titles('tp.nc', DOC.c)).toEqual(['new_work: Chờ giao chuyên viên']);
    const first = of('cv.kt1').find((n) => n.subject_stream === `document-${DOC.a}`)!;
    expect(first).toMatchObject({ link: `/van-ban/${DOC.a}`, in_app: true, by_email: true, read_at: null });
    expect(first.title).toMatch(/^Được giao xử lý: văn bản đến số 1\/2025 \(/);
  });

  it('follows the person’s preference in force at that point of the log: no notice wanted, none written', () => {
    // DOC.b's submission was returned once and rejected once: cv.kt1 asked for neither.
    expect(titles('cv.kt1', DOC.b)).toEqual(['new_work: Được giao xử lý']);
    expect(live.rm_notice_preferences).toHaveLength(1);
    expect(live.rm_notice_preferences[0]).toMatchObject({ user_id: userId('cv.kt1'), in_app: { returned: false }, email: { returned: false, due_soon: false } });
  });

  it('gives the same rows when every event is applied a second time', async () => {
    const log = await wholeLog(h.store);
    await applyDirectly(h, noticesProjection, log);
    await applyDirectly(h, noticesProjection, log.slice(5, 30));
    expect(await snapshotAll(h, TABLES)).toEqual(live);
  });

  it.each([1, 500])('rebuilds from zero in batches of %i to exactly the rows built live', async (batch) => {
    await resetProjection(h, noticesProjection, TABLES.map((t) => t.table));
    await catchUp(h, [noticesProjection], batch);
    expect(await snapshotAll(h, TABLES)).toEqual(live);
  });
});
