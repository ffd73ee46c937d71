import { createHash } from 'node:crypto';
import { documentTimeline, timelineText } from '@office/audit';
import { unzip } from '@office/audit/testing/unzip';
import { hasPdfToText, pdfPages } from '@office/forms/testing/pdf-text';
import { localDateOf } from '@office/domain';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { DigestScheduler } from '../../../apps/api/src/audit/digests/digest-scheduler';
import { documentAt, registration, step, userId } from '../../support/document-steps';
import { useTestApp } from '../../support/test-app';

interface EventRow {
  position: string;
  event_id: string;
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
}

/*
 * Auditors and ISO secretaries through the real product: verification (and tamper drills done
 * straight in PostgreSQL), digests, the access log fed by the projector, the evidence pack.
 */
describe('audit, digests, access log and evidence over HTTP', () => {
  // A fixed clock: the digest's day, the access log's and the pack's period are the API's today, which the system clock would move at midnight in the middle of the part.
  const now = new Date('2026-11-20T09:00:00+07:00');
  const today = localDateOf(now);
  const app = useTestApp({ clock: () => now });
  let sql: Client;
  let issued: string;
  let secret: string;
  /**
   * The position of the last event written, once readers can see it: readers stop below the oldest
   * transaction open anywhere in the cluster, and parallel test files share it, so a long write
   * elsewhere holds the readable head back for a moment.
   */
  const head = async () => {
    const last = BigInt((await sql.query<{ p: string }>('SELECT max(position)::text AS p FROM event_store.events')).rows[0].p);
    for (let tries = 0; tries < 300 && (await app.platform.eventStore.headPosition()) < last; tries++) await new Promise((resolve) => setTimeout(resolve, 100));
    return last.toString();
  };
  const rowOf = async (stream: string, revision: number) =>
    (await sql.query<EventRow>('SELECT position::text, event_id, data, metadata FROM event_store.events WHERE stream_id = $1 AND revision = $2', [stream, revision])).rows[0];

  beforeAll(async () => {
    sql = new Client({ connectionString: app.platform.databaseUrl });
    await sql.connect();
    issued = await documentAt(app, 'issued');
    const registered = await step(app, 'vanthu1', '/api/documents', registration({ confidentiality: 'confidential', excerpt: 'Về việc bảo vệ bí mật nhà nước năm 2026' }));
    secret = registered.body.id;
    await documentAt(app, 'received', { excerpt: 'Về việc đề nghị hỗ trợ kinh phí sửa chữa trường học' });
  });
  afterAll(async () => {
    await sql?.end();
  });

  it('verifies the whole log and one stream for auditors only, positions as strings', async () => {
    expect((await app.get('thuky.iso', '/api/audit/verify')).status).toBe(403);
    await head();
    const whole = await app.get('kiemtoan1', '/api/audit/verify');
    expect(whole.status).toBe(200);
    expect(whole.body).toMatchObject({ ok: true, headPosition: expect.stringMatching(/^\d+$/), digests: { ok: true, checked: 0 } });
    expect(whole.body.eventsChecked).toBeGreaterThan(10);
    const one = await app.get('kiemtoan1', `/api/audit/verify?stream=document-${issued}`);
    expect(one.body).toMatchObject({ ok: true, streamsChecked: 1, eventsChecked: 8 });
    expect((await app.get('kiemtoan1', `/api/audit/verify?stream=${'x'.repeat(201)}`)).status).toBe(400);
  });

  it('publishes the daily digest once per day and on demand, lists them, and checks them in verification', async () => {
    const scheduler = app.api.get(DigestScheduler);
    expect(await scheduler.publishDaily()).toBe(true);
    expect(await scheduler.publishDaily()).toBe(false);
    expect((await app.request('POST', '/api/audit/digests', { token: await app.login('vanthu1') })).status).toBe(403);
    const published = await app.request('POST', '/api/audit/digests', { token: await app.login('quantri'), headers: { 'Idempotency-Key': 'digest-now-1' } });
    expect(published.status).toBe(201);
    const again = await app.request('POST', '/api/audit/digests', { token: await app.login('quantri'), headers: { 'Idempotency-Key': 'digest-now-1' } });
    expect(again.body.id).toBe(published.body.id);
    const { body } = await app.get('kiemtoan1', '/api/audit/digests');
    expect(body.digests.map((d: { kind: string }) => d.kind)).toEqual(['daily', 'on_demand']);
    expect(body.latest).toMatchObject({ kind: 'on_demand', day: today, previousDigestHash: body.digests[0].hash, headsHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const verified = await app.get('kiemtoan1', '/api/audit/verify');
    expect(verified.body).toMatchObject({ ok: true, digests: { ok: true, checked: 2, headsChecked: true, latest: { eventId: body.latest.eventId } } });
  });

  it('names what a tampering DBA altered, deleted or reordered', async () => {
    const stream = `document-${issued}`;
    const verify = async () => (await app.get('kiemtoan1', '/api/audit/verify')).body;

    const altered = await rowOf(stream, 2);
    await sql.query(`UPDATE event_store.events SET data = jsonb_set(data, '{reason}', '"sửa lén"') WHERE event_id = $1`, [altered.event_id]);
    expect((await verify()).firstBroken).toMatchObject({ streamId: stream, revision: '2', eventId: altered.event_id, reason: 'hash mismatch' });
    await sql.query('UPDATE event_store.events SET data = $1 WHERE event_id = $2', [altered.data, altered.event_id]);

    const [a, b] = [await rowOf(stream, 4), await rowOf(stream, 5)];
    const move = (id: string, position: string) => sql.query('UPDATE event_store.events SET position = $1 WHERE event_id = $2', [position, id]);
    await move(a.event_id, '-1');
    await move(b.event_id, a.position);
    await move(a.event_id, b.position);
    const reordered = await verify();
    expect(reordered.firstBroken).toMatchObject({ streamId: stream, revision: '5', eventId: b.event_id });
    await move(a.event_id, '-1');
    await move(b.event_id, b.position);
    await move(a.event_id, a.position);

    const last = await sql.query('SELECT * FROM event_store.events WHERE stream_id = $1 AND revision = 7', [stream]);
    await sql.query('DELETE FROM event_store.events WHERE stream_id = $1 AND revision = 7', [stream]);
    const removed = await verify();
    expect(removed.firstBroken).toBeUndefined();
    expect(removed.ok).toBe(false);
    expect(removed.digests.firstBroken).toMatchObject({ streamId: stream, revision: '7' });
    const r = last.rows[0];
    await sql.query('INSERT INTO event_store.events (position, stream_id, revision, event_id, type, data, metadata, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)', [
      r.position, r.stream_id, r.revision, r.event_id, r.type, r.data, r.metadata, r.recorded_at,
    ]);
    expect((await verify()).ok).toBe(true);
  });

  it('lists auditors\' reads and reads of confidential documents in the access log', async () => {
    expect((await app.get('kiemtoan1', `/api/documents/${issued}/history`)).status).toBe(200);
    expect((await app.get('vanthu1', `/api/documents/${secret}`)).status).toBe(200);
    expect((await app.get('kiemtoan1', '/api/registers/incoming?format=csv')).status).toBe(200);
    expect((await app.get('vanthu1', `/api/documents/${issued}/history`)).status).toBe(200); // neither auditor nor confidential: not recorded
    expect((await app.get('vanthu1', '/api/audit/access-log')).status).toBe(403);
    const log = await app.get('kiemtoan1', `/api/audit/access-log?from=${today}&to=${today}&minPosition=${await head()}`);
    expect(log.status).toBe(200);
    const entries: Array<Record<string, unknown>> = log.body.entries;
    expect(entries).toEqual(expect.arrayContaining([
      expect.objectContaining({ kind: 'document', documentId: issued, view: 'history', because: 'auditor', userId: userId('kiemtoan1'), userName: 'Chu Văn Bình' }),
      expect.objectContaining({ kind: 'document', documentId: secret, view: 'summary', because: 'confidential', userId: userId('vanthu1'), userName: 'Lương Thị Hạnh' }),
      expect.objectContaining({ kind: 'records', view: '/api/registers/incoming', query: 'format=csv', userId: userId('kiemtoan1') }),
      expect.objectContaining({ kind: 'records', view: '/api/audit/verify' }),
    ]));
    expect(entries.some((e) => e.documentId === issued && e.userId === userId('vanthu1'))).toBe(false);
    const bySecret = await app.get('kiemtoan1', `/api/audit/access-log?documentId=${secret}`);
    expect(bySecret.body.entries.every((e: { documentId: string }) => e.documentId === secret)).toBe(true);
    const tomorrow = await app.get('kiemtoan1', '/api/audit/access-log?from=2099-01-01');
    expect(tomorrow.body).toMatchObject({ entries: [], total: 0 });
  });

  it('streams an evidence pack whose every file matches its manifest, with UTF-8 BOM CSVs and Vietnamese intact', async () => {
    expect((await app.get('vanthu1', '/api/iso/evidence')).status).toBe(403);
    const response = await fetch(`${app.baseUrl}/api/iso/evidence?from=${today}&to=${today}&minPosition=${await head()}`, { headers: { authorization: `Bearer ${await app.login('thuky.iso')}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toContain(`ho-so-minh-chung-iso-${today}-${today}.zip`);
    const entries = unzip(Buffer.from(await response.arrayBuffer()));
    expect(entries[0].name).toBe('manifest.json');
    const manifest = JSON.parse(entries[0].data.toString('utf8'));
    const files = new Map(entries.slice(1).map((e) => [e.name, e.data]));
    expect([...files.keys()].sort()).toEqual(manifest.files.map((f: { name: string }) => f.name).sort());
    for (const file of manifest.files as Array<{ name: string; sha256: string; size: number }>) {
      const data = files.get(file.name)!;
      expect(data.length, file.name).toBe(file.size);
      expect(createHash('sha256').update(data).digest('hex'), file.name).toBe(file.sha256);
    }
    expect(manifest).toMatchObject({
      period: { from: today, to: today },
      generatedBy: { userId: userId('thuky.iso'), name: 'Đinh Thị Phương', role: 'iso_secretary' },
      storeHeadPosition: expect.stringMatching(/^\d+$/),
      latestDigest: { kind: 'on_demand' },
      verification: { scope: 'documents', ok: true, streamsChecked: 3, eventsChecked: 10, digestsOk: true, digestsChecked: 2 },
      counts: { documents: 3, events: 10, withheld: 1 },
    });
    for (const name of ['so-van-ban-den.csv', 'so-van-ban-di.csv', 'tuan-thu-thoi-han.csv', 'su-kien.csv']) {
      expect([...files.get(name)!.subarray(0, 3)], name).toEqual([0xef, 0xbb, 0xbf]);
    }
    const incoming = files.get('so-van-ban-den.csv')!.toString('utf8');
    expect(incoming).toContain('Ngày đến,Số đến,Tác giả');
    expect(incoming).toContain('Sở Kế hoạch và Đầu tư');
    expect(incoming).toContain('Về việc đề nghị hỗ trợ kinh phí sửa chữa trường học');
    expect(files.get('so-van-ban-di.csv')!.toString('utf8')).toContain('Trần Quốc Hưng');
    expect(files.get('tuan-thu-thoi-han.csv')!.toString('utf8')).toContain('Phân phối văn bản đến');
    const events = files.get('su-kien.csv')!.toString('utf8');
    expect(events).toContain('Tiếp nhận, đăng ký văn bản đến');
    expect(events).toContain('Lương Thị Hạnh');
    expect(events).not.toContain('bí mật nhà nước');
    const lines = files.get('su-kien.jsonl')!.toString('utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(10);
    expect(lines.filter((l) => l.documentId === secret)).toEqual([expect.objectContaining({ withheld: true, data: null, metadata: expect.objectContaining({ hash: expect.any(String) }) })]);
    expect(lines.find((l) => l.documentId === issued && l.type === 'DocumentIssued')).toMatchObject({ withheld: false, step: 'Phát hành văn bản đi' });
    for (const name of ['so-van-ban-den.xlsx', 'so-van-ban-di-mat.xlsx']) expect(files.get(name)!.subarray(0, 2).toString()).toBe('PK');
    const pdf = files.get('tom-tat.pdf')!;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/FontFile2/);
    if (hasPdfToText()) {
      // One page; every process the steps were measured against, with its approval and limits, and each step beside its process.
      const pages = pdfPages(pdf).map((page) => page.normalize('NFC').replace(/\s+/g, ' '));
      expect(pages).toHaveLength(1);
      expect(pages[0]).toMatch(/Đo theo quy trình QT-VB-01 phiên bản 1, quy trình QT-VB-02 phiên bản 1; lịch làm việc VN \S+; mỗi bước theo quy trình của bước/);
      expect(pages[0]).toContain('• QT-VB-01 Xử lý văn bản đến – Phiên bản 1');
      expect(pages[0]).toMatch(/– Phiên bản 1: hiệu lực từ 05\/03\/2020; phê duyệt: Quy chế làm việc của Văn phòng UBND tỉnh, ngày \d\d\/\d\d\/\d{4}/);
      expect(pages[0]).toContain('– Thẩm định, trình: 5 ngày làm việc');
      expect(pages[0]).toContain('• QT-VB-02 Xử lý văn bản đi – Phiên bản 1');
      expect(pages[0]).toContain('– Phát hành văn bản đã ký: Ngày làm việc tiếp theo; văn bản khẩn trở lên: trong ngày');
      expect(pages[0]).toContain('QT-VB-02 v1'); // the issue step's column
    }
    expect(JSON.parse(files.get('kiem-tra-chuoi-bam.json')!.toString('utf8'))).toMatchObject({ scope: 'documents', ok: true, documents: { ok: true, broken: [] }, digests: { ok: true, checked: 2 } });

    const whole = await fetch(`${app.baseUrl}/api/iso/evidence?from=${today}&to=${today}&fieldCode=KH-DT&verify=log`, { headers: { authorization: `Bearer ${await app.login('kiemtoan1')}` } });
    const report = JSON.parse(unzip(Buffer.from(await whole.arrayBuffer())).find((e) => e.name === 'kiem-tra-chuoi-bam.json')!.data.toString('utf8'));
    expect(report).toMatchObject({ scope: 'log', ok: true, log: { ok: true, digests: { ok: true, headsChecked: true } } });
    expect(report.log.eventsChecked).toBeGreaterThan(report.documents.eventsChecked);
    expect((await app.get('thuky.iso', '/api/iso/evidence?fieldCode=XX')).body).toMatchObject({ statusCode: 400, details: [{ field: 'fieldCode' }] });
  });

  it('reads a document\'s history as a Vietnamese timeline (what `npm run audit -- history` prints)', async () => {
    const events = await app.platform.eventStore.readStream(`document-${issued}`);
    const text = timelineText(issued, `document-${issued}`, documentTimeline(events, await app.platform.directory.organisation())).join('\n');
    expect(text).toContain('Lương Thị Hạnh');
    expect(text).toMatch(/Phó Chủ tịch UBND tỉnh\s+Ký ban hành/);
    expect(text).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    expect(text).toContain(events[7].metadata.hash.slice(0, 12));
    expect(text).toContain('Giao Phòng Kinh tế: Giao Phòng Kinh tế chủ trì tham mưu');
  });
});
