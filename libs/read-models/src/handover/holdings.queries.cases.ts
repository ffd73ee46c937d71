import { departmentId, userId } from '@office/domain/testing/document-fixtures';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { openHarness, type ProjectionHarness } from '../../../../apps/projector/src/testing/projection-harness';
import { Holdings } from './holdings.queries';

const CASE_FILE = '0b6f5a3e-0000-4000-8000-0000000000c9';

/** What a person holds, on real PostgreSQL: here an open case file (rm_case_files) and a closed one; the queues are empty. */
describe('Holdings', () => {
  let h: ProjectionHarness;
  beforeAll(async () => {
    h = await openHarness();
    const insert = `INSERT INTO rm_case_files (id, year, code, title, department_id, responsible_id, retention, medium, status, start_date, item_count, opened_at, state, last_position)
      VALUES ($1, 2026, $2, $3, $4, $5, 'permanent', 'digital', $6, '2026-01-05', 0, '2026-01-05T02:00:00Z', '{}', 1)`;
    await h.dataSource.query(insert, [CASE_FILE, 'KT.01', 'Hồ sơ kế hoạch đầu tư công năm 2026', departmentId('KT'), userId('cv.kt1'), 'open']);
    await h.dataSource.query(insert, ['0b6f5a3e-0000-4000-8000-0000000000ca', 'KT.02', 'Hồ sơ đã kết thúc', departmentId('KT'), userId('cv.kt1'), 'closed']);
  });
  afterAll(async () => h?.close());

  it('lists the open case files a person is responsible for, to be handed over on paper', async () => {
    const held = await new Holdings(h.dataSource, () => new Date('2026-03-16T02:00:00Z')).of({ id: userId('cv.kt1'), roles: ['specialist'], departmentId: departmentId('KT') });
    expect(held).toEqual([
      { key: `case-file-${CASE_FILE}`, kind: 'case_file', label: 'hồ sơ KT.01/2026 (Hồ sơ kế hoạch đầu tư công năm 2026)', step: 'keep_file', link: null, due: null, reassignable: false },
    ]);
    expect(await new Holdings(h.dataSource).of({ id: userId('cv.kt2'), roles: ['specialist'], departmentId: departmentId('KT') })).toEqual([]);
  });
});
