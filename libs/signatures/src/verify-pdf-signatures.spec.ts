import { createHash } from 'node:crypto';
import { beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../test/support/expect';
import { plainPdf, signPdf, tampered, testAuthority, testSigner } from './testing/signed-pdfs';
import { verifyPdfSignatures } from './verify-pdf-signatures';

const leader = testSigner('Nguyễn Văn An', '01A1');
const office = testSigner('Văn phòng UBND tỉnh Thử nghiệm', '02B2');
let plain: Buffer;
let personal: Buffer;
let both: Buffer;

beforeAll(async () => {
  plain = await plainPdf();
  personal = await signPdf(plain, leader, new Date('2026-03-12T03:15:00Z'));
  both = await signPdf(personal, office, new Date('2026-03-12T04:00:00Z'), 'Văn thư ký số của cơ quan');
}, 60_000);

describe('verifyPdfSignatures on really signed PDFs', () => {
  it('reads the leader’s signature: serial, issuer, subject (with diacritics) and signing time from the CMS, valid, not trusted without roots', async () => {
    const result = await verifyPdfSignatures(personal);
    expect(result.sha256).toBe(createHash('sha256').update(personal).digest('hex'));
    expect(result.signatures).toEqual([
      expect.objectContaining({
        index: 0,
        coversWholeFile: true,
        certificate: expect.objectContaining({ serial: '01A1', subject: 'CN=Nguyễn Văn An, O=UBND tỉnh Thử nghiệm, C=VN', issuer: 'CN=Nguyễn Văn An, O=UBND tỉnh Thử nghiệm, C=VN' }),
        signingTime: '2026-03-12T03:15:00.000Z',
        valid: true,
        problem: null,
        trusted: false,
        trustReason: expect.stringContaining('Chưa cấu hình chứng thư số gốc'),
      }),
    ]);
  });

  it('two signatures, the person’s then the organisation’s: both valid, in order; only the last covers the whole file', async () => {
    const { signatures } = await verifyPdfSignatures(both);
    expect(signatures.map((s) => [s.certificate?.serial, s.valid, s.coversWholeFile])).toEqual([
      ['01A1', true, false],
      ['02B2', true, true],
    ]);
    expect(signatures[1].signingTime).toBe('2026-03-12T04:00:00.000Z');
  });

  it('one byte changed in the signed content: digest_mismatch, not valid', async () => {
    const { signatures } = await verifyPdfSignatures(tampered(personal));
    expect(signatures).toEqual([expect.objectContaining({ valid: false, problem: 'digest_mismatch', trusted: false })]);
  });

  it('one byte changed in the organisation’s update only: the person’s signature still holds, the organisation’s does not', async () => {
    const offset = personal.length + 10;
    const { signatures } = await verifyPdfSignatures(tampered(both, offset));
    expect(signatures.map((s) => s.problem)).toEqual([null, 'digest_mismatch']);
  });

  it('bytes appended after the last signature: modified_after_signing', async () => {
    const { signatures } = await verifyPdfSignatures(Buffer.concat([personal, Buffer.from('\n% added later\n')]));
    expect(signatures[0]).toMatchObject({ valid: false, problem: 'modified_after_signing', coversWholeFile: false });
  });

  it('a signature by a certificate outside its validity at the stated signing time', async () => {
    const { signatures } = await verifyPdfSignatures(await signPdf(plain, leader, new Date('2031-01-01T00:00:00Z')));
    expect(signatures[0]).toMatchObject({ valid: false, problem: 'certificate_not_valid_at_signing' });
  });

  it('an unsigned PDF has no signatures; a corrupted CMS is malformed', async () => {
    expect((await verifyPdfSignatures(plain)).signatures).toEqual([]);
    const broken = Buffer.from(personal);
    const start = broken.indexOf('/Contents <') + '/Contents <'.length;
    broken.write('FFFF', start, 'latin1');
    expect((await verifyPdfSignatures(broken)).signatures[0]).toMatchObject({ valid: false, problem: 'malformed', certificate: null });
  });

  it('a configured root: a certificate it issued is trusted; a self-signed one, or another root, is not', async () => {
    const root = testAuthority();
    const issued = await signPdf(plain, testSigner('Trần Thị Bình', '03C3', root));
    expect((await verifyPdfSignatures(issued, [root.certificate])).signatures[0]).toMatchObject({ trusted: true, trustReason: null });
    expect((await verifyPdfSignatures(personal, [root.certificate])).signatures[0]).toMatchObject({ valid: true, trusted: false });
    expect((await verifyPdfSignatures(issued, [testAuthority('CA khác').certificate])).signatures[0]).toMatchObject({ trusted: false, trustReason: expect.stringContaining('không dẫn đến CA gốc') });
  });
});
