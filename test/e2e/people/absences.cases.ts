import { absenceStreamName } from '@office/domain';
import { describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { documentAt, step, submission, userId } from '../../support/document-steps';
import { eventually, streamLengths } from '../../support/onestop-desk';
import { mismatchesOf, type OpenApiDocument } from '../../support/open-api-check';
import { useTestApp } from '../../support/test-app';

/*
 * Absences over HTTP (QC Art. 16), on Monday 7/12/2026: the economy head approves a specialist's day
 * off and cannot approve a colleague's three days (the office chief does); the clerk records the
 * chairman's week away, which proposes a KT. delegation to the deputy in charge, confirmed on
 * /api/delegations; who is away today shows with the work they hold, and the head reassigns the
 * absent specialist's document through the documents' own step.
 */

const NOW = new Date('2026-12-07T02:00:00.000Z');

describe('absences over HTTP: the approval chain, a leader’s week away and the waiting work of the absent', () => {
  const app = useTestApp({ clock: () => NOW });

  const leave = (days: { from: string; to: string }) => ({ kind: 'leave', ...days, reason: 'Nghỉ phép năm' });

  it('a department head approves a day’s leave and cannot approve three; a leader’s week away proposes a delegation and their waiting work shows in a queue for reassignment', async () => {
    // A day: to the head of the specialist's own department.
    const day = await step(app, 'cv.kt1', '/api/absences', leave({ from: '2026-12-07', to: '2026-12-07' }), { 'Idempotency-Key': 'cv-kt1-day' });
    expect(day.status, JSON.stringify(day.body)).toBe(201);
    const awaiting = await eventually(() => app.get('tp.kt', '/api/absences/awaiting'), (r) => r.body.items?.length === 1);
    expect(awaiting.body.items[0]).toMatchObject({ id: day.body.id, route: 'department_head', workingDays: 1, actions: ['approve', 'refuse'] });
    expect((await step(app, 'tp.vx', `/api/absences/${day.body.id}/approve`, {})).body).toMatchObject({ code: 'FORBIDDEN', details: { rule: 'NOT_APPROVER_OF_REQUESTER' } });
    expect((await step(app, 'tp.kt', `/api/absences/${day.body.id}/approve`, { note: 'Đồng ý' })).status).toBe(201);

    // Three days: the head's approval is refused and writes nothing; the office chief approves.
    const three = await step(app, 'cv.kt2', '/api/absences', leave({ from: '2026-12-08', to: '2026-12-10' }));
    expect(three.status, JSON.stringify(three.body)).toBe(201);
    const before = await streamLengths(app, [absenceStreamName(three.body.id)]);
    const beyond = await step(app, 'tp.kt', `/api/absences/${three.body.id}/approve`, {});
    expect(beyond.status).toBe(403);
    expect(beyond.body).toMatchObject({ code: 'FORBIDDEN', details: { rule: 'ABSENCE_BEYOND_HEAD_LIMIT' } });
    expect(await streamLengths(app, [absenceStreamName(three.body.id)])).toEqual(before);
    expect((await step(app, 'chanh.vp', `/api/absences/${three.body.id}/approve`, {})).status).toBe(201);
    const overlap = await step(app, 'cv.kt1', '/api/absences', leave({ from: '2026-12-07', to: '2026-12-08' }));
    expect(overlap.status).toBe(422);
    expect(overlap.body).toMatchObject({ details: { rule: 'ABSENCE_OVERLAPS' } });

    // The chairman's week away, recorded by the clerk; a decision waits for his signature.
    const signing = await documentAt(app, 'appraised');
    expect((await step(app, 'cv.kt1', `/api/documents/${signing}/submit`, submission('chu.tich'))).status).toBe(201);
    expect((await step(app, 'pho.chanh.vp.kt', `/api/documents/${signing}/initial`, { agree: true })).status).toBe(201);
    const held = await documentAt(app, 'assigned');
    const trip = await step(app, 'vanthu1', '/api/absences', { requesterId: userId('chu.tich'), kind: 'business_trip', from: '2026-12-07', to: '2026-12-11', reason: 'Làm việc với các bộ, ngành Trung ương', place: 'Hà Nội' });
    expect(trip.status, JSON.stringify(trip.body)).toBe(201);
    const shown = await eventually(() => app.get('chanh.vp', `/api/absences/${trip.body.id}`), (r) => r.status === 200);
    expect(shown.body.absence).toMatchObject({ status: 'recorded', route: 'recorded', workingDays: 5, delegationId: null });
    const proposal = shown.body.delegationProposal;
    expect(proposal).toMatchObject({ kind: 'KT', grantorId: userId('chu.tich'), validFrom: '2026-12-07', validTo: '2026-12-11', workingDays: 5, absence: { from: '2026-12-07', to: '2026-12-11' } });
    expect((await app.get('chanh.vp', `/api/delegations/propose-from-absence?absenceId=${trip.body.id}`)).body).toEqual(proposal);
    expect((await app.get('chu.tich', '/api/absences/delegation-proposals')).body.items.map((i: { absence: { id: string } }) => i.absence.id)).toEqual([trip.body.id]);

    // The leader confirms it (no automatic grant): the ordinary delegation command records it, and the absence shows it.
    const { kind, grantorId, granteeId, validFrom, validTo, scope, absence } = proposal;
    const delegation = await step(app, 'chu.tich', '/api/delegations', { kind, grantorId, granteeId, validFrom, validTo, scope, absence, instrument: { symbol: '88/QĐ-UBND', date: '2026-12-07' } });
    expect(delegation.status, JSON.stringify(delegation.body)).toBe(201);
    await eventually(() => app.get('chanh.vp', `/api/absences/${trip.body.id}`), (r) => r.body.absence?.delegationId === delegation.body.id);
    expect((await eventually(() => app.get('chu.tich', '/api/absences/delegation-proposals'), (r) => r.body.items?.length === 0)).body.items).toEqual([]);

    // Who is away today, with what each holds: the office chief sees everyone; the head their department.
    const away = await eventually(() => app.get('chanh.vp', '/api/absences/away'), (r) => r.body.items?.length === 2);
    const waitingOf = (name: string) => away.body.items.find((i: { absence: { requester: { id: string } } }) => i.absence.requester.id === userId(name)).waiting;
    expect(waitingOf('chu.tich')).toEqual([expect.objectContaining({ key: `document-${signing}`, step: 'sign', reassignable: false })]);
    expect(waitingOf('cv.kt1').map((w: { key: string; reassignable: boolean }) => [w.key, w.reassignable])).toContainEqual([`document-${held}`, true]);
    const ofHead = (await app.get('tp.kt', '/api/absences/away')).body.items.map((i: { absence: { requester: { id: string } } }) => i.absence.requester.id);
    expect(ofHead).toEqual([userId('cv.kt1')]);
    expect((await app.get('cv.kt2', '/api/absences/away')).status).toBe(403);

    // "Giao lại": the head reassigns the absent specialist's document through its own assign step.
    const notHeld = await step(app, 'tp.kt', `/api/absences/${day.body.id}/waiting/document-${signing}/reassign`, { receiverId: userId('cv.kt2'), reason: 'x' });
    expect(notHeld.body).toMatchObject({ details: { rule: 'NOT_WAITING' } });
    const reassigned = await step(app, 'tp.kt', `/api/absences/${day.body.id}/waiting/document-${held}/reassign`, { receiverId: userId('cv.kt2'), reason: 'Giao lại do chuyên viên nghỉ phép' });
    expect(reassigned.status, JSON.stringify(reassigned.body)).toBe(201);
    expect(reassigned.body.id).toBe(held);
    await eventually(() => app.get('tp.kt', `/api/documents/${held}`), (r) => r.body?.assigneeId === userId('cv.kt2'));

    // The month's calendar: everyone away, for all staff.
    const month = await app.get('cv.vx1', '/api/absences/calendar?month=2026-12');
    expect(month.body.items.map((i: { requester: { id: string } }) => i.requester.id).sort()).toEqual([userId('chu.tich'), userId('cv.kt1'), userId('cv.kt2')].sort());

    // Every answer read here is the one OpenAPI declares.
    const openApi: OpenApiDocument = (await app.request('GET', '/api/docs-json')).body;
    const reads: Array<[string, string, string]> = [
      ['/api/absences/{id}', `/api/absences/${trip.body.id}`, 'chanh.vp'], ['/api/absences/mine', '/api/absences/mine', 'cv.kt1'], ['/api/absences/awaiting', '/api/absences/awaiting', 'chanh.vp'],
      ['/api/absences/calendar', '/api/absences/calendar?month=2026-12', 'cv.vx1'], ['/api/absences/away', '/api/absences/away', 'chanh.vp'],
      ['/api/absences/delegation-proposals', '/api/absences/delegation-proposals', 'chu.tich'],
    ];
    for (const [route, path, username] of reads) expect(mismatchesOf(openApi, 'get', route, 200, (await app.get(username, path)).body), path).toEqual([]);
  });
});
