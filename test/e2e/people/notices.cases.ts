import type { AddressInfo } from 'node:net';
import { NoticeSweep } from '@office/read-models';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { NoticeStreams } from '../../../apps/api/src/me/notices/notice-streams';
import { NoticeMailer } from '../../../apps/projector/src/notices/notice-mailer';
import { NoticeWorker } from '../../../apps/projector/src/notices/notice-worker';
import { mismatchesOf, type OpenApiDocument } from '../../support/open-api-check';
import { departmentId, documentAt, registration, step, userId } from '../../support/document-steps';
import { eventually } from '../../support/onestop-desk';
import { startTestApp, type TestApp } from '../../support/test-app';

/*
 * Pending work finds the person (issue 16 §2), over HTTP with the real projector: the counters
 * follow the queue, a notice reaches the open event stream of the person given the work, the
 * sweep tells of work due soon and overdue on a clock the test moves, and e-mails reach a real
 * SMTP server started here (smtp-server), once each, in the kinds the person chose.
 */

interface Mail {
  to: string[];
  subject: string;
  text: string;
}

/** A real SMTP server on a free port that keeps what it accepts; `failing` answers 451 (try later) to every message. */
async function startSmtp() {
  const mails: Mail[] = [];
  const state = { failing: false, refused: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (state.failing) {
        state.refused++;
        const error = new Error('Hộp thư tạm thời không nhận') as Error & { responseCode: number };
        error.responseCode = 451;
        return callback(error);
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), ...parseMime(Buffer.concat(chunks).toString('utf8')) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { url: `smtp://127.0.0.1:${port}`, mails, state, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Just enough MIME for nodemailer's text messages: unfolded headers, RFC 2047 words, quoted-printable or base64 bodies. */
function parseMime(raw: string): { subject: string; text: string } {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const headers = head.replace(/\r?\n[ \t]+/g, ' ');
  const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(headers)?.[1] ?? '';
  const subject = header('Subject')
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([BQ])\?([^?]*)\?=/gi, (_all, encoding: string, word: string) =>
      encoding.toUpperCase() === 'B' ? Buffer.from(word, 'base64').toString('utf8') : qp(word.replace(/_/g, ' ')),
    );
  const body = rest.join('\n\n');
  const encoding = header('Content-Transfer-Encoding').toLowerCase();
  const text = encoding === 'base64' ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8') : encoding === 'quoted-printable' ? qp(body.replace(/=\r?\n/g, '')) : body;
  return { subject, text };
}

function qp(text: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '=' && /^[0-9A-F]{2}$/i.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(text[i], 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** An open notice stream, read as the web app reads it (fetch + reader, bearer token). */
async function openStream(app: TestApp, username: string) {
  const controller = new AbortController();
  const response = await fetch(`${app.baseUrl}/api/me/notices/stream`, { headers: { authorization: `Bearer ${await app.login(username)}` }, signal: controller.signal });
  const events: Array<{ event: string; data: any }> = []; // eslint-disable-line @typescript-eslint/no-explicit-any -- checked field by field
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  const reading = (async () => {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (event && data) events.push({ event, data: JSON.parse(data) });
      }
    }
  })().catch(() => undefined);
  return {
    response,
    events,
    /** Settles when the server ends the stream. */
    ended: reading,
    close: async () => {
      controller.abort();
      await reading;
    },
  };
}

describe('notices: counters, live notices, the due-soon sweep and e-mail', () => {
  let app: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let mailNow = Date.now();
  let mailer: NoticeMailer;

  beforeAll(async () => {
    smtp = await startSmtp();
    app = await startTestApp();
    mailer = new NoticeMailer(app.platform.dataSource, { smtpUrl: smtp.url, from: 'Văn phòng UBND tỉnh <thongbao@vpubnd.example.vn>', baseUrl: 'http://vpubnd.example.vn', clock: () => new Date(mailNow) });
  }, 120_000);

  let closed = false;
  afterAll(async () => {
    mailer?.close();
    if (!closed) await app?.close();
    await smtp?.close();
  });

  const counters = async (username: string) => (await app.request('GET', '/api/me/counters', { token: await app.login(username) })).body;
  const notices = async (username: string, unread = false) => (await app.request('GET', `/api/me/notices${unread ? '?unread=true' : ''}`, { token: await app.login(username) })).body;

  it('a document assigned: the specialist’s counter goes up and the notice arrives on the open stream; reading marks it', async () => {
    const before = await counters('cv.kt1');
    expect(before.documents.steps).toMatchObject({ appraise: { total: expect.any(Number), overdue: 0, dueSoon: 0 } });
    const stream = await openStream(app, 'cv.kt1');
    expect(stream.response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    await eventually(async () => stream.events, (events) => events.some((e) => e.event === 'unread'));

    const id = await documentAt(app, 'assigned', { excerpt: 'Về việc thông báo trực tiếp cho chuyên viên được giao' });
    const pushed = await eventually(async () => stream.events.find((e) => e.event === 'notice' && e.data.notice.link === `/van-ban/${id}`), (found) => found !== undefined);
    expect(pushed?.data.notice).toMatchObject({ kind: 'new_work', subjectStream: `document-${id}`, readAt: null });
    expect(pushed?.data.notice.title).toMatch(/^Được giao xử lý: văn bản đến số \d+\/\d{4} \(Về việc thông báo trực tiếp/);
    expect(pushed?.data.unread).toBeGreaterThanOrEqual(1);
    expect(app.api.get(NoticeStreams).count()).toBe(1);
    await stream.close();
    await eventually(async () => app.api.get(NoticeStreams).count(), (n) => n === 0);

    const after = await eventually(() => counters('cv.kt1'), (c) => c.documents.steps.appraise.total === before.documents.steps.appraise.total + 1);
    expect(after.documents.steps.appraise.total).toBe(before.documents.steps.appraise.total + 1);
    expect(after.documents.total).toBe(before.documents.total + 1);
    // The counters count what the queue lists: one definition.
    const queue = (await app.request('GET', '/api/me/queue', { token: await app.login('cv.kt1') })).body;
    expect(after.documents.total).toBe(queue.total);
    // The head who assigned is not told of his own step; the office leader was told of the registration.
    expect((await notices('tp.kt')).items.some((n: { link: string; kind: string; title: string }) => n.link === `/van-ban/${id}` && n.title.startsWith('Được giao'))).toBe(false);
    expect((await notices('pho.chanh.vp.kt')).items.some((n: { link: string; title: string }) => n.link === `/van-ban/${id}` && n.title.startsWith('Chờ phân phối'))).toBe(true);

    const unread = await notices('cv.kt1', true);
    const notice = unread.items.find((n: { id: string }) => n.id === pushed?.data.notice.id);
    expect(notice).toBeDefined();
    const read = await app.request('POST', `/api/me/notices/${notice.id}/read`, { token: await app.login('cv.kt1') });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id: notice.id, readAt: expect.any(String), unread: unread.unread - 1 });
    expect((await notices('cv.kt1', true)).items.some((n: { id: string }) => n.id === notice.id)).toBe(false);
    // Someone else's notice is not there for them.
    const foreign = await app.request('POST', `/api/me/notices/${notice.id}/read`, { token: await app.login('cv.kt2') });
    expect(foreign.status).toBe(404);
    const bad = await app.request('POST', '/api/me/notices/not-a-uuid/read', { token: await app.login('cv.kt1') });
    expect(bad.status).toBe(400);
    // The answers are those OpenAPI describes.
    const openApi: OpenApiDocument = (await app.request('GET', '/api/docs-json')).body;
    const described = async (method: string, route: string, answer: { status: number; body: unknown }) => expect(mismatchesOf(openApi, method, route, answer.status, answer.body), route).toEqual([]);
    await described('get', '/api/me/counters', await app.request('GET', '/api/me/counters', { token: await app.login('cv.kt1') }));
    await described('get', '/api/me/notices', await app.request('GET', '/api/me/notices', { token: await app.login('cv.kt1') }));
    await described('post', '/api/me/notices/{id}/read', read);
    await described('get', '/api/me/notice-preferences', await app.request('GET', '/api/me/notice-preferences', { token: await app.login('cv.kt1') }));
    const readAll = await app.request('POST', '/api/me/notices/read-all', { token: await app.login('cv.kt1') });
    await described('post', '/api/me/notices/read-all', readAll);
    expect(readAll.body).toMatchObject({ unread: 0 });
    expect((await notices('cv.kt1')).unread).toBe(0);
  });

  it('the sweep tells of work due within one working day, then overdue, once per item and day', async () => {
    const id = await documentAt(app, 'assigned', { excerpt: 'Về việc kiểm tra thời hạn trình bằng đồng hồ thử' });
    const summary = await eventually(async () => (await app.request('GET', `/api/documents/${id}`, { token: await app.login('cv.kt1') })).body, (s) => s.assigneeId === userId('cv.kt1'));
    const due: string = summary.nextDue;
    expect(due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const dueDay = new Date(`${due}T09:00:00+07:00`);
    const ofItem = async () => (await notices('cv.kt1')).items.filter((n: { subjectStream: string; kind: string }) => n.subjectStream === `document-${id}` && n.kind !== 'new_work');

    await new NoticeSweep(app.platform.dataSource, () => dueDay).run();
    await new NoticeSweep(app.platform.dataSource, () => new Date(dueDay.getTime() + 3_600_000)).run();
    const soon = await ofItem();
    expect(soon.map((n: { kind: string }) => n.kind)).toEqual(['due_soon']);
    expect(soon[0].title).toBe(`Sắp đến hạn (hạn ${due.split('-').reverse().join('/')}): văn bản đến số ${summary.incomingNumber}/${summary.incomingYear} (Về việc kiểm tra thời hạn trình bằng đồng hồ thử)`);
    expect(soon[0]).toMatchObject({ dueOn: due, link: `/van-ban/${id}` });

    const dayAfter = new Date(dueDay.getTime() + 24 * 3_600_000);
    await new NoticeSweep(app.platform.dataSource, () => dayAfter).run();
    await new NoticeSweep(app.platform.dataSource, () => dayAfter).run();
    expect((await ofItem()).map((n: { kind: string }) => n.kind).sort()).toEqual(['due_soon', 'overdue']);
  });

  it('e-mails a notice to the person once, in Vietnamese with the link; nothing for a kind turned off', async () => {
    const off = { inApp: { new_work: true, due_soon: true, overdue: true, returned: true }, email: { new_work: false, due_soon: true, overdue: true, returned: true } };
    const put = await app.request('PUT', '/api/me/notice-preferences', { token: await app.login('cv.kt2'), body: off });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ changed: true });
    expect((await app.request('PUT', '/api/me/notice-preferences', { token: await app.login('cv.kt2'), body: off })).body).toMatchObject({ changed: false });
    expect((await app.request('GET', '/api/me/notice-preferences', { token: await app.login('cv.kt2') })).body).toEqual({ ...off, chosen: true });
    const incomplete = await app.request('PUT', '/api/me/notice-preferences', { token: await app.login('cv.kt2'), body: { inApp: off.inApp, email: { new_work: true } } });
    expect(incomplete.status).toBe(400);

    const mailed = await documentAt(app, 'assigned', { excerpt: 'Về việc gửi thư điện tử cho chuyên viên' });
    const notMailed = await step(app, 'vanthu1', '/api/documents', registration({ excerpt: 'Về việc chuyên viên đã tắt thư điện tử' }));
    await step(app, 'pho.chanh.vp.kt', `/api/documents/${notMailed.body.id}/distribute`, { departmentId: departmentId('KT'), direction: 'Giao Phòng Kinh tế' });
    await step(app, 'tp.kt', `/api/documents/${notMailed.body.id}/assign`, { specialistId: userId('cv.kt2') });
    // Both notices are projected (the one not mailed is shown in the app) before the mailer runs.
    await eventually(() => notices('cv.kt1'), (n) => n.items.some((i: { link: string }) => i.link === `/van-ban/${mailed}`));
    await eventually(() => notices('cv.kt2'), (n) => n.items.some((i: { link: string }) => i.link === `/van-ban/${notMailed.body.id}`));

    mailNow = Date.now();
    await mailer.runOnce();
    await mailer.runOnce();
    const toKt1 = smtp.mails.filter((m) => m.to.includes('cv.kt1@vpubnd.example.vn') && m.text.includes(`/van-ban/${mailed}`));
    expect(toKt1).toHaveLength(1);
    expect(toKt1[0].subject).toMatch(/^\[Việc mới\] Được giao xử lý: văn bản đến số \d+\/\d{4} \(Về việc gửi thư điện tử cho chuyên viên\)$/);
    expect(toKt1[0].text).toContain('Kính gửi Lý Minh Tuấn,');
    expect(toKt1[0].text).toContain(`Xem và xử lý tại: http://vpubnd.example.vn/van-ban/${mailed}`);
    expect(smtp.mails.some((m) => m.to.includes('cv.kt2@vpubnd.example.vn') && m.text.includes(notMailed.body.id))).toBe(false);
  });

  it('a temporarily failing SMTP server gets the mail later, exactly once', async () => {
    smtp.state.failing = true;
    const id = await documentAt(app, 'assigned', { excerpt: 'Về việc máy chủ thư tạm thời từ chối' });
    await eventually(() => notices('cv.kt1'), (n) => n.items.some((i: { link: string }) => i.link === `/van-ban/${id}`));
    const ofThis = () => smtp.mails.filter((m) => m.text.includes(`/van-ban/${id}`) && m.to.includes('cv.kt1@vpubnd.example.vn'));

    mailNow = Date.now();
    const first = await mailer.runOnce();
    expect(first.failed).toBeGreaterThanOrEqual(1);
    expect(smtp.state.refused).toBeGreaterThanOrEqual(1);
    smtp.state.failing = false;
    // Within the backoff nothing is tried again.
    expect(await mailer.runOnce()).toEqual({ sent: 0, failed: 0 });
    expect(ofThis()).toHaveLength(0);

    mailNow += 31_000;
    const second = await mailer.runOnce();
    expect(second.sent).toBeGreaterThanOrEqual(1);
    mailNow += 3_600_000;
    await mailer.runOnce();
    expect(ofThis()).toHaveLength(1);
    const keys = smtp.mails.map((m) => `${m.to.join()} ${m.subject}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('runs in the projector process on its own: the worker mails what is projected', async () => {
    const worker = new NoticeWorker(app.platform.dataSource, {
      sweepMinutes: 60, smtpUrl: smtp.url, mailFrom: 'Văn phòng UBND tỉnh <thongbao@vpubnd.example.vn>', baseUrl: 'http://vpubnd.example.vn', mailPollMs: 100,
      logger: { log: () => undefined, warn: (m) => console.warn(m), error: (m) => console.error(m) },
    });
    worker.start();
    try {
      const id = await documentAt(app, 'assigned', { excerpt: 'Về việc bộ gửi thư chạy cùng bộ chiếu' });
      const mails = await eventually(async () => smtp.mails.filter((m) => m.text.includes(`/van-ban/${id}`)), (found) => found.some((m) => m.to.includes('cv.kt1@vpubnd.example.vn')), 15_000);
      expect(mails.filter((m) => m.to.includes('cv.kt1@vpubnd.example.vn'))).toHaveLength(1);
    } finally {
      await worker.stop();
    }
  });

  it('ends every open stream when the API shuts down', async () => {
    const stream = await openStream(app, 'cv.kt2');
    await eventually(async () => stream.events, (events) => events.some((e) => e.event === 'unread'));
    closed = true;
    // The close completes (an open stream would hold it) and the reader sees the end, unaborted.
    await app.close();
    await stream.ended;
    await stream.close();
    expect(app.api.get(NoticeStreams).count()).toBe(0);
  });
});
