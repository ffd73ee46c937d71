import { userId } from '@office/domain/testing/document-fixtures';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import {
  applyDirectly, catchUp, openHarness, projectLive, resetProjection, snapshotAll, wholeLog, type JsonRow, type ProjectionHarness, type TableOrder,
} from '../../../../apps/projector/src/testing/projection-harness';
import type { Projection } from '../projection';
import { meetingsProjection } from './meetings/meetings.projection';
import { directivesProjection } from './task-register/directives.projection';
import { directivesScenario, MEETING_ID, TASK } from './testing/directives-scenario';

const cases: Array<{ projection: Projection; tables: TableOrder[] }> = [
  { projection: directivesProjection, tables: [{ table: 'rm_directives', orderBy: 'id' }] },
  { projection: meetingsProjection, tables: [{ table: 'rm_meetings', orderBy: 'id' }] },
];

describe.each(cases)('$projection.name', ({ projection, tables }) => {
  let h: ProjectionHarness;
  let live: Record<string, JsonRow[]>;

  beforeAll(async () => {
    h = await openHarness();
    live = await projectLive(h, projection, directivesScenario(), tables);
  });
  afterAll(async () => h?.close());

  if (projection === directivesProjection) {
    it('keeps one line of the task register per task, from its source to its assessment', () => {
      const row = (id: string) => live.rm_directives.find((r) => r.id === id)!;
      expect(live.rm_directives).toHaveLength(5);
      expect(row(TASK.fromNotice)).toMatchObject({
        source_kind: 'conclusion_notice', source_id: MEETING_ID, source_symbol: '05/TB-VPUBND', source_date: '2026-03-06', lead_agency: 'UBND huyện Đông Anh',
        co_agencies: ['Sở Tài nguyên và Môi trường'], due_date: '2026-03-31', status: 'done', done_on: '2026-03-30', report_symbol: '88/BC-SKHĐT',
        directing_leader_id: userId('pho.chu.tich.kt'), follow_up_specialist_id: userId('cv.kt1'), last_progress: 'Đã rà soát 12/20 dự án', last_percent: 60,
      });
      expect(row(TASK.periodic)).toMatchObject({ due_date: null, reporting: 'monthly', status: 'assigned', follow_up_specialist_id: userId('cv.kt2') });
      expect(row(TASK.letter)).toMatchObject({ due_date: '2026-04-15', original_due_date: '2026-03-31', extensions: 1, chases: 1, obstacles: 1, status: 'assigned' });
      expect(row(TASK.late)).toMatchObject({ status: 'done', done_on: '2026-03-25', closed_on: '2026-03-26' });
      expect(row(TASK.cancelled)).toMatchObject({ status: 'cancelled', closing_reason: 'Nhiệm vụ không còn phù hợp', done_on: null });
      // The row is read from the domain's own fold, kept to resume from.
      expect(row(TASK.letter).state).toMatchObject({ status: 'assigned', extensions: [{ newDueDate: '2026-04-15' }] });
    });
  }

  if (projection === meetingsProjection) {
    it('keeps the meeting and its notice up to the issue, with the tasks it gave', () => {
      expect(live.rm_meetings).toEqual([
        expect.objectContaining({
          id: MEETING_ID, held_on: '2026-03-02', conclusion_due: '2026-03-05', status: 'issued', drafted_late: false, symbol: '05/TB-VPUBND', outgoing_number: 5,
          leader_id: userId('chanh.vp'), directive_ids: [TASK.fromNotice, TASK.periodic], attendees: ['Sở Kế hoạch và Đầu tư', 'Sở Tài chính', 'UBND huyện Đông Anh'],
        }),
      ]);
      expect(live.rm_meetings[0].directives).toHaveLength(2);
    });
  }

  it('gives the same rows when every event is applied a second time', async () => {
    const log = await wholeLog(h.store);
    await applyDirectly(h, projection, log);
    await applyDirectly(h, projection, log.slice(3, 12));
    expect(await snapshotAll(h, tables)).toEqual(live);
  });

  it.each([1, 500])('rebuilds from zero in batches of %i to exactly the rows built live', async (batch) => {
    await resetProjection(h, projection, tables.map((t) => t.table));
    await catchUp(h, [projection], batch);
    expect(await snapshotAll(h, tables)).toEqual(live);
  });
});
