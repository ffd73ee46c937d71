import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documentStateFrom, type IssuedDocument } from '@office/domain';
import { historyUntil } from '@office/domain/testing/document-fixtures';
import { FolderExchange, issuedDocumentPackage, writeEdxml } from '@office/exchange';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { plainPdf, signPdf, tampered, testSigner } from '../../../libs/signatures/src/testing/signed-pdfs';
import { departmentId, documentAt, step, userId } from '../../support/document-steps';
import { startTestApp, type TestApp } from '../../support/test-app';
import { untilPasses, waitFor } from '../../support/until-passes';

/*
 * Issue #14 item 5: two running instances of the product, each with its own database and agency
 * code, sharing one exchange root folder. A document issued at A travels as an edXML package to B,
 * is registered there, and B's statuses come back to A's outbox. Issue #14's leftovers too: a package
 * B's folder cannot take at first is delivered once it can; a signed PDF that fails verification is
 * refused on receipt (RECEIVE_INVALID_SIGNATURE); two clerks registering one package number one document.
 */
/** The exchange folder is polled by the instances themselves: asking more often than this only loads the run. */
const EXCHANGE_POLL_MS = 150;
const A = { organId: '000.00.31.H01', organName: 'Văn phòng UBND tỉnh An Thành' };
const B = { organId: '000.00.32.H01', organName: 'Sở Kế hoạch và Đầu tư tỉnh An Thành' };

