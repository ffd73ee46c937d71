import { createHash } from 'node:crypto';
import { signatureStreamName } from '@office/domain';
import { beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { documentsApp } from './shared-app';
import { plainPdf, signPdf, tampered, testSigner } from '../../../libs/signatures/src/testing/signed-pdfs';
import { documentAt, step, userId } from '../../support/document-steps';
import { mismatchesOf, type OpenApiDocument } from '../../support/open-api-check';
import { streamLengths } from '../../support/onestop-desk';
import type { TestApp } from '../../support/test-app';

/*
 * Digital signatures over HTTP with really signed PDFs (DOMAIN.md §10): the leader who signed
 * records their signature from the signed PDF they attach, then a clerk the Office's, applied over
 * it; the wrong order and the wrong people are refused with their codes and append nothing; a
 * tampered PDF is refused for recording, and its check is recorded as failing.
 */

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const leader = testSigner('Trần Quốc Hưng', '5404FFFEB7033FB316D672201B7DBE3D');
const office = testSigner('Văn phòng UBND tỉnh Thử nghiệm', '5404FFFEB7033FB316D672201B7DBE3E');

describe('digital signatures on a document over HTTP', () => {
  const app = documentsApp;
  let personal: Buffer;
  let both: Buffer;
  let openApi: OpenApiDocument;
  beforeAll(async () => {
    openApi = (await app.request('GET', '/api/docs-json')).body;
    personal = await signPdf(await plainPdf('Quyết định 125/QĐ-UBND'), leader, new Date('2026-03-12T03:15:00Z'));
    both = await signPdf(personal, office, new Date('2026-03-12T04:00:00Z'), 'Văn thư ký số của cơ quan');
  });

  /** The answer checked against its route's OpenAPI description (API.md: every route declares its success answer). */
  const described = <T extends { status: number; body: unknown }>(method: string, route: string, answer: T): T => {
    expect(mismatchesOf(openApi, method, route, answer.status, answer.body), `${method} ${route}`).toEqual([]);
    return answer;
  };

  /** Uploads `bytes` and attaches them to the document with `purpose`; answers the attachment's id. */
  async function attach(username: string, documentId: string, name: string, bytes: Buffer, purpose: string): Promise<string> {
    const form = new FormData();
    form.append('files', new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }), name);
    const uploaded = await fetch(`${app.baseUrl}/api/files`, { method: 'POST', headers: { authorization: `Bearer ${await app.login(username)}` }, body: form });
    const { files } = (await uploaded.json()) as { files: Array<{ sha256: string }> };
    const attached = await step(app, username, `/api/documents/${documentId}/attachments`, { sha256: files[0].sha256, name, purpose });
    expect(attached.status, JSON.stringify(attached.body)).toBe(201);
    return attached.body.attachmentId;
  }

  /** Runs `attempt` and checks it appended nothing to the document's signatures stream. */
  async function refused(documentId: string, attempt: () => ReturnType<TestApp['request']>) {
    const stream = [signatureStreamName(documentId)];
    const before = await streamLengths(app, stream);
    const result = await attempt();
    expect(await streamLengths(app, stream)).toEqual(before);
    return result;
  }

  it('records the leader’s signature then the Office’s from really signed PDFs; wrong order, wrong people and a second time are refused', async () => {
    const id = await documentAt(app, 'signed');
    const personalFile = await attach('pho.chu.tich.kt', id, 'QĐ 125-UBND (ký số).pdf', personal, 'signed');
    const record = (username: string, kind: string, attachmentId: string) => step(app, username, `/api/documents/${id}/signatures`, { kind, attachmentId });

    const early = await refused(id, () => record('vanthu1', 'organisation', personalFile));
    expect(early.status).toBe(422);
    expect(early.body).toMatchObject({ code: 'RULE_VIOLATION', details: { rule: 'ORG_SIGN_BEFORE_PERSON' } });
    const notSigner = await refused(id, () => record('pho.chu.tich.vx', 'person', personalFile));
    expect(notSigner.status).toBe(403);
    expect(notSigner.body).toMatchObject({ code: 'FORBIDDEN', details: { rule: 'PERSON_SIGN_NOT_SIGNER' } });
    const clerkAsPerson = await refused(id, () => record('vanthu1', 'person', personalFile));
    expect(clerkAsPerson.status).toBe(403);
    expect(clerkAsPerson.body).toMatchObject({ code: 'FORBIDDEN', details: { rule: 'PERSON_SIGN_NOT_SIGNER' } });

    const person = described('post', '/api/documents/{id}/signatures', await record('pho.chu.tich.kt', 'person', personalFile));
    expect(person.status, JSON.stringify(person.body)).toBe(201);
    expect(person.body).toMatchObject({
      id, revision: '0', kind: 'person',
      signature: {
        attachmentId: personalFile, fileSha256: sha256(personal), signingTime: '2026-03-12T03:15:00.000Z', trusted: false, by: userId('pho.chu.tich.kt'),
        certificate: { serial: leader.serial, subject: 'CN=Trần Quốc Hưng, O=UBND tỉnh Thử nghiệm, C=VN', issuer: 'CN=Trần Quốc Hưng, O=UBND tỉnh Thử nghiệm, C=VN' },
      },
    });
    expect(person.body.signature.trustReason).toContain('Chưa cấu hình chứng thư số gốc');
    expect((await refused(id, () => record('pho.chu.tich.kt', 'person', personalFile))).status).toBe(409);

    const sealedFile = await attach('vanthu1', id, 'QĐ 125-UBND (ký số cơ quan).pdf', both, 'signed');
    const byLeader = await refused(id, () => record('pho.chu.tich.kt', 'organisation', sealedFile));
    expect(byLeader.status).toBe(403);
    expect(byLeader.body).toMatchObject({ code: 'FORBIDDEN', details: { rule: 'ORG_SIGN_NOT_CLERK' } });
    const onlyPerson = await refused(id, () => record('vanthu1', 'organisation', personalFile));
    expect(onlyPerson.body).toMatchObject({ details: { rule: 'PERSON_SIGNATURE_NOT_IN_FILE', field: 'attachmentId' } });

    const organisation = described('post', '/api/documents/{id}/signatures', await record('vanthu1', 'organisation', sealedFile));
    expect(organisation.status, JSON.stringify(organisation.body)).toBe(201);
    expect(organisation.body.signature).toMatchObject({ fileSha256: sha256(both), personSerial: leader.serial, certificate: { serial: office.serial }, signingTime: '2026-03-12T04:00:00.000Z' });

    const listed = described('get', '/api/documents/{id}/signatures', await app.get('vanthu1', `/api/documents/${id}/signatures`));
    expect(listed.status).toBe(200);
    expect(listed.body).toMatchObject({ id, person: { certificate: { serial: leader.serial } }, organisation: { certificate: { serial: office.serial } }, verifications: [], actions: ['verify'] });
    expect((await app.get('pho.chu.tich.vx', `/api/documents/${id}/signatures`)).body.actions).toEqual([]);
  });

  it('a PDF with one byte changed is refused for recording (SIGNATURE_INVALID) and its check is recorded as failing; a retried check appends nothing', async () => {
    const id = await documentAt(app, 'signed');
    const broken = await attach('pho.chu.tich.kt', id, 'QĐ 126-UBND (ký số).pdf', tampered(personal), 'signed');
    const refusal = await refused(id, () => step(app, 'pho.chu.tich.kt', `/api/documents/${id}/signatures`, { kind: 'person', attachmentId: broken }));
    expect(refusal.status).toBe(422);
    expect(refusal.body).toMatchObject({ code: 'RULE_VIOLATION', details: { rule: 'SIGNATURE_INVALID', field: 'attachmentId', problem: 'digest_mismatch' } });

    const foreign = await attach('pho.chu.tich.kt', id, 'QĐ 126-UBND (chứng thư khác).pdf', await signPdf(await plainPdf('Quyết định 126/QĐ-UBND'), office), 'signed');
    const notTheirs = await refused(id, () => step(app, 'pho.chu.tich.kt', `/api/documents/${id}/signatures`, { kind: 'person', attachmentId: foreign }));
    expect(notTheirs.body).toMatchObject({ code: 'RULE_VIOLATION', details: { rule: 'CERTIFICATE_NOT_OF_SIGNER', field: 'attachmentId' } });

    const key = { 'idempotency-key': `verify-${id}` };
    const checked = described('post', '/api/documents/{id}/signatures/verify', await step(app, 'vanthu1', `/api/documents/${id}/signatures/verify`, { attachmentId: broken }, key));
    expect(checked.status, JSON.stringify(checked.body)).toBe(201);
    expect(checked.body).toMatchObject({ id, revision: '0', valid: false, signatures: [{ index: 0, valid: false, problem: 'digest_mismatch', certificate: { serial: leader.serial } }] });
    const again = await step(app, 'vanthu1', `/api/documents/${id}/signatures/verify`, { attachmentId: broken }, key);
    expect(again.body).toEqual(checked.body);

    const good = await attach('vanthu1', id, 'Bản gốc nhận được.pdf', both, 'annex');
    const valid = await step(app, 'cv.kt1', `/api/documents/${id}/signatures/verify`, { attachmentId: good });
    expect(valid.body).toMatchObject({ revision: '1', valid: true, signatures: [{ valid: true }, { valid: true, coversWholeFile: true }] });
    const stranger = await refused(id, () => step(app, 'tp.vx', `/api/documents/${id}/signatures/verify`, { attachmentId: good }));
    expect(stranger.body).toMatchObject({ code: 'FORBIDDEN', details: { rule: 'VERIFY_NOT_ON_PATH' } });

    const listed = described('get', '/api/documents/{id}/signatures', await app.get('pho.chu.tich.kt', `/api/documents/${id}/signatures`));
    expect(listed.body.verifications.map((v: { valid: boolean; fileName: string }) => [v.fileName, v.valid])).toEqual([['QĐ 126-UBND (ký số).pdf', false], ['Bản gốc nhận được.pdf', true]]);
    expect(listed.body.actions).toEqual(['record_person', 'verify']);
  });

  it('answers 400 for a bad body, 404 for an attachment the document does not have, and 404 for a confidential document to whoever may not see it', async () => {
    const id = await documentAt(app, 'signed');
    const bad = await step(app, 'pho.chu.tich.kt', `/api/documents/${id}/signatures`, { kind: 'seal', attachmentId: 'x' });
    expect(bad.status).toBe(400);
    const missing = await step(app, 'vanthu1', `/api/documents/${id}/signatures/verify`, { attachmentId: '9b2e0c1d-0000-4000-8000-0000000000ff' });
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ code: 'NOT_FOUND' });
    const secret = await documentAt(app, 'signed', { confidentiality: 'confidential' });
    expect((await app.get('pho.chu.tich.vx', `/api/documents/${secret}/signatures`)).status).toBe(404);
    expect((await step(app, 'pho.chu.tich.vx', `/api/documents/${secret}/signatures/verify`, { attachmentId: '9b2e0c1d-0000-4000-8000-0000000000ff' })).status).toBe(404);
  });
});
