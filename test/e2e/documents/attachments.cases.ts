import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzip } from '@office/audit/testing/unzip';
import { addCalendarDays, localDateOf } from '@office/domain';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { appraisal as appraisalBody, departmentId as departmentOf, documentAt, step, submission as submissionBody, userId as userOf } from '../../support/document-steps';
import { samplePdf, samplePng, sha256 } from '../../support/sample-files';
import { ScannerUnavailable } from '@office/storage';
import type { FileScanner } from '../../../apps/api/src/attachments/attachments-runtime';
import { deskStreams, dossierAt, PROCEDURE, reception, startOnestopApp, streamLengths } from '../../support/onestop-desk';
import { useTestApp } from '../../support/test-app';

/*
 * Attachments over HTTP with real files (issue #15): upload with type detection and limits, the
 * clerk's registration with its scan, drafts and the signed PDF attached at later steps, downloads
 * with the document's visibility (and on record), and verification that names a tampered or lost file.
 */

const MAX_FILE = 256 * 1024;

/**
 * The scanner as the app sees it (the FileScanner port), steered by the test: clean by default; a
 * real clamd behind the same port is the storage library's to test (ClamdScanner against clamd).
 */
const scanVerdict: { next: 'clean' | 'infected' | 'unreachable' } = { next: 'clean' };
const scanner: FileScanner = {
  async scan(content) {
    for await (const _chunk of content) {
      // read it all, as clamd does
    }
    if (scanVerdict.next === 'unreachable') throw new ScannerUnavailable('clamd at /run/clamav/clamd.ctl cannot be reached: ENOENT');
    return scanVerdict.next === 'infected' ? { clean: false, signature: 'Win.Test.EICAR_HDB-1' } : { clean: true };
  },
  ping: async () => undefined,
  describe: () => 'test scanner',
};

