import { beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { lastWritten } from '../../support/database';
import { departmentId, userId } from '../../support/document-steps';
import { useTestApp } from '../../support/test-app';

/*
 * The statistics against figures computed by hand for a small scripted week with holidays:
 * Mon 28/4 – Sun 4/5/2025, where Wed 30/4, Thu 1/5 and Fri 2/5 are off and Sat 26/4 was worked
 * (DOMAIN.md §3). Five KH-DT documents with known times; "today" is Wed 7/5 09:00.
 *
 *   A normal  received Fri 25/4 09:00, distributed Mon 28/4 (due Sat 26/4, a worked day: 1 working
 *             day late), submitted Tue 29/4 (due Tue 6/5: on time, 3 working days after receipt
 *             counting Sat 26/4), signed and issued Tue 29/4 (issue due Mon 5/5): completed late.
 *   B urgent  received Tue 29/4 08:00, everything the same day but the issue, due that day and
 *             done Mon 5/5: 1 working day late (30/4–4/5 are holidays and a weekend).
 *   C normal  received Mon 28/4, distributed Tue 29/4 (due 29/4), appraised; submit due Thu 8/5:
 *             in progress, within time.
 *   D normal  received Tue 29/4 16:00 and never distributed: distribution due Mon 5/5, two working
 *             days late today; the supplement clock (due Tue 6/5) still runs before appraisal.
 *   E normal  received Mon 28/4, the leader's due date Wed 30/4, issued Tue 29/4: completed early.
 */
describe('statistics of a scripted week with holidays', () => {
  const app = useTestApp({ clock: () => now });
  let now = new Date('2025-04-25T02:00:00Z');
  const at = (local: string) => (now = new Date(`${local.replace(' ', 'T')}:00+07:00`));
  const ids: Record<string, string> = {};
  let head = '';

  const register = (key: string, urgency = 'normal') => async () => {
    const body = {
      source: { agency: 'Sở Kế hoạch và Đầu tư', symbol: `${key}/SKHĐT-KH`, issuedDate: '2025-04-21', signer: 'Nguyễn Văn An' },
      excerpt: `Về việc hồ sơ ${key} của tuần giao ban`,
      documentType: 'Công văn',
      fieldCode: 'KH-DT',
      urgency,
      confidentiality: 'normal',
      channel: 'electronic',
    };
    ids[key] = (await post('vanthu1', '/api/documents', body)).id;
  };
  const step = (key: string, username: string, name: string, body: unknown) => () => post(username, `/api/documents/${ids[key]}/${name}`, body);
  const distribute = (key: string, dueDate: string | null = null) => step(key, 'pho.chanh.vp.kt', 'distribute', { departmentId: departmentId('KT'), direction: 'Giao Phòng Kinh tế tham mưu', dueDate });
  const assign = (key: string) => step(key, 'tp.kt', 'assign', { specialistId: userId('cv.kt1') });
  const appraise = (key: string) =>
    step(key, 'cv.kt1', 'appraise', { findings: { procedure: { ok: true }, format: { ok: true }, content: { ok: true }, legality: { ok: true } }, outcome: 'valid' });
  const submit = (key: string) =>
    step(key, 'cv.kt1', 'submit', { leaderId: userId('pho.chu.tich.kt'), proposal: 'Kính trình', draft: { documentType: 'decision', excerpt: 'Quyết định phê duyệt' } });
  const initial = (key: string) => step(key, 'pho.chanh.vp.kt', 'initial', { agree: true });
  const sign = (key: string) => step(key, 'pho.chu.tich.kt', 'sign', { decision: 'approved' });
  const issue = (key: string) => step(key, 'vanthu1', 'issue', { recipients: ['Sở Kế hoạch và Đầu tư', 'Lưu: VT'], copies: 2 });

  async function post(username: string, path: string, body: unknown) {
    const answer = await app.request('POST', path, { token: await app.login(username), body });
    if (answer.status !== 201) throw new Error(`${username} POST ${path} at ${now.toISOString()}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  }
  async function get(username: string, path: string) {
    const answer = await app.request('GET', `${path}&minPosition=${head}`, { token: await app.login(username) });
    expect(answer.status).toBe(200);
    // At least the script's last event (background work such as number reconciliation may add more).
    expect(BigInt(answer.body.projectedPosition)).toBeGreaterThanOrEqual(BigInt(head));
    return answer.body;
  }

  beforeAll(async () => {
    const script: Array<[string, () => Promise<unknown>]> = [
      ['2025-04-25 09:00', register('A')],
      ['2025-04-28 08:00', register('E')],
      ['2025-04-28 08:30', distribute('E', '2025-04-30')],
      ['2025-04-28 09:00', distribute('A')],
      ['2025-04-28 09:15', assign('E')],
      ['2025-04-28 10:00', register('C')],
      ['2025-04-28 10:00', assign('A')],
      ['2025-04-28 10:30', appraise('E')],
      ['2025-04-28 11:00', submit('E')],
      ['2025-04-28 14:00', appraise('A')],
      ['2025-04-28 14:30', initial('E')],
      ['2025-04-29 08:00', register('B', 'urgent')],
      ['2025-04-29 08:30', distribute('C')],
      ['2025-04-29 09:00', distribute('B')],
      ['2025-04-29 09:00', submit('A')],
      ['2025-04-29 09:05', sign('E')],
      ['2025-04-29 09:10', assign('C')],
      ['2025-04-29 09:30', assign('B')],
      ['2025-04-29 10:00', appraise('B')],
      ['2025-04-29 10:00', initial('A')],
      ['2025-04-29 10:10', issue('E')],
      ['2025-04-29 10:30', submit('B')],
      ['2025-04-29 11:00', initial('B')],
      ['2025-04-29 11:00', sign('A')],
      ['2025-04-29 14:00', sign('B')],
      ['2025-04-29 15:00', issue('A')],
      ['2025-04-29 16:00', register('D')],
      ['2025-04-29 16:00', appraise('C')],
      ['2025-05-05 09:00', issue('B')],
    ];
    for (const [time, action] of script) {
      at(time);
      await action();
    }
    at('2025-05-07 09:00');
    head = (await lastWritten(app.platform.dataSource)).toString();
  });

  it('gives the weekly briefing of 28/4–4/5 exactly', async () => {
    const b = await get('chanh.vp', '/api/stats/briefing?from=2025-04-28&to=2025-05-04');
    expect(b.period).toMatchObject({ from: '2025-04-28', to: '2025-05-04', today: '2025-05-07' });
    expect(b.received).toEqual({ total: 4, byUrgency: { normal: 3, urgent: 1, very_urgent: 0, flash: 0 } });
    expect(b.awaitingDistribution).toBe(1);
    expect(b.inProgress).toEqual({ total: 2, withinTime: 1, overdue: 1 });
    expect(b.completed).toEqual({ total: 2, early: 1, onTime: 0, late: 1 });
    expect(b.onTimeRate).toBe(0.5);
    expect(b.outgoingIssued).toEqual({ total: 2, byDocumentType: { decision: 2 } });
    expect(b.overdueList).toHaveLength(1);
    expect(b.overdueList[0]).toMatchObject({ documentId: ids.D, workingDaysLate: 2 });
    expect(b.overdueList[0].overdueSteps).toEqual(
      expect.arrayContaining([
        { step: 'distribute', due: '2025-05-05', workingDaysLate: 2 },
        { step: 'supplement', due: '2025-05-06', workingDaysLate: 1 },
      ]),
    );
    const step = (name: string) => b.steps.find((s: { step: string }) => s.step === name);
    expect(step('distribute')).toMatchObject({ done: 4, onTime: 3, late: 1, openOverdue: 1, onTimeRate: 0.75 });
    expect(step('supplement')).toMatchObject({ done: 0, onTime: 0, late: 0, openOverdue: 1, onTimeRate: null });
    expect(step('submit')).toMatchObject({ done: 3, onTime: 3, late: 0, openOverdue: 0 });
    expect(step('issue')).toMatchObject({ done: 2, onTime: 2, late: 0, openOverdue: 0 });
    expect(step('leader')).toMatchObject({ done: 1, onTime: 1, late: 0 });
    // Eight weeks up to the period's: A received in the week of 21/4; four received and A, E issued in the week of 28/4.
    expect(b.trend.map((w: { weekStart: string }) => w.weekStart)).toEqual(['2025-03-10', '2025-03-17', '2025-03-24', '2025-03-31', '2025-04-07', '2025-04-14', '2025-04-21', '2025-04-28']);
    expect(b.trend[6]).toEqual({ weekStart: '2025-04-21', received: 1, completed: 0, onTime: 0, late: 0, onTimeRate: null });
    expect(b.trend[7]).toEqual({ weekStart: '2025-04-28', received: 4, completed: 2, onTime: 1, late: 1, onTimeRate: 0.5 });
  });

  it('gives the ISO compliance figures, in working days across the holidays, exactly', async () => {
    const c = await get('thuky.iso', '/api/iso/compliance?from=2025-04-21&to=2025-05-09');
    const step = (name: string) => c.steps.find((s: { step: string }) => s.step === name);
    // distribute: A 2 working days (Sat 26/4, Mon 28/4), B 0, C 1, E 0; A one working day late.
    expect(step('distribute')).toMatchObject({ count: 4, onTime: 3, late: 1, maxWorkingDaysLate: 1, openNow: 1, openOverdueNow: 1 });
    expect(step('distribute').medianWorkingDays).toBeCloseTo(0.5, 9);
    expect(step('distribute').p90WorkingDays).toBeCloseTo(1.7, 9);
    // submit: A 3 working days (26/4, 28/4, 29/4), B 0, E 0; C and D still open, neither overdue.
    expect(step('submit')).toMatchObject({ count: 3, onTime: 3, late: 0, maxWorkingDaysLate: 0, openNow: 2, openOverdueNow: 0 });
    expect(step('submit').medianWorkingDays).toBe(0);
    expect(step('submit').p90WorkingDays).toBeCloseTo(2.4, 9);
    // issue: B signed 29/4, issued 5/5 = 1 working day, 1 late (not 6 calendar days).
    expect(step('issue')).toMatchObject({ count: 3, onTime: 2, late: 1, maxWorkingDaysLate: 1, openNow: 0 });
    expect(step('issue').p90WorkingDays).toBeCloseTo(0.8, 9);
    expect(step('leader')).toMatchObject({ count: 1, onTime: 1, late: 0, medianWorkingDays: 1, openNow: 0 });
    expect(step('supplement')).toMatchObject({ count: 0, openNow: 1, openOverdueNow: 1 });
  });
});
