import { caseFileStreamName, type CaseFileCommand } from '@office/domain';
import { CASE_FILE_ID, caseCmd, caseHistory, dept } from '@office/domain/records/testing/records-fixtures';
import type { JsonObject } from '@office/event-store';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../../../test/support/expect';
import {
  applyDirectly, catchUp, openHarness, projectLive, resetProjection, snapshotAll, wholeLog, type JsonRow, type ProjectionHarness,
} from '../../../../../apps/projector/src/testing/projection-harness';
import type { ScenarioEvent } from '../../../../../apps/projector/src/testing/scenario';
import { CaseFileQueries } from './case-file.queries';
import { caseFilesProjection } from './case-files.projection';

const OPEN_ID = '0b6f5a3e-0000-4000-8000-0000000001f2';
const tables = [{ table: 'rm_case_files', orderBy: 'id' }];

function file(id: string, commands: CaseFileCommand[]): ScenarioEvent[] {
  return caseHistory(...commands.map((c) => ({ ...c, caseFileId: id }))).map((e) => ({ stream: caseFileStreamName(id), type: e.type, data: e.data as unknown as JsonObject, actorId: e.data.by }));
}

/** A paper file of KT closed on 30/6/2026 and deposited in the December batch; an open one with one item. */
const scenario = () => [...file(CASE_FILE_ID, [caseCmd.open(), caseCmd.file(), caseCmd.close(), caseCmd.deposit()]), ...file(OPEN_ID, [caseCmd.open(), caseCmd.file()])];

describe('case-files.v1', () => {
  let h: ProjectionHarness;
  let live: Record<string, JsonRow[]>;

  beforeAll(async () => {
    h = await openHarness();
    live = await projectLive(h, caseFilesProjection, scenario(), tables);
  });
  afterAll(async () => h?.close());

  it('keeps one row per case file, read from the domain’s fold', () => {
    expect(live.rm_case_files).toHaveLength(2);
    expect(live.rm_case_files.find((r) => r.id === CASE_FILE_ID)).toMatchObject({
      code: 'KT.01', status: 'deposited', department_id: dept('KT'), retention: 'permanent', medium: 'paper', end_date: '2026-06-30', sheet_count: 42, item_count: 1,
      deposit_due: '2027-06-30', deposit_period: '2026-12',
    });
    expect(live.rm_case_files.find((r) => r.id === OPEN_ID)).toMatchObject({ status: 'open', item_count: 1, deposit_due: null });
  });

  it('lists by status and department, and finds the files of a batch', async () => {
    const queries = new CaseFileQueries(h.dataSource, () => new Date('2027-06-10T03:00:00Z'));
    expect((await queries.list({ status: 'open', departmentId: dept('KT') })).items.map((i) => i.id)).toEqual([OPEN_ID]);
    expect(await queries.depositedIn('2026-12')).toEqual([CASE_FILE_ID]);
    expect((await queries.byId(CASE_FILE_ID)).state.closing?.itemIndex).toHaveLength(1);
  });

  it('gives the same rows when every event is applied a second time', async () => {
    const log = await wholeLog(h.store);
    await applyDirectly(h, caseFilesProjection, log);
    await applyDirectly(h, caseFilesProjection, log.slice(2, 5));
    expect(await snapshotAll(h, tables)).toEqual(live);
  });

  it.each([1, 500])('rebuilds from zero in batches of %i to exactly the rows built live', async (batch) => {
    await resetProjection(h, caseFilesProjection, ['rm_case_files']);
    await catchUp(h, [caseFilesProjection], batch);
    expect(await snapshotAll(h, tables)).toEqual(live);
  });
});
