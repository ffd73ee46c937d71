import { describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { auditorReadsStream } from '@office/audit';
import { accessStreamName, addCalendarDays, documentStreamName, localDateOf } from '@office/domain';
import { documentAt, registration, step, userId } from '../../support/document-steps';
import { useTestApp } from '../../support/test-app';

/** Issue 18 §6 and §9: reads recorded as DOMAIN.md §2 says, and the contract points of API.md. */
describe('hardening: recorded reads and contract points', () => {
  // A fixed clock: what is late is decided on the API's today, the test's today is the same day.
  const now = new Date('2026-11-20T09:00:00+07:00');
  const today = localDateOf(now);
  const app = useTestApp({ clock: () => now });
  /** Global position of a document's last event: what `?minPosition=` must wait for to see it. */
  const positionOf = async (id: string) => (await app.platform.eventStore.readStream(documentStreamName(id))).at(-1)!.position.toString();
  const eventsIn = async (stream: string) => (await app.platform.eventStore.readStream(stream)).length;

  it('history events carry actor{id, name} and role', async () => {
    const id = await documentAt(app, 'distributed');
    const { body } = await app.get('vanthu1', `/api/documents/${id}/history`);
    expect(body.events[0]).toMatchObject({ type: 'DocumentReceived', actor: { id: userId('vanthu1'), name: expect.stringMatching(/\S/) }, role: 'clerk' });
    expect(body.events.at(-1)).toMatchObject({ actor: { id: userId('pho.chanh.vp.kt') }, role: 'office_deputy_chief' });
  });

  it('reads `late` for a deadline not met whose due date has passed, in the summary, the list and the state', async () => {
    const weeksAgo = addCalendarDays(today, -20);
    const registered = await step(app, 'vanthu1', '/api/documents', registration({ receivedAt: `${weeksAgo}T02:00:00Z`, excerpt: 'V/v báo cáo chậm' }));
    expect(registered.status).toBe(201);
    const id: string = registered.body.id;
    const at = await positionOf(id);
    const summary = await app.get('vanthu1', `/api/documents/${id}?minPosition=${at}`);
    expect(summary.body.deadlines.distribute).toMatchObject({ state: 'late' });
    expect(summary.body.deadlines.distribute.due < today).toBe(true);
    const listed = (await app.get('vanthu1', `/api/documents?q=bao cao cham&minPosition=${at}`)).body.items;
    expect(listed).toEqual([expect.objectContaining({ id, deadlines: expect.objectContaining({ distribute: expect.objectContaining({ state: 'late' }) }) })]);
    const state = await app.get('vanthu1', `/api/documents/${id}/state?at=${now.toISOString()}`);
    expect(state.body.deadlines.distribute.state).toBe('late');
  });

  it('records one read per confidential document shown by a list, a search, the confidential register (JSON and CSV) and the queue', async () => {
    const secret = await step(app, 'vanthu1', '/api/documents', registration({ confidentiality: 'confidential', excerpt: 'V/v phương án bảo vệ mục tiêu' }));
    const normal = await step(app, 'vanthu1', '/api/documents', registration({ excerpt: 'V/v thường' }));
    const at = await positionOf(normal.body.id);
    const recorded = () => eventsIn(accessStreamName(secret.body.id));
    const before = await recorded();
    // The office chief sees every register row; the office leader of the field must distribute it (his queue).
    const reads: Array<[string, string]> = [
      ['chanh.vp', `/api/documents?minPosition=${at}`],
      ['chanh.vp', `/api/documents?q=${encodeURIComponent('bảo vệ mục tiêu')}&minPosition=${at}`],
      ['chanh.vp', `/api/registers/incoming?series=confidential&minPosition=${at}`],
      ['chanh.vp', `/api/registers/incoming?series=confidential&format=csv&minPosition=${at}`],
      ['pho.chanh.vp.kt', `/api/me/queue?minPosition=${at}`],
    ];
    for (const [i, [username, path]] of reads.entries()) {
      const { status, body } = await app.get(username, path);
      expect(status, path).toBe(200);
      if (path.includes('format=csv')) expect(body).toContain('bảo vệ mục tiêu');
      expect(await recorded(), path).toBe(before + i + 1);
    }
    const [last] = (await app.platform.eventStore.readStream(accessStreamName(secret.body.id))).slice(-1);
    expect(last).toMatchObject({ type: 'DocumentViewed', data: { documentId: secret.body.id, because: 'confidential', by: userId('pho.chanh.vp.kt') } });
    expect(await eventsIn(accessStreamName(normal.body.id))).toBe(0);
  });

  it('records nothing for an auditor\'s refused read, and the read once answered', async () => {
    const stream = auditorReadsStream(userId('kiemtoan1'));
    const before = await eventsIn(stream);
    expect((await app.get('kiemtoan1', '/api/audit/access-log?from=2026-02-30')).status).toBe(400);
    expect((await app.get('kiemtoan1', '/api/audit/access-log?pageSize=100000')).status).toBe(400);
    expect((await app.get('kiemtoan1', '/api/audit/verify?stream=nothing-here')).status).toBe(404);
    expect(await eventsIn(stream)).toBe(before);
    expect((await app.get('kiemtoan1', '/api/audit/access-log')).status).toBe(200);
    expect(await eventsIn(stream)).toBe(before + 1);
  });

  it('answers 409 WRONG_STATE to issuing an already issued document', async () => {
    const id = await documentAt(app, 'issued');
    const again = await step(app, 'vanthu1', `/api/documents/${id}/issue`, { recipients: ['Sở Kế hoạch và Đầu tư'], copies: 1 });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('WRONG_STATE');
  });
});
