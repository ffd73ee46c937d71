import { describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { documentAt } from '../../support/document-steps';
import { dossierAt, DOSSIER_PATH, reception, startOnestopApp, step, userId } from '../../support/onestop-desk';
import { useTestApp } from '../../support/test-app';

describe('the life of a one-stop dossier over HTTP, each step by its own role', () => {
  const app = useTestApp({}, startOnestopApp);

  it('desk receives → department → specialist → appraisal → submission → initial → signature → issue → desk → return', async () => {
    const received = await step(app, 'motcua1', '/api/dossiers', reception());
    expect(received.status, JSON.stringify(received.body)).toBe(201);
    expect(received.body).toMatchObject({ id: expect.any(String), revision: '0', dueDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), pin: expect.stringMatching(/^\d{6}$/) });
    expect(received.body.code).toMatch(/^VPUB-\d{6}-0001$/);
    const { id } = received.body;

    // The page's buttons: the steps each person may take now, from the same turns table the decider refuses by.
    const actionsOf = async (username: string): Promise<string[]> => {
      const token = await app.login(username);
      for (let tries = 0; ; tries++) {
        const page = await app.request('GET', `/api/dossiers/${id}`, { token });
        if (page.status === 200 || tries > 50) return page.body.actions;
        await new Promise((resolve) => setTimeout(resolve, 100)); // the summary waits for the projector
      }
    };
    expect(await actionsOf('motcua1')).toEqual(expect.arrayContaining(['transfer', 'withdraw', 'fees']));
    expect(await actionsOf('kiemtoan1')).toEqual([]); // an auditor sees it and takes no step

    for (const [i, [, username, name, body]] of DOSSIER_PATH.entries()) {
      const result = await step(app, username, `/api/dossiers/${id}/${name}`, body);
      expect(result.status, `${name} by ${username}: ${JSON.stringify(result.body)}`).toBe(201);
      expect(result.body).toMatchObject({ id, revision: String(i + 1) });
      if (name === 'issue') expect(result.body).toMatchObject({ outgoingNumber: expect.any(Number), symbol: expect.stringMatching(/^\d+\//) });
    }

    const history = await app.request('GET', `/api/dossiers/${id}/history`, { token: await app.login('kiemtoan1') });
    expect(history.status).toBe(200);
    const events = history.body.events as Array<{ type: string; prevHash: string; hash: string; actor: { id: string }; role: string; data: Record<string, unknown>; occurredAt: string }>;
    expect(events.map((e) => e.type)).toEqual([
      'DossierReceived', 'DossierTransferred', 'DossierTransferred', 'DossierAppraised', 'DossierResultSubmitted', 'DossierResultInitialled',
      'DossierResultSigned', 'DossierResultIssued', 'ResultReceivedAtDesk', 'ResultReturned',
    ]);
    expect(events[0]).toMatchObject({ actor: { id: userId('motcua1') }, role: 'onestop_officer', prevHash: '0'.repeat(64) });
    for (let i = 1; i < events.length; i++) expect(events[i].prevHash).toBe(events[i - 1].hash);
    // The control sheet: a row per hand-over (transfers, submission, initial, signature, issue, back at the desk).
    const handovers = events.filter((e) => e.data.handover).map((e) => e.data.handover as { stepNo: number; handedAt: string });
    expect(handovers).toHaveLength(7);

    const rated = await step(app, 'motcua1', `/api/dossiers/${id}/satisfaction`, { score: 5, answers: { 'Thái độ phục vụ': 'Rất hài lòng' } });
    expect(rated.status, JSON.stringify(rated.body)).toBe(201);

    const atAppraisal = await app.request('GET', `/api/dossiers/${id}/state?at=${encodeURIComponent(events[3].occurredAt)}`, { token: await app.login('kiemtoan1') });
    expect(atAppraisal.status).toBe(200);
    expect(atAppraisal.body).toMatchObject({ status: 'appraised', eventsApplied: 4, revision: '3' });
    expect(atAppraisal.body.state.handovers).toHaveLength(2);
  });

  it('records fees, payments, digitisation, partner opinions and an apology along the way', async () => {
    const { id } = (await step(app, 'motcua1', '/api/dossiers', reception())).body;
    expect((await step(app, 'motcua1', `/api/dossiers/${id}/fees`, { amountVnd: 150000 })).status).toBe(201);
    expect((await step(app, 'motcua1', `/api/dossiers/${id}/payments`, { method: 'transfer' })).status).toBe(201);
    expect((await step(app, 'motcua1', `/api/dossiers/${id}/digitise`, { items: [reception().items[0].name] })).status).toBe(201);
    for (const [username, name, body] of DOSSIER_PATH.slice(0, 2).map(([, u, n, b]) => [u, n, b] as const)) expect((await step(app, username, `/api/dossiers/${id}/${name}`, body)).status).toBe(201);
    const asked = await step(app, 'cv.kt1', `/api/dossiers/${id}/request-opinion`, { partner: 'Sở Xây dựng', request: 'Đề nghị cho ý kiến về quy hoạch' });
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    expect((await step(app, 'cv.kt1', `/api/dossiers/${id}/receive-opinion`, { partner: 'Sở Xây dựng', opinion: 'Thống nhất' })).status).toBe(201);
    const apology = await step(app, 'cv.kt1', `/api/dossiers/${id}/apologise`, { reason: 'Cần thêm thời gian lấy ý kiến', newDueDate: '2027-12-31' });
    expect(apology.status, JSON.stringify(apology.body)).toBe(201);
  });

  it('dossier results and documents share the year\'s outgoing register: consecutive numbers, no gap', async () => {
    const issue = { recipients: ['Nơi nhận', 'Lưu: VT'], copies: 2 };
    const dossier = await dossierAt(app, 'signed');
    const document = await documentAt(app, 'signed');
    const first = await step(app, 'vanthu1', `/api/dossiers/${dossier.id}/issue`, issue);
    const second = await step(app, 'vanthu2', `/api/documents/${document}/issue`, issue);
    expect([first.status, second.status], JSON.stringify([first.body, second.body])).toEqual([201, 201]);
    expect(second.body.outgoingNumber).toBe(first.body.outgoingNumber + 1);
  });
});
