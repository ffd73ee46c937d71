import { decideNcProposal, initialNcProposalState, ncProposalStreamName, type NcProposalSubject } from '@office/domain';
import { actor, vn } from '@office/domain/testing/document-fixtures';
import type { JsonObject } from '@office/event-store';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../../../test/support/expect';
import { catchUp, openHarness, type ProjectionHarness } from '../../../../../apps/projector/src/testing/projection-harness';
import { appendAll } from '../../../../../apps/projector/src/testing/scenario';
import { fillerColumns } from '../../onestop/statistics/testing/filler-columns';
import { NcProposalQueries } from './nc-proposal.queries';
import { ncProposalsProjection } from './nc-proposals.projection';

/*
 * Late dossiers and steps written straight into their read models (only what the proposals read),
 * as of Tue 10/3/2026: which are proposed, which not, and what a decision takes off the open list.
 */

const id = (n: number) => `7d1c0000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const D = { late: id(1), overdue: id(2), onTime: id(3), withdrawn: id(4), dismissed: id(5), inTime: id(6) };
const DOC = { late: id(11), open: id(12), onTime: id(13) };

async function insert(h: ProjectionHarness, table: string, row: Record<string, unknown>): Promise<void> {
  const names = Object.keys(row);
  const filler = await fillerColumns(h.dataSource, table, names);
  const values = names.map((_name, i) => `$${i + 1}`);
  await h.dataSource.query(`INSERT INTO ${table} (${[...names, ...filler.names].join(', ')}) VALUES (${[...values, ...filler.values].join(', ')})`, Object.values(row));
}

const dossier = (dossierId: string, code: string, due: string, status: string, classification: string | null, resultAt: string | null = null) => ({
  id: dossierId, code, procedure_code: '1.004227', procedure_name: 'Cấp giấy phép xây dựng', due, status, classification, result_at_desk_at: resultAt,
  applicant_name: 'Nguyễn Văn An', online: false, path: [], supplement_requests: 0, apologies: 0, apology_issued_late: false, digitised_items: 0, last_position: 0,
});
const step = (documentId: string, name: string, due: string, state: string, doneOn: string | null, daysLate: number | null) => ({
  document_id: documentId, step: name, field_code: 'KH-DT', urgency: 'normal', restricted: false, started_at: vn('2026-03-02', '08:00'), started_on: '2026-03-02', due,
  done_at: doneOn && vn(doneOn, '09:00'), done_on: doneOn, state, days_late: daysLate, calendar_version: 'test', last_position: 0,
});

describe('nonconformity proposals from late dossiers and steps', () => {
  let h: ProjectionHarness;
  const queries = () => new NcProposalQueries(h.dataSource, () => new Date(vn('2026-03-10', '10:00')));

  beforeAll(async () => {
    h = await openHarness();
    await insert(h, 'rm_dossiers', dossier(D.late, 'VP-260220-0001', '2026-03-02', 'returned', 'late', vn('2026-03-05', '09:00')));
    await insert(h, 'rm_dossiers', dossier(D.overdue, 'VP-260220-0002', '2026-03-04', 'with_specialist', null));
    await insert(h, 'rm_dossiers', dossier(D.onTime, 'VP-260220-0003', '2026-03-04', 'returned', 'on_time', vn('2026-03-04', '09:00')));
    await insert(h, 'rm_dossiers', dossier(D.withdrawn, 'VP-260220-0004', '2026-03-03', 'withdrawn', null));
    await insert(h, 'rm_dossiers', dossier(D.dismissed, 'VP-260220-0005', '2026-03-05', 'appraised', null));
    await insert(h, 'rm_dossiers', dossier(D.inTime, 'VP-260220-0006', '2026-03-12', 'with_specialist', null));
    await insert(h, 'rm_process_steps', step(DOC.late, 'submit', '2026-03-03', 'late', '2026-03-05', 2));
    await insert(h, 'rm_process_steps', step(DOC.open, 'leader', '2026-03-06', 'pending', null, null));
    await insert(h, 'rm_process_steps', step(DOC.onTime, 'distribute', '2026-03-03', 'on_time', '2026-03-03', 0));
    await insert(h, 'rm_process_steps', step(DOC.onTime, 'submit', '2026-03-20', 'pending', null, null));

    const subject = await queries().subject(`dossier.${D.dismissed}`);
    const command = { type: 'dismiss', key: `dossier.${D.dismissed}`, subject, reason: 'Chờ ý kiến Bộ Xây dựng, đã xin lỗi công dân', actor: actor('thuky.iso'), now: vn('2026-03-10', '09:00') } as const;
    const [event] = decideNcProposal(command, initialNcProposalState);
    await appendAll(h.store, [{ stream: ncProposalStreamName(command.key), type: event.type, data: event.data as unknown as JsonObject, actorId: event.data.by }]);
    await catchUp(h, [ncProposalsProjection], 100);
  });
  afterAll(async () => h?.close());

  it('proposes every dossier finished late or overdue and every step done late or overdue, not yet decided, latest due first', async () => {
    const { items, total } = await queries().list();
    expect(items.map((p) => p.key)).toEqual([`step.${DOC.open}.leader`, `dossier.${D.overdue}`, `step.${DOC.late}.submit`, `dossier.${D.late}`]);
    expect(total).toBe(4);
    expect(await queries().openCount()).toBe(4);
    expect(items.every((p) => p.status === 'open' && p.nonconformityId === null)).toBe(true);
    expect(items.find((p) => p.key === `dossier.${D.late}`)).toMatchObject({
      subject: { kind: 'dossier', dossierId: D.late, code: 'VP-260220-0001', procedureCode: '1.004227', due: '2026-03-02', doneOn: '2026-03-05', daysLate: 3 },
      description: 'Hồ sơ VP-260220-0001 (Cấp giấy phép xây dựng) hẹn trả ngày 2026-03-02, hoàn thành trễ 3 ngày làm việc',
    });
    expect(items.find((p) => p.key === `dossier.${D.overdue}`)?.subject).toMatchObject({ doneOn: null, daysLate: 4 });
    expect(items.find((p) => p.key === `step.${DOC.open}.leader`)?.subject).toEqual({ kind: 'step', documentId: DOC.open, step: 'leader', excerpt: null, due: '2026-03-06', doneOn: null, daysLate: 2 });
    expect(items.find((p) => p.key === `step.${DOC.late}.submit`)?.subject).toMatchObject({ doneOn: '2026-03-05', daysLate: 2 });
  });

  it('serves a decided proposal from its own list, never again as open', async () => {
    const { items } = await queries().list('dismissed');
    expect(items).toEqual([expect.objectContaining({ key: `dossier.${D.dismissed}`, status: 'dismissed', reason: 'Chờ ý kiến Bộ Xây dựng, đã xin lỗi công dân', decidedAt: vn('2026-03-10', '09:00') })]);
    expect((await queries().list('accepted')).items).toEqual([]);
  });

  it('finds what a key names while it is late (decided or not); 404 for anything else', async () => {
    expect(await queries().subject(`dossier.${D.overdue}`)).toMatchObject({ kind: 'dossier', code: 'VP-260220-0002' } satisfies Partial<NcProposalSubject>);
    expect(await queries().subject(`step.${DOC.late}.submit`)).toMatchObject({ kind: 'step', step: 'submit' });
    for (const key of [`dossier.${D.onTime}`, `dossier.${D.withdrawn}`, `dossier.${D.inTime}`, `step.${DOC.onTime}.distribute`, `step.${DOC.onTime}.submit`, 'dossier.x', `step.${DOC.late}.leader`]) {
      await expect(queries().subject(key), key).rejects.toMatchObject({ code: 'NOT_FOUND', field: 'key' });
    }
  });
});