describe('attachments', () => {
  let root: string;
  const app = useTestApp(async () => {
    root = await mkdtemp(join(tmpdir(), 'office-ledger-attachments-e2e-'));
    return { attachments: { root, maxFileBytes: MAX_FILE, maxRequestBytes: 4 * MAX_FILE, maxFiles: 3, scanner } };
  }, startOnestopApp);
  let pdf: Buffer;
  let png: Buffer;
  let signedPdf: Buffer;

  /** Every file under the store's folder, the temporary ones included: what "nothing stored" is checked against. */
  const storedFiles = async (): Promise<string[]> => {
    const names = await readdir(root, { recursive: true, withFileTypes: true });
    return names.filter((entry) => entry.isFile()).map((entry) => entry.name).sort();
  };
  const blobPath = (hash: string) => join(root, hash.slice(0, 2), hash.slice(2, 4), hash);
  const caughtUp = async () => (await app.platform.dataSource.query('SELECT coalesce(max(position), 0)::text AS p FROM event_store.events'))[0].p as string;

  const upload = async (username: string, files: Array<{ name: string; bytes: Buffer; type?: string }>) => {
    const form = new FormData();
    for (const file of files) form.append('files', new Blob([new Uint8Array(file.bytes)], { type: file.type ?? 'application/octet-stream' }), file.name);
    const response = await fetch(`${app.baseUrl}/api/files`, { method: 'POST', headers: { authorization: `Bearer ${await app.login(username)}` }, body: form });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- bodies are checked field by field
    return { status: response.status, body: (await response.json()) as any };
  };
  const get = async (username: string, path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(app.baseUrl + path, { headers: { authorization: `Bearer ${await app.login(username)}`, ...headers } });
    return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
  };

  beforeAll(async () => {
    [pdf, signedPdf] = await Promise.all([samplePdf('Cong van 125/SKHDT-KH', 3), samplePdf('Quyet dinh 15/QD-UBND (ban da ky)')]);
    png = samplePng();
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('stores a real PDF and a PNG by their SHA-256, types told by their bytes', async () => {
    const { status, body } = await upload('vanthu1', [
      { name: 'Công văn 125-SKHĐT.pdf', bytes: pdf, type: 'application/pdf' },
      { name: 'Ảnh chụp phong bì.png', bytes: png, type: 'image/png' },
    ]);
    expect(status, JSON.stringify(body)).toBe(201);
    expect(body.files).toEqual([
      { sha256: sha256(pdf), name: 'Công văn 125-SKHĐT.pdf', mediaType: 'application/pdf', size: pdf.length },
      { sha256: sha256(png), name: 'Ảnh chụp phong bì.png', mediaType: 'image/png', size: png.length },
    ]);
  });
  it('refuses a text file named .pdf (415) and stores nothing of it', async () => {
    const before = await storedFiles();
    const text = Buffer.from('Đây không phải là PDF, chỉ là văn bản thuần.\n'.repeat(50));
    const { status, body } = await upload('vanthu1', [{ name: 'bao-cao.pdf', bytes: text, type: 'application/pdf' }]);
    expect(status).toBe(415);
    expect(body).toMatchObject({ code: 'FILE_TYPE_NOT_ALLOWED', details: { file: 'bao-cao.pdf' } });
    expect(await storedFiles()).toEqual(before);
  });

  it('refuses a PNG named .pdf: the extension must be the content’s', async () => {
    const { status, body } = await upload('vanthu1', [{ name: 'scan.pdf', bytes: png }]);
    expect(status).toBe(415);
    expect(body.message).toContain('image/png');
  });

  it('refuses a file over the limit (413), naming the file and the limit, and stores nothing of it', async () => {
    const before = await storedFiles();
    const big = await samplePdf('Big', 1);
    const oversized = Buffer.concat([big, Buffer.alloc(MAX_FILE, 0x20)]);
    const { status, body } = await upload('vanthu1', [{ name: 'Hồ sơ quá lớn.pdf', bytes: oversized }]);
    expect(status).toBe(413);
    expect(body).toMatchObject({ code: 'FILE_TOO_LARGE', details: { file: 'Hồ sơ quá lớn.pdf', limitBytes: MAX_FILE } });
    expect(await storedFiles()).toEqual(before);
  });

  it('refuses more files than the request may carry (413 TOO_MANY_FILES) and a request without files (400)', async () => {
    const four = Array.from({ length: 4 }, (_, i) => ({ name: `trang-${i}.png`, bytes: png }));
    expect((await upload('vanthu1', four)).body.code).toBe('TOO_MANY_FILES');
    const none = await fetch(`${app.baseUrl}/api/files`, { method: 'POST', headers: { authorization: `Bearer ${await app.login('vanthu1')}` }, body: new FormData() });
    expect(none.status).toBe(400);
  });

  it('a file the scanner finds infected is refused (422 FILE_INFECTED, with the signature) and not stored', async () => {
    const before = await storedFiles();
    scanVerdict.next = 'infected';
    const infected = await samplePdf('Infected');
    const { status, body } = await upload('vanthu1', [{ name: 'Tài liệu.pdf', bytes: infected }]).finally(() => (scanVerdict.next = 'clean'));
    expect(status).toBe(422);
    expect(body).toMatchObject({ code: 'FILE_INFECTED', details: { file: 'Tài liệu.pdf', signature: 'Win.Test.EICAR_HDB-1' } });
    expect(await storedFiles()).toEqual(before);
  });

  it('a scanner configured but unreachable refuses the upload (503 SCANNER_UNAVAILABLE), nothing stored', async () => {
    const before = await storedFiles();
    scanVerdict.next = 'unreachable';
    const { status, body } = await upload('vanthu1', [{ name: 'Tài liệu khác.pdf', bytes: await samplePdf('Other') }]).finally(() => (scanVerdict.next = 'clean'));
    expect([status, body.code]).toEqual([503, 'SCANNER_UNAVAILABLE']);
    expect(await storedFiles()).toEqual(before);
    const health = await app.request('GET', '/health');
    expect(health.body.attachments).toEqual({ store: { ok: true, detail: `files under ${root}` }, scanner: { configured: true, reachable: true, detail: 'test scanner' } });
  });

  describe('a document’s life with its files', () => {
    let id: string;
    let scanId: string;

    it('the clerk registers an incoming document with its scan, in the same append', async () => {
      const uploaded = await upload('vanthu1', [{ name: 'Công văn 125-SKHĐT.pdf', bytes: pdf }]);
      const registered = await step(app, 'vanthu1', '/api/documents', { ...registrationBody(), attachments: [{ sha256: uploaded.body.files[0].sha256, name: 'Công văn 125-SKHĐT.pdf' }] });
      expect(registered.status, JSON.stringify(registered.body)).toBe(201);
      id = registered.body.id;
      expect(registered.body.revision).toBe('1');
      const history = await app.request('GET', `/api/documents/${id}/history`, { token: await app.login('vanthu1') });
      expect(history.body.events.map((e: { type: string }) => e.type)).toEqual(['DocumentReceived', 'DocumentFileAttached']);
      expect(history.body.events[1].data).toMatchObject({ purpose: 'scan', sha256: sha256(pdf), mediaType: 'application/pdf', size: pdf.length, name: 'Công văn 125-SKHĐT.pdf' });
      const list = await app.request('GET', `/api/documents/${id}/attachments?minPosition=${await caughtUp()}`, { token: await app.login('vanthu1') });
      expect(list.status).toBe(200);
      expect(list.body.attachments).toHaveLength(1);
      scanId = list.body.attachments[0].attachmentId;
      expect(list.body.attachments[0]).toMatchObject({ purpose: 'scan', contentUrl: `/api/documents/${id}/attachments/${scanId}/content` });
    });

    it('a registration naming bytes not in the store is refused before a number is taken (422 FILE_NOT_STORED)', async () => {
      const refused = await step(app, 'vanthu1', '/api/documents', { ...registrationBody(), attachments: [{ sha256: 'f'.repeat(64), name: 'x.pdf' }] });
      expect(refused.status).toBe(422);
      expect(refused.body.details).toMatchObject({ rule: 'FILE_NOT_STORED', field: 'attachments.0.sha256' });
    });

    it('later steps attach the draft and, once signed, the signed PDF; others may not', async () => {
      for (const [username, path, body] of [
        ['pho.chanh.vp.kt', 'distribute', { departmentId: departmentOf('KT'), direction: 'Giao Phòng Kinh tế chủ trì tham mưu' }],
        ['tp.kt', 'assign', { specialistId: userOf('cv.kt1') }],
      ] as const) expect((await step(app, username, `/api/documents/${id}/${path}`, body)).status).toBe(201);
      const draft = await samplePdf('Du thao quyet dinh');
      const uploadedDraft = await upload('cv.kt1', [{ name: 'Dự thảo quyết định.pdf', bytes: draft }]);
      const attached = await step(app, 'cv.kt1', `/api/documents/${id}/attachments`, { sha256: uploadedDraft.body.files[0].sha256, name: 'Dự thảo quyết định.pdf', purpose: 'draft' });
      expect(attached.status, JSON.stringify(attached.body)).toBe(201);
      expect(attached.body).toMatchObject({ id, purpose: 'draft', mediaType: 'application/pdf', size: draft.length, sha256: sha256(draft) });

      const outsider = await step(app, 'cv.vx1', `/api/documents/${id}/attachments`, { sha256: sha256(draft), name: 'x.pdf', purpose: 'annex' });
      expect([outsider.status, outsider.body.details?.rule]).toEqual([403, 'NOT_ON_PATH']);
      const uploadedSigned = await upload('vanthu1', [{ name: 'Quyết định 15-QĐ-UBND (bản ký).pdf', bytes: signedPdf }]);
      const early = await step(app, 'vanthu1', `/api/documents/${id}/attachments`, { sha256: uploadedSigned.body.files[0].sha256, name: 'Quyết định 15-QĐ-UBND.pdf', purpose: 'signed' });
      expect([early.status, early.body.details?.rule]).toEqual([422, 'NOT_SIGNED']);
      const notStored = await step(app, 'cv.kt1', `/api/documents/${id}/attachments`, { sha256: 'e'.repeat(64), name: 'x.pdf', purpose: 'annex' });
      expect([notStored.status, notStored.body.details?.rule, notStored.body.details?.field]).toEqual([422, 'FILE_NOT_STORED', 'sha256']);

      for (const [username, path, body] of [
        ['cv.kt1', 'appraise', appraisalBody()],
        ['cv.kt1', 'submit', submissionBody()],
        ['pho.chanh.vp.kt', 'initial', { agree: true }],
        ['pho.chu.tich.kt', 'sign', { decision: 'approved' }],
      ] as const) expect((await step(app, username, `/api/documents/${id}/${path}`, body)).status).toBe(201);
      const signed = await step(app, 'vanthu1', `/api/documents/${id}/attachments`, { sha256: uploadedSigned.body.files[0].sha256, name: 'Quyết định 15-QĐ-UBND.pdf', purpose: 'signed' });
      expect(signed.status, JSON.stringify(signed.body)).toBe(201);
    });

    it('an auditor downloads every file, and the bytes hash to what the events recorded', async () => {
      const list = await app.request('GET', `/api/documents/${id}/attachments?minPosition=${await caughtUp()}`, { token: await app.login('kiemtoan1') });
      expect(list.body.attachments.map((a: { purpose: string }) => a.purpose)).toEqual(['scan', 'draft', 'signed']);
      for (const attachment of list.body.attachments) {
        const download = await get('kiemtoan1', attachment.contentUrl);
        expect(download.status).toBe(200);
        expect(sha256(download.bytes)).toBe(attachment.sha256);
        expect(download.headers.get('content-type')).toBe('application/pdf');
        expect(download.headers.get('content-length')).toBe(String(attachment.size));
        expect(download.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent(attachment.name).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`);
        expect(download.headers.get('x-frame-options')).toBe('DENY');
      }
      const range = await get('kiemtoan1', list.body.attachments[0].contentUrl, { range: 'bytes=0-7' });
      expect([range.status, range.bytes.toString('latin1'), range.headers.get('content-range')]).toEqual([206, '%PDF-1.3', `bytes 0-7/${pdf.length}`]);
      const inline = await get('vanthu1', `${list.body.attachments[0].contentUrl}?inline=1`);
      expect(inline.headers.get('content-disposition')).toMatch(/^inline;/);
      expect(inline.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(inline.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    });
  });

  it('a retried attach with the same Idempotency-Key attaches once, even when the first answer was never recorded', async () => {
    const id = await documentAt(app, 'received');
    const annex = await samplePdf('Phu luc kem theo');
    const { sha256: hash } = (await upload('vanthu1', [{ name: 'Phụ lục.pdf', bytes: annex }])).body.files[0];
    const body = { sha256: hash, name: 'Phụ lục.pdf', purpose: 'annex' };
    const first = await step(app, 'vanthu1', `/api/documents/${id}/attachments`, body, { 'idempotency-key': 'attach-annex' });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect((await step(app, 'vanthu1', `/api/documents/${id}/attachments`, body, { 'idempotency-key': 'attach-annex' })).body).toEqual(first.body);
    // The answer lost before its record was kept: the command pipeline finds the attachment in the stream and appends nothing.
    await app.platform.dataSource.query(`DELETE FROM api_idempotency_records WHERE idempotency_key = 'attach-annex'`);
    const again = await step(app, 'vanthu1', `/api/documents/${id}/attachments`, body, { 'idempotency-key': 'attach-annex' });
    expect([again.status, again.headers.get('idempotent-replay')]).toEqual([201, null]);
    expect(again.body).toMatchObject({ id, attachmentId: first.body.attachmentId, revision: first.body.revision, position: first.body.position });
    const history = await app.request('GET', `/api/documents/${id}/history`, { token: await app.login('vanthu1') });
    expect(history.body.events.filter((e: { type: string }) => e.type === 'DocumentFileAttached')).toHaveLength(1);
    // Read-your-writes: the list read with the answer's position has the file.
    const list = await app.request('GET', `/api/documents/${id}/attachments?minPosition=${first.body.position}`, { token: await app.login('vanthu1') });
    expect(list.body.attachments.map((a: { attachmentId: string }) => a.attachmentId)).toEqual([first.body.attachmentId]);
  });

  it('the evidence pack lists every file attached in the period with its hash, and includes the files when asked', async () => {
    // The files were attached on the API's (the system's) clock earlier in the part: today, or yesterday if midnight passed since.
    const today = localDateOf(new Date());
    const response = await fetch(`${app.baseUrl}/api/iso/evidence?from=${addCalendarDays(today, -1)}&to=${today}&includeFiles=true&minPosition=${await caughtUp()}`, { headers: { authorization: `Bearer ${await app.login('kiemtoan1')}` } });
    expect(response.status).toBe(200);
    const entries = unzip(Buffer.from(await response.arrayBuffer()));
    const manifest = JSON.parse(entries[0].data.toString('utf8'));
    const hashes = manifest.attachments.map((a: { sha256: string }) => a.sha256);
    expect(hashes).toEqual(expect.arrayContaining([sha256(pdf), sha256(signedPdf)]));
    for (const attachment of manifest.attachments as Array<{ sha256: string; packedAs: string }>) {
      const packed = entries.find((e) => e.name === attachment.packedAs);
      expect(packed, attachment.packedAs).toBeDefined();
      expect(sha256(packed!.data)).toBe(attachment.sha256);
    }
    expect(entries.map((e) => e.name)).toContain('tep-dinh-kem.csv');
  });

  describe('a dossier’s files', () => {
    it('the desk attaches an item’s scan, the handling specialist a supplement; an outsider sees none of it', async () => {
      const item = PROCEDURE.version.requiredItems.find((i) => i.mandatory)!.name;
      // The desk receives a dossier with the scan of one item handed in: one append.
      const handedIn = await upload('motcua1', [{ name: 'Giấy tờ pháp lý.pdf', bytes: pdf }]);
      const receivedWithScan = await step(app, 'motcua1', '/api/dossiers', { ...reception(), attachments: [{ sha256: handedIn.body.files[0].sha256, name: 'Giấy tờ pháp lý.pdf', itemCode: item }] });
      expect(receivedWithScan.status, JSON.stringify(receivedWithScan.body)).toBe(201);
      const received = await app.request('GET', `/api/dossiers/${receivedWithScan.body.id}/history`, { token: await app.login('motcua1') });
      expect(received.body.events.map((e: { type: string }) => e.type)).toEqual(['DossierReceived', 'DossierFileAttached']);
      expect(received.body.events[1].data).toMatchObject({ purpose: 'item', itemCode: item, sha256: sha256(pdf) });
      // A scan naming an item not handed in refuses the reception before it takes the day's next code.
      const codes = deskStreams();
      const before = await streamLengths(app, codes);
      const wrongScan = await step(app, 'motcua1', '/api/dossiers', { ...reception(), attachments: [{ sha256: handedIn.body.files[0].sha256, name: 'Giấy tờ pháp lý.pdf', itemCode: 'Sổ hộ khẩu' }] });
      expect([wrongScan.status, wrongScan.body.details?.rule]).toEqual([422, 'ITEM_NOT_RECEIVED']);
      expect(await streamLengths(app, codes)).toEqual(before);

      const { id } = await dossierAt(app, 'with_specialist');
      const scanned = await upload('motcua1', [{ name: 'Đơn đề nghị (bản quét).png', bytes: png }]);
      const attached = await step(app, 'motcua1', `/api/dossiers/${id}/attachments`, { sha256: scanned.body.files[0].sha256, name: 'Đơn đề nghị (bản quét).png', purpose: 'item', itemCode: item });
      expect(attached.status, JSON.stringify(attached.body)).toBe(201);
      expect(attached.body).toMatchObject({ id, purpose: 'item', itemCode: item, mediaType: 'image/png', sha256: sha256(png) });
      const unknownItem = await step(app, 'motcua1', `/api/dossiers/${id}/attachments`, { sha256: sha256(png), name: 'x.png', purpose: 'item', itemCode: 'Sổ hộ khẩu' });
      expect([unknownItem.status, unknownItem.body.details?.rule]).toEqual([422, 'ITEM_NOT_RECEIVED']);
      const supplement = await step(app, 'cv.kt1', `/api/dossiers/${id}/attachments`, { sha256: sha256(pdf), name: 'Bổ sung.pdf', purpose: 'supplement' });
      expect(supplement.status, JSON.stringify(supplement.body)).toBe(201);

      const list = await app.request('GET', `/api/dossiers/${id}/attachments?minPosition=${await caughtUp()}`, { token: await app.login('kiemtoan1') });
      expect(list.body.attachments.map((a: { purpose: string; itemCode: string | null }) => [a.purpose, a.itemCode])).toEqual([['item', item], ['supplement', null]]);
      const download = await get('kiemtoan1', list.body.attachments[0].contentUrl);
      expect([download.status, sha256(download.bytes)]).toEqual([200, sha256(png)]);
      expect((await get('cv.vx1', list.body.attachments[0].contentUrl)).status).toBe(404);
      expect((await get('cv.vx1', `/api/dossiers/${id}/attachments`)).status).toBe(404);
      const history = await app.request('GET', `/api/dossiers/${id}/history`, { token: await app.login('motcua1') });
      expect(history.body.events.filter((e: { type: string }) => e.type === 'DossierFileAttached')).toHaveLength(2);
    });
  });

  describe('integrity: verification proves the bytes are those attached', () => {
    const verify = async () => (await app.request('GET', '/api/audit/verify', { token: await app.login('kiemtoan1') })).body;

    it('finds every attached file whole', async () => {
      const report = await verify();
      expect(report.files).toMatchObject({ ok: true, problems: [] });
      expect(report.files.filesChecked).toBeGreaterThanOrEqual(3);
    });

    it('names a file overwritten on disk (mismatch), then one deleted (missing), like a broken chain', async () => {
      const hash = sha256(signedPdf);
      const original = blobPath(hash);
      await writeFile(original, Buffer.concat([signedPdf.subarray(0, 100), Buffer.from('tampered'), signedPdf.subarray(108)]));
      const tampered = await verify();
      expect(tampered.ok).toBe(false);
      expect(tampered.files.firstBroken).toMatchObject({ ownerKind: 'document', name: 'Quyết định 15-QĐ-UBND.pdf', sha256: hash, status: 'mismatch' });
      expect(tampered.files.firstBroken.actualSha256).not.toBe(hash);

      await rm(original);
      const lost = await verify();
      expect(lost.ok).toBe(false);
      expect(lost.files.firstBroken).toMatchObject({ name: 'Quyết định 15-QĐ-UBND.pdf', status: 'missing' });
      const download = await get('kiemtoan1', `/api/documents/${lost.files.firstBroken.ownerId}/attachments/${lost.files.firstBroken.attachmentId}/content`);
      expect(download.status).toBe(503);

      // Uploading the very bytes again repairs the store: verification is whole again.
      expect((await upload('vanthu1', [{ name: 'Quyết định 15-QĐ-UBND.pdf', bytes: signedPdf }])).status).toBe(201);
      expect((await verify()).files.ok).toBe(true);
    });
  });

  describe('a confidential document’s files', () => {
    let id: string;
    let contentUrl: string;

    beforeAll(async () => {
      id = await documentAt(app, 'assigned', { confidentiality: 'confidential' });
      const uploaded = await upload('cv.kt1', [{ name: 'Báo cáo mật.png', bytes: png }]);
      const attached = await step(app, 'cv.kt1', `/api/documents/${id}/attachments`, { sha256: uploaded.body.files[0].sha256, name: 'Báo cáo mật.png', purpose: 'report' });
      expect(attached.status, JSON.stringify(attached.body)).toBe(201);
      contentUrl = attached.body.contentUrl;
    });

    it('are 404 to whoever may not see the document, list and bytes alike', async () => {
      expect((await get('cv.kt2', contentUrl)).status).toBe(404);
      expect((await get('vanthu2', `/api/documents/${id}/attachments`)).status).toBe(404);
    });

    it('every download is on record like a read (view `file`)', async () => {
      const download = await get('tp.kt', contentUrl);
      expect(download.status).toBe(200);
      expect(sha256(download.bytes)).toBe(sha256(png));
      const reads = await app.platform.eventStore.readStream(`access-${id}`);
      expect(reads.map((e) => e.data)).toContainEqual(expect.objectContaining({ documentId: id, view: 'file', because: 'confidential', by: userOf('tp.kt') }));
    });
  });
});

function registrationBody() {
  return {
    source: { agency: 'Sở Kế hoạch và Đầu tư', symbol: '125/SKHĐT-KH', issuedDate: '2026-03-02', signer: 'Nguyễn Văn An' },
    excerpt: 'Về việc đề nghị thẩm định điều chỉnh chủ trương đầu tư dự án trường học',
    documentType: 'official_letter', fieldCode: 'KH-DT', urgency: 'normal', confidentiality: 'normal', channel: 'paper', pages: 3,
  };
}
