import { programmeStreamName } from '@office/domain';
import { describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { departmentId, step, userId } from '../../support/document-steps';
import { eventually, streamLengths } from '../../support/onestop-desk';
import { useTestApp, type TestApp } from '../../support/test-app';

/*
 * The issue's sentence over HTTP, each step by its own role, on a clock the test moves (Hà Nội
 * time): "a department proposes an item that reaches the approved monthly programme and is reported
 * late when its papers miss the date". The programme of April 2026: Phòng Kinh tế's slip on 10/3,
 * accepted and drafted by General Affairs (tp.th) on 20/3, reviewed by the chief, approved by the
 * chairman; the item is due on Wed 29/4 (30/4 and 1/5 are days off); its papers come on 4/5: late.
 */

let now = '2026-03-10T09:00:00+07:00';
const at = (instant: string) => {
  now = instant;
};
const PERIOD = '2026-04';
const STREAM = [programmeStreamName(PERIOD)];

const SLIP = {
  title: 'Đề án phát triển kinh tế tư nhân tỉnh giai đoạn 2026–2030',
  departmentId: departmentId('KT'),
  leaderId: userId('pho.chu.tich.kt'),
  due: PERIOD,
  paperKind: 'scheme',
};

describe('the work programme over HTTP: a department’s item reaches the approved monthly programme and is reported late', () => {
  const app = useTestApp({ clock: () => new Date(now) });

  /** Runs `attempt` and checks that it appended nothing to the programme's stream. */
  async function refused(attempt: () => ReturnType<TestApp['request']>) {
    const before = await streamLengths(app, STREAM);
    const result = await attempt();
    expect(await streamLengths(app, STREAM)).toEqual(before);
    return result;
  }

  it('proposes, accepts, drafts, reviews, approves; the papers after the due date make the item late in the report, by agency and by leader', async () => {
    const proposed = await step(app, 'cv.kt1', `/api/programme/${PERIOD}/items`, SLIP, { 'idempotency-key': 'slip-kt-1' });
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(201);
    expect(proposed.body).toEqual({ id: expect.any(String), period: PERIOD, revision: '0', position: expect.any(String) });
    const itemId: string = proposed.body.id;
    // A retry with the same key answers the same item; a leader who is not a committee leader is 422 naming the field.
    expect((await step(app, 'cv.kt1', `/api/programme/${PERIOD}/items`, SLIP, { 'idempotency-key': 'slip-kt-1' })).body).toEqual(proposed.body);
    const notLeader = await refused(() => step(app, 'cv.kt1', `/api/programme/${PERIOD}/items`, { ...SLIP, leaderId: userId('chanh.vp') }));
    expect(notLeader.body).toMatchObject({ statusCode: 422, details: { rule: 'NOT_A_COMMITTEE_LEADER', field: 'leaderId' } });

    // Only the head of General Affairs accepts the slip; the chairman cannot approve a programme not drafted.
    at('2026-03-20T10:00:00+07:00');
    const notHead = await refused(() => step(app, 'tp.kt', `/api/programme/${PERIOD}/items/${itemId}/accept`, {}));
    expect(notHead).toMatchObject({ status: 403, body: { details: { rule: 'NOT_GENERAL_AFFAIRS_HEAD' } } });
    expect((await step(app, 'tp.th', `/api/programme/${PERIOD}/items/${itemId}/accept`, {})).status).toBe(201);
    const notDrafted = await refused(() => step(app, 'chu.tich', `/api/programme/${PERIOD}/approve`, {}));
    expect(notDrafted).toMatchObject({ status: 409, body: { details: { rule: 'PROGRAMME_NOT_DRAFTED' } } });

    expect((await step(app, 'tp.th', `/api/programme/${PERIOD}/submit-draft`, {})).status).toBe(201);
    at('2026-03-23T09:00:00+07:00');
    expect((await step(app, 'chanh.vp', `/api/programme/${PERIOD}/endorse`, { note: 'Đủ nội dung' })).status).toBe(201);
    at('2026-03-24T14:00:00+07:00');
    expect((await step(app, 'chu.tich', `/api/programme/${PERIOD}/approve`, {})).status).toBe(201);

    const approved = await eventually(() => app.get('cv.kt1', `/api/programme/${PERIOD}`), (r) => r.body?.programme?.status === 'approved');
    expect(approved.body.programme).toMatchObject({ status: 'approved', statusLabel: 'Đã phê duyệt', draftDue: '2026-03-25', draftLate: false, items: 1 });
    expect(approved.body.items).toEqual([
      expect.objectContaining({ id: itemId, agency: { departmentId: departmentId('KT'), name: 'Phòng Kinh tế' }, dueDate: '2026-04-29', status: 'accepted', standing: 'not_yet_due' }),
    ]);

    // Moving the date needs the agency's written request (QC 9.1).
    at('2026-04-27T09:00:00+07:00');
    const noRequest = await refused(() => step(app, 'tp.th', `/api/programme/${PERIOD}/items/${itemId}/reschedule`, { due: '2026-05', reason: 'Chờ số liệu' }));
    expect(noRequest.body).toMatchObject({ statusCode: 422, details: { rule: 'ITEM_DATE_CHANGE_NEEDS_REQUEST', field: 'requestSymbol' } });

    // 4/5: the papers arrive after the due date (29/4): late.
    at('2026-05-04T10:00:00+07:00');
    const overdue = await app.get('tp.th', `/api/programme/${PERIOD}`);
    expect(overdue.body.items[0]).toMatchObject({ standing: 'overdue', actions: ['papers', 'withdraw', 'reschedule'] });
    expect((await step(app, 'vanthu1', `/api/programme/${PERIOD}/items/${itemId}/papers`, { submittedOn: '2026-05-04', symbol: '61/TTr-SKHĐT' })).status).toBe(201);

    const report = await eventually(() => app.get('chanh.vp', `/api/programme/report?period=${PERIOD}`), (r) => r.body?.total?.late === 1);
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({
      period: PERIOD, from: '2026-04-01', to: '2026-04-30', total: { on_time: 0, late: 1, withdrawn: 0, not_yet_due: 0, overdue: 0, total: 1 },
      byAgency: [{ key: 'Phòng Kinh tế', name: 'Phòng Kinh tế', late: 1, total: 1 }],
      byLeader: [{ key: userId('pho.chu.tich.kt'), name: 'Trần Quốc Hưng', late: 1, total: 1 }],
      lateDrafts: [],
      projectedPosition: expect.any(String),
    });
  });
});
