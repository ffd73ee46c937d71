import { OUTGOING_DOCUMENTS_PROCESS, procedureStreamName, type ProcedureEvent } from '@office/domain';
import { approved, drafted, registered } from '@office/domain/testing/procedure-fixtures';
import { internalApproved, internalDrafted, internalRegistered, QT, V1, V2 } from '@office/domain/procedures/testing/internal-process-fixtures';
import type { JsonObject } from '@office/event-store';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../../../test/support/expect';
import {
  applyDirectly, catchUp, openHarness, projectLive, resetProjection, snapshotAll, wholeLog, type JsonRow, type ProjectionHarness,
} from '../../../../../apps/projector/src/testing/projection-harness';
import type { ScenarioEvent } from '../../../../../apps/projector/src/testing/scenario';
import { InternalProcessQueries } from './internal-process.queries';
import { internalProcessesProjection } from './internal-processes.projection';

const as = (event: ProcedureEvent): ScenarioEvent => ({ stream: procedureStreamName(event.data.code), type: event.type, data: event.data as unknown as JsonObject, actorId: event.data.by });

const VB02 = OUTGOING_DOCUMENTS_PROCESS.code;
const stamp = { by: internalApproved(1).data.by, at: internalApproved(1).data.at };
/** QT-VB-02 version 1 as the seed writes it. */
const OUTGOING: ProcedureEvent[] = [
  { type: 'InternalProcessRegistered', data: { code: VB02, name: OUTGOING_DOCUMENTS_PROCESS.name, ...stamp } },
  { type: 'InternalProcessVersionDrafted', data: { code: VB02, version: 1, ...OUTGOING_DOCUMENTS_PROCESS.version1, ...stamp } },
  { type: 'ProcedureVersionApproved', data: { code: VB02, version: 1, decisionRef: '02/QĐ-VP', ...stamp } },
];

/** QT-VB-01 v1 approved, v2 approved (superseding v1), QT-VB-02 v1, beside a procedure whose approval must not make a row. */
const SCENARIO: ScenarioEvent[] = [
  ...OUTGOING.map(as),
  as(registered()), as(drafted(1)), as(approved(1)),
  as(internalRegistered()), as(internalDrafted(1, V1)), as(internalApproved(1)), as(internalDrafted(2, V2)), as(internalApproved(2, '12/QĐ-VP')),
  as({ type: 'InternalProcessVersionSuperseded', data: { code: QT, version: 1, effectiveTo: '2026-12-31', byVersion: 2, by: internalApproved(2).data.by, at: internalApproved(2).data.at } }),
];
const TABLES = [{ table: 'rm_internal_processes', orderBy: 'code' }];

describe('internal-processes.v1', () => {
  let h: ProjectionHarness;
  let live: Record<string, JsonRow[]>;

  beforeAll(async () => {
    h = await openHarness();
    live = await projectLive(h, internalProcessesProjection, SCENARIO, TABLES);
  });
  afterAll(async () => h?.close());

  it('one row per internal process, as the catalogue folds it; procedures have none', () => {
    expect(live.rm_internal_processes.map((r) => [r.code, r.name])).toEqual([[QT, 'Xử lý văn bản đến'], [VB02, 'Xử lý văn bản đi']]);
    expect(live.rm_internal_processes[0].state.versions.map((v: { version: number; effectiveTo: string | null; approval: { decisionRef: string } }) => [v.version, v.effectiveTo, v.approval.decisionRef])).toEqual([
      [1, '2026-12-31', '01/QĐ-VP'],
      [2, null, '12/QĐ-VP'],
    ]);
  });

  it('the register and the basis of a figure name the version(s) in force over a period', async () => {
    const queries = new InternalProcessQueries(h.dataSource);
    expect((await queries.register('2026-01-01', '2026-12-31')).map((l) => [l.code, l.version])).toEqual([[QT, 1], [VB02, 1]]);
    expect(await queries.incomingDocumentsBasis('2026-12-01', '2027-01-31', 'VN 2026.1+2027.1')).toEqual({ processCode: QT, version: '1+2', calendarVersion: 'VN 2026.1+2027.1' });
    expect((await queries.incomingDocumentsBasis('2027-02-01', '2027-02-28', 'VN 2027.1')).version).toBe('2');
  });

  it('words each step from its own process’s version(s) in force over the period: both versions when the period spans two', async () => {
    const queries = new InternalProcessQueries(h.dataSource);
    const spanning = await queries.documentSteps('2026-12-01', '2027-01-31');
    expect(spanning.map((s) => [s.step, s.processCode, s.version])).toEqual([
      ['distribute', QT, '1+2'], ['supplement', QT, '1+2'], ['submit', QT, '1+2'], ['issue', VB02, '1'], ['leader', QT, '1+2'],
    ]);
    const byStep = Object.fromEntries(spanning.map((s) => [s.step, s]));
    expect(byStep.submit).toMatchObject({ limit: 'v1: 5 ngày làm việc; v2 từ 01/01/2027: 4 ngày làm việc', source: 'Điểm 10.2.3 Quy chế làm việc' });
    expect(byStep.distribute).toMatchObject({ limit: 'Ngày làm việc tiếp theo; văn bản khẩn trở lên: trong ngày', source: 'Khoản 1 Điều 23 Nghị định 30/2020/NĐ-CP' });
    expect(byStep.issue).toMatchObject({ limit: 'Ngày làm việc tiếp theo; văn bản khẩn trở lên: trong ngày', source: 'Khoản 1 Điều 18 Nghị định 30/2020/NĐ-CP' });
    expect(byStep.leader).toMatchObject({ limit: 'Ngày lãnh đạo giao (kể cả gia hạn)', source: 'Quy chế làm việc 10.1.1' });
    const afterwards = Object.fromEntries((await queries.documentSteps('2027-02-01', '2027-02-28')).map((s) => [s.step, s]));
    expect(afterwards.submit).toMatchObject({ version: '2', limit: '4 ngày làm việc' });
  });

  it('gives the same rows when every event is applied a second time', async () => {
    const log = await wholeLog(h.store);
    await applyDirectly(h, internalProcessesProjection, log);
    await applyDirectly(h, internalProcessesProjection, log.slice(2, 6));
    expect(await snapshotAll(h, TABLES)).toEqual(live);
  });

  it.each([1, 500])('rebuilds from zero in batches of %i to exactly the rows built live', async (batch) => {
    await resetProjection(h, internalProcessesProjection, ['rm_internal_processes']);
    await catchUp(h, [internalProcessesProjection], batch);
    expect(await snapshotAll(h, TABLES)).toEqual(live);
  });
});
