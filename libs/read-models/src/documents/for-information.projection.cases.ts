import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import {
  canView, DEMO_ORGANISATION, decideDocument, documentStreamName, evolveDocument, initialDocumentState,
  type DocumentCommand, type DocumentEvent, type DocumentState, type RegisteredDocument,
} from '@office/domain';
import { actor, cmd, DEMO_CONTEXT, departmentId, userId, vn } from '@office/domain/testing/document-fixtures';
import { documentQueueActionSql, documentQueueDueSql, documentVisibleSql, OrganisationDirectory, PendingWork, sentForInformationSql, Sql, type QueueViewer } from '@office/read-models';
import { documentSummariesProjection } from './document-summaries.projection';
import { incomingRegisterProjection } from '../registers/incoming-register.projection';
import { catchUp, openHarness, type ProjectionHarness } from '../../../../apps/projector/src/testing/projection-harness';
import { appendAll, type ScenarioEvent } from '../../../../apps/projector/src/testing/scenario';

/*
 * Để biết and the clocks of a queue item on the read side (issue 16 points 5, 6): who sees a
 * document told for information (the SQL twin agrees with `canView` for every demo user), that it
 * never enters their queue or counters, the incoming register's recipient lists, and the deadline a
 * queue item shows: the one of the step waiting for that person, a paused submit clock being none.
 */
const DOC = {
  told: '1a000000-0000-4000-8000-00000000001a',
  secret: '1b000000-0000-4000-8000-00000000001b',
  waiting: '1c000000-0000-4000-8000-00000000001c',
} as const;
const TOLD = { departmentIds: [departmentId('VX')], userIds: [userId('cv.nc1')] };

function history(documentId: string, commands: DocumentCommand[]): ScenarioEvent[] {
  let state: DocumentState = initialDocumentState;
  return commands.flatMap((command) => {
    const events: DocumentEvent[] = decideDocument({ ...command, documentId } as DocumentCommand, state, DEMO_CONTEXT);
    state = events.reduce(evolveDocument, state);
    return events.map((e) => ({ stream: documentStreamName(documentId), type: e.type, data: e.data as never, actorId: e.data.by }));
  });
}

const viewer = (username: string): QueueViewer => {
  const a = actor(username);
  return { id: a.userId, roles: a.roles, departmentId: a.departmentId };
};