describe('inter-agency exchange between two instances (edXML over a shared folder)', () => {
  let root: string;
  let a: TestApp;
  let b: TestApp;
  const get = async (app: TestApp, path: string) => (await app.request('GET', path, { token: await app.login('vanthu1') })).body;
  const outboxItem = async (packageId: string) => ((await get(a, '/api/exchange/outbox')).items as Array<{ id: string; reported: Array<{ status: string }> }>).find((i) => i.id === packageId);
  const inboxItem = async (packageId: string) => ((await get(b, '/api/exchange/inbox')).items as Array<Record<string, unknown>>).find((i) => i.id === packageId);

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'exchange-e2e-'));
    a = await startTestApp({ exchange: { exchange: await FolderExchange.open(root, A), place: 'An Thành', pollMs: 200 } });
    b = await startTestApp({ exchange: { exchange: await FolderExchange.open(root, B), place: 'An Thành', pollMs: 200 } });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
    if (root) await rm(root, { recursive: true, force: true });
  });

  async function sendIssuedDocument(): Promise<{ documentId: string; packageId: string }> {
    const documentId = await documentAt(a, 'issued');
    const sent = await step(a, 'vanthu1', '/api/exchange/outbox', { documentId, to: [B.organId] });
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    return { documentId, packageId: sent.body.id };
  }

  it('sends an issued document from A to B, B registers it, and arrived, registered and assigned come back to A’s outbox', async () => {
    expect(await get(a, '/api/exchange/agencies')).toEqual({ self: A, agencies: [B] });
    const { packageId } = await sendIssuedDocument();

    // B's watcher receives it and acknowledges it the same day.
    const arrived = await waitFor(async () => {
      const item = await inboxItem(packageId);
      return item?.acknowledged ? item : undefined;
    }, 20_000, 'the package in B’s inbox', EXCHANGE_POLL_MS);
    expect(arrived).toMatchObject({
      status: 'arrived', from: A, symbol: expect.stringMatching(/^\d+\/QĐ-UBND$/), subject: 'Quyết định phê duyệt điều chỉnh chủ trương đầu tư', acknowledgeOverdue: false,
    });

    const registered = await step(b, 'vanthu1', `/api/exchange/inbox/${packageId}/register`, { fieldCode: 'KH-DT' });
    expect(registered.status, JSON.stringify(registered.body)).toBe(201);
    const documentAtB: string = registered.body.documentId;
    // B's document list is a read model: it may still be catching up with the registration (no minPosition here).
    await untilPasses(async () => {
      const document = (await b.request('GET', `/api/documents/${documentAtB}`, { token: await b.login('vanthu1') })).body;
      expect(document).toMatchObject({ channel: 'electronic', source: { agency: A.organName, symbol: arrived.symbol }, excerpt: arrived.subject });
    }, 10_000);
    expect((await step(b, 'vanthu1', `/api/exchange/inbox/${packageId}/register`, { fieldCode: 'KH-DT' })).body).toMatchObject({ details: { rule: 'ALREADY_REGISTERED' } });

    expect((await step(b, 'pho.chanh.vp.kt', `/api/documents/${documentAtB}/distribute`, { departmentId: departmentId('KT'), direction: 'Giao Phòng Kinh tế' })).status).toBe(201);
    expect((await step(b, 'tp.kt', `/api/documents/${documentAtB}/assign`, { specialistId: userId('cv.kt1') })).status).toBe(201);

    const trail = await waitFor(async () => {
      const item = await outboxItem(packageId);
      const statuses = item?.reported.map((r) => r.status) ?? [];
      return ['arrived', 'registered', 'assigned'].every((s) => statuses.includes(s)) ? statuses : undefined;
    }, 20_000, 'arrived, registered and assigned at A', EXCHANGE_POLL_MS);
    expect(trail).toEqual(['arrived', 'registered', 'assigned']);
    const statuses = (await get(a, `/api/exchange/outbox/${packageId}/statuses`)).statuses;
    expect(statuses.map((s: { statusLabel: string }) => s.statusLabel)).toEqual(['Đã đến', 'Đã tiếp nhận', 'Đã phân công']);
    expect(statuses.every((s: { organId: string }) => s.organId === B.organId)).toBe(true);
  });

  it('refuses a malformed package on receipt with the schema’s reason, and moves it to rejected/', async () => {
    const id = '0b7e2a1c-4a5e-4f1b-9d2c-3e4f5a6b7c8d';
    await writeFile(join(root, B.organId, 'tmp', 'x.part'), '<?xml version="1.0" encoding="UTF-8"?><edXML:edXML xmlns:edXML="http://www.mic.gov.vn/TBT/QCVN_102_2016"><edXML:edXMLEnvelope/></edXML:edXML>');
    await (await import('node:fs/promises')).rename(join(root, B.organId, 'tmp', 'x.part'), join(root, B.organId, 'inbox', 'packages', `${id}.edxml`));
    const item = await waitFor(() => inboxItem(id), 20_000, 'the rejected package', EXCHANGE_POLL_MS);
    expect(item).toMatchObject({ status: 'rejected', rejectionReason: expect.stringContaining('edXML') });
    expect((item.rejectionErrors as string[]).join(' ')).toMatch(/edXMLHeader|edXMLEnvelope/);
    expect(await readdir(join(root, B.organId, 'rejected', 'packages'))).toContain(`${id}.edxml`);
  });

  it('B refuses a package with a reason, and A sees "từ chối tiếp nhận"', async () => {
    const { packageId } = await sendIssuedDocument();
    await waitFor(() => inboxItem(packageId), 20_000, 'the package at B', EXCHANGE_POLL_MS);
    expect((await step(b, 'cv.kt1', `/api/exchange/inbox/${packageId}/refuse`, { reason: 'Gửi nhầm cơ quan' })).status).toBe(403);
    expect((await step(b, 'vanthu1', `/api/exchange/inbox/${packageId}/refuse`, { reason: 'Gửi nhầm cơ quan' })).status).toBe(201);
    const reported = await waitFor(async () => (await outboxItem(packageId))?.reported.find((r) => r.status === 'refused'), 20_000, 'refused at A', EXCHANGE_POLL_MS);
    expect(reported).toMatchObject({ organId: B.organId, description: 'Gửi nhầm cơ quan' });
  });

  it('A recalls a package: the document registered at B is locked (RECALLED_DOCUMENT_LOCKED)', async () => {
    const { packageId } = await sendIssuedDocument();
    await waitFor(() => inboxItem(packageId), 20_000, 'the package at B', EXCHANGE_POLL_MS);
    const registered = await step(b, 'vanthu1', `/api/exchange/inbox/${packageId}/register`, { fieldCode: 'KH-DT' });
    expect(registered.status).toBe(201);
    expect((await step(a, 'vanthu1', `/api/exchange/outbox/${packageId}/recall`, { reason: 'Ban hành sai thể thức' })).status).toBe(201);
    expect((await step(a, 'vanthu1', `/api/exchange/outbox/${packageId}/recall`, { reason: 'lần hai' })).body).toMatchObject({ code: 'WRONG_STATE', details: { rule: 'ALREADY_RECALLED' } });
    await waitFor(async () => (await inboxItem(packageId))?.recallReason === 'Ban hành sai thể thức', 20_000, 'the recall at B', EXCHANGE_POLL_MS);
    const distribute = await waitFor(async () => {
      const answer = await step(b, 'pho.chanh.vp.kt', `/api/documents/${registered.body.documentId}/distribute`, { departmentId: departmentId('KT'), direction: 'Giao Phòng Kinh tế' });
      return answer.status === 409 ? answer : undefined;
    }, 20_000, 'the document locked at B', EXCHANGE_POLL_MS);
    expect(distribute.body).toMatchObject({ code: 'WRONG_STATE', details: { rule: 'RECALLED_DOCUMENT_LOCKED' } });
  });

  it('refuses to send a document that is not issued, or to an agency not on the exchange', async () => {
    const received = await documentAt(a, 'received');
    expect((await step(a, 'vanthu1', '/api/exchange/outbox', { documentId: received, to: [B.organId] })).body).toMatchObject({ code: 'RULE_VIOLATION', details: { rule: 'DOCUMENT_NOT_ISSUED' } });
    const issued = await documentAt(a, 'issued');
    expect((await step(a, 'vanthu1', '/api/exchange/outbox', { documentId: issued, to: ['000.00.99.Z99'] })).body).toMatchObject({ code: 'RULE_VIOLATION', details: { rule: 'UNKNOWN_AGENCY', field: 'to' } });
    expect((await step(a, 'cv.kt1', '/api/exchange/outbox', { documentId: issued, to: [B.organId] })).status).toBe(403);
  });

  it('a package B’s folder cannot take is recorded as sent, and delivered once the folder can take it', async () => {
    const inbox = join(root, B.organId, 'inbox', 'packages');
    // Unwritable even for root (the tests run as root): B's inbox folder replaced by a plain file.
    await rename(inbox, `${inbox}.away`);
    await writeFile(inbox, '');
    let packageId: string;
    try {
      ({ packageId } = await sendIssuedDocument());
      const delivered = async () => (await a.platform.eventStore.readStream(`exchange-out-${packageId}`)).some((e) => e.type === 'ExchangePackageDelivered');
      await new Promise((resolve) => setTimeout(resolve, 1_000)); // a few of A's passes, each failing
      expect(await delivered()).toBe(false);
      // No failed pass leaves its part behind (one in flight may be there for a moment: a leak would only grow).
      await untilPasses(async () => expect(await readdir(join(root, B.organId, 'tmp'))).toEqual([]), 5_000);
    } finally {
      await rm(inbox);
      await rename(`${inbox}.away`, inbox);
    }
    await waitFor(async () => (await inboxItem(packageId))?.status === 'arrived', 20_000, 'the package delivered at last', EXCHANGE_POLL_MS);
    const events = await a.platform.eventStore.readStream(`exchange-out-${packageId}`);
    expect(events.filter((e) => e.type === 'ExchangePackageDelivered').map((e) => e.data)).toEqual([expect.objectContaining({ organId: B.organId, message: 'package' })]);
  });

  it('RECEIVE_INVALID_SIGNATURE: a package whose signed PDF was changed after signing is refused on receipt and moved to rejected/; an intact one is received', async () => {
    const signed = await signPdf(await plainPdf('Quyết định ký số'), testSigner('Nguyễn Văn Thành', '0A11'));
    const asSentByA = async (pdf: Buffer) => {
      const id = randomUUID();
      const message = issuedDocumentPackage({
        packageId: id, from: A, to: [B], place: 'An Thành', now: new Date().toISOString(), document: documentStateFrom(historyUntil('issued')) as IssuedDocument,
        signer: { competence: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', fullName: 'Nguyễn Đức Thịnh' },
        attachments: [{ name: 'QĐ ký số.pdf', contentType: 'application/pdf', description: 'Văn bản đã ký', content: pdf }],
      });
      await (await FolderExchange.open(root, A)).sendPackage(B.organId, id, writeEdxml(message));
      return id;
    };
    const [intact, changed] = [await asSentByA(signed), await asSentByA(tampered(signed))];
    const refused = await waitFor(async () => {
      const item = await inboxItem(changed);
      return item?.status === 'rejected' ? item : undefined;
    }, 20_000, 'the tampered package refused', EXCHANGE_POLL_MS);
    expect(refused).toMatchObject({ rejectionRule: 'RECEIVE_INVALID_SIGNATURE', rejectionReason: expect.stringContaining('RECEIVE_INVALID_SIGNATURE') });
    expect(refused.rejectionErrors).toEqual(['QĐ ký số.pdf: chữ ký số thứ 1: nội dung đã bị thay đổi sau khi ký']);
    expect(await readdir(join(root, B.organId, 'rejected', 'packages'))).toContain(`${changed}.edxml`);
    expect(await waitFor(() => inboxItem(intact), 20_000, 'the intact package received', EXCHANGE_POLL_MS)).toMatchObject({ status: 'arrived', rejectionRule: null });
  });

  it('two clerks registering the same package at the same instant: one document is numbered, the other clerk gets 409', async () => {
    const { packageId } = await sendIssuedDocument();
    const { symbol } = await waitFor(() => inboxItem(packageId), 20_000, 'the package at B', EXCHANGE_POLL_MS);
    const voided = async () => (await b.platform.eventStore.readAll({ maxCount: 100_000 })).filter((e) => e.type === 'NumberVoided').length;
    const voidedBefore = await voided();
    await Promise.all([b.login('vanthu1'), b.login('vanthu2')]); // logged in beforehand, so that both requests leave together
    const answers = await Promise.all(['vanthu1', 'vanthu2'].map((clerk) => step(b, clerk, `/api/exchange/inbox/${packageId}/register`, { fieldCode: 'KH-DT' })));
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
    const loser = answers.find((answer) => answer.status === 409)!;
    expect(loser.body).toMatchObject({ code: 'WRONG_STATE', details: { rule: expect.stringMatching(/^(REGISTRATION_IN_PROGRESS|ALREADY_REGISTERED)$/) } });
    // The log is read once it shows the winner's append: an append in flight below it (the allocator's round) hides what follows until it commits.
    const written = BigInt(answers.find((answer) => answer.status === 201)!.body.position);
    const log = await waitFor(async () => {
      const events = await b.platform.eventStore.readAll({ maxCount: 100_000 });
      return events.some((e) => e.position >= written) ? events : undefined;
    }, 20_000, 'the registration visible in the log', EXCHANGE_POLL_MS);
    const received = log.filter((e) => e.type === 'DocumentReceived' && (e.data as { source?: { symbol?: string } }).source?.symbol === symbol);
    expect(received).toHaveLength(1);
    expect(await voided()).toBe(voidedBefore);
  });

  it('registering with an Idempotency-Key (as the web does): the package is recorded as registered, and the same request again answers the same document', async () => {
    const { packageId } = await sendIssuedDocument();
    await waitFor(() => inboxItem(packageId), 20_000, 'the package at B', EXCHANGE_POLL_MS);
    const headers = { 'idempotency-key': randomUUID() };
    const first = await step(b, 'vanthu1', `/api/exchange/inbox/${packageId}/register`, { fieldCode: 'KH-DT' }, headers);
    expect(first.status).toBe(201);
    const again = await step(b, 'vanthu1', `/api/exchange/inbox/${packageId}/register`, { fieldCode: 'KH-DT' }, headers);
    expect(again.body).toMatchObject({ documentId: first.body.documentId, incomingNumber: first.body.incomingNumber });
    expect(await waitFor(async () => ((await inboxItem(packageId))?.status === 'registered' ? await inboxItem(packageId) : null), 20_000, 'registered in the inbox', EXCHANGE_POLL_MS)).toMatchObject({ documentId: first.body.documentId });
  });
});