describe('for information and the queue’s own deadlines, on the read models', () => {
  let h: ProjectionHarness;
  const query = async (build: (sql: Sql) => string) => {
    const sql = new Sql();
    const text = build(sql);
    return h.dataSource.query(text, sql.params);
  };
  const visibleTo = async (username: string) =>
    ((await query((sql) => `SELECT d.id FROM rm_document_summaries d LEFT JOIN org_fields f ON f.code = d.field_code WHERE ${documentVisibleSql(sql, viewer(username))} ORDER BY d.id`)) as Array<{ id: string }>).map((r) => r.id);

  beforeAll(async () => {
    h = await openHarness();
    await new OrganisationDirectory(h.dataSource).seed(DEMO_ORGANISATION, async () => 'not-a-real-hash');
    await appendAll(h.store, [
      ...history(DOC.told, [cmd.receive({ incomingNumber: 1 }), cmd.distribute({ forInformation: TOLD })]),
      ...history(DOC.secret, [cmd.receive({ incomingNumber: 1, confidentiality: 'secret' }), cmd.distribute({ forInformation: TOLD })]),
      ...history(DOC.waiting, [cmd.receive({ incomingNumber: 2 }), cmd.distribute(), cmd.assign(), cmd.requestSupplement()]),
    ]);
    await catchUp(h, [documentSummariesProjection, incomingRegisterProjection], 5);
  });
  afterAll(async () => h?.close());

  it('writes who was told on the summary and on the register row (the recipient column)', async () => {
    const summaries = await h.dataSource.query('SELECT id, for_information_department_ids, for_information_user_ids FROM rm_document_summaries ORDER BY id');
    expect(summaries).toEqual([
      { id: DOC.told, for_information_department_ids: TOLD.departmentIds, for_information_user_ids: TOLD.userIds },
      { id: DOC.secret, for_information_department_ids: TOLD.departmentIds, for_information_user_ids: TOLD.userIds },
      { id: DOC.waiting, for_information_department_ids: [], for_information_user_ids: [] },
    ]);
    const register = await h.dataSource.query('SELECT document_id, department_id, for_information_department_ids, for_information_user_ids FROM rm_incoming_register WHERE document_id = ANY($1::uuid[]) ORDER BY document_id', [[DOC.told, DOC.secret]]);
    for (const row of register) expect(row).toMatchObject({ department_id: departmentId('KT'), for_information_department_ids: TOLD.departmentIds, for_information_user_ids: TOLD.userIds });
  });

  it('the SQL twin of canView agrees with it for every demo user and document', async () => {
    const rows: Array<{ id: string; state: RegisteredDocument }> = await h.dataSource.query('SELECT id, state FROM rm_document_summaries ORDER BY id');
    for (const user of DEMO_ORGANISATION.users) {
      const expected = rows.filter((r) => canView(r.state, actor(user.username), DEMO_ORGANISATION)).map((r) => r.id);
      expect(await visibleTo(user.username), user.username).toEqual(expected);
    }
    expect(await visibleTo('cv.nc1')).toContain(DOC.secret);
    expect(await visibleTo('tp.vx')).toContain(DOC.secret);
    expect(await visibleTo('cv.vx1')).not.toContain(DOC.secret);
  });

  it('"sent for information" finds them; the queue and the counters never do', async () => {
    const told = async (username: string) =>
      ((await query((sql) => `SELECT d.id FROM rm_document_summaries d LEFT JOIN org_fields f ON f.code = d.field_code
          WHERE ${documentVisibleSql(sql, viewer(username))} AND ${sentForInformationSql(sql, viewer(username))} ORDER BY d.id`)) as Array<{ id: string }>).map((r) => r.id);
    expect(await told('cv.nc1')).toEqual([DOC.told, DOC.secret]);
    expect(await told('tp.vx')).toEqual([DOC.told, DOC.secret]);
    expect(await told('cv.vx1')).toEqual([DOC.told]);
    const work = new PendingWork(h.dataSource, () => new Date(vn('2025-04-28')));
    for (const username of ['cv.nc1', 'tp.vx', 'cv.vx1']) {
      expect(await work.items(viewer(username)), username).toEqual([]);
      expect((await work.counters(viewer(username))).documents.total, username).toBe(0);
    }
    expect((await work.items(viewer('tp.kt'))).map((i) => i.stream).sort()).toEqual([documentStreamName(DOC.told), documentStreamName(DOC.secret)].sort());
  });

  it('while a supplement is awaited the submit clock is paused: not the next due day, not the clerk’s deadline', async () => {
    const [row] = await h.dataSource.query('SELECT deadlines, next_due::text AS next_due FROM rm_document_summaries WHERE id = $1', [DOC.waiting]);
    expect(row.deadlines.submit).toMatchObject({ due: '2025-05-05', doneAt: null, state: 'paused' });
    expect(row.next_due).toBe('2025-05-15'); // the leader's date, which does not pause
    const clerk = viewer('vanthu1');
    const [item] = await query(
      (sql) => `SELECT q.id, q.action, ${documentQueueDueSql('q')}::text AS step_due FROM (SELECT d.id, d.deadlines, ${documentQueueActionSql(sql, clerk)} AS action
          FROM rm_document_summaries d LEFT JOIN org_fields f ON f.code = d.field_code WHERE ${documentVisibleSql(sql, clerk)}) q WHERE q.action IS NOT NULL`,
    );
    expect(item).toEqual({ id: DOC.waiting, action: 'receive-supplement', step_due: null });
    // Long after the leader's date: the clerk's item is not overdue, it owes no clock.
    const counters = await new PendingWork(h.dataSource, () => new Date(vn('2025-06-30'))).counters(clerk);
    expect(counters.documents.steps.supplement).toEqual({ total: 1, overdue: 0, dueSoon: 0 });
    // The head assigning works within the leader's date: that one is theirs.
    const head = await new PendingWork(h.dataSource, () => new Date(vn('2025-06-30'))).items(viewer('tp.kt'));
    expect(head.every((i) => i.due === '2025-05-15' && i.standing === 'overdue')).toBe(true);
  });
});
