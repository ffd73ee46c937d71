import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { signaturesStateFrom } from './signature.state';
import { signatureActions } from './signature.turns';
import {
  actor, ATTACHMENT, check, DOCUMENT_ID, givenSignatures, LEADER_CERT, OFFICE_CERT, organisationFile, personFile, sigCmd, SIGNED_DOCUMENT, signatureHistory, T, userId,
} from './testing/signature-fixtures';

const personRecorded = () => signatureHistory(sigCmd.person());
const NO_ROOTS = 'Chưa cấu hình chứng thư số gốc tin cậy';

describe('the person’s signature (chữ ký số cá nhân)', () => {
  it('is recorded from the verified file: the leader who signed, the certificate, the signing time, the file’s hash', () => {
    const { state } = givenSignatures([])
      .when(sigCmd.person())
      .then([
        {
          type: 'SignaturePersonRecorded',
          data: {
            documentId: DOCUMENT_ID, attachmentId: ATTACHMENT.person, fileName: 'QĐ 125-UBND ký số.pdf', fileSha256: 'a'.repeat(64),
            certificate: LEADER_CERT, signingTime: T.signed, trusted: false, trustReason: NO_ROOTS, by: userId('pho.chu.tich.kt'), at: T.signed,
          },
        },
      ]);
    expect(state.person?.certificate.serial).toBe(LEADER_CERT.serial);
  });

  it('refuses: NOT_SIGNED before DocumentSigned, PERSON_SIGN_NOT_SIGNER for anyone but the signer, twice is the wrong state', () => {
    givenSignatures([]).when(sigCmd.person({ document: { ...SIGNED_DOCUMENT, status: 'initialled', signedBy: null, signerName: null } })).thenThrows({ code: 'RULE_VIOLATION', rule: 'NOT_SIGNED' });
    givenSignatures([]).when(sigCmd.person({ actor: actor('pho.chu.tich.vx') })).thenThrows({ code: 'FORBIDDEN', rule: 'PERSON_SIGN_NOT_SIGNER' });
    givenSignatures([]).when(sigCmd.person({ actor: actor('vanthu1') })).thenThrows({ code: 'FORBIDDEN', rule: 'PERSON_SIGN_NOT_SIGNER' });
    givenSignatures(personRecorded()).when(sigCmd.person()).thenThrows({ code: 'WRONG_STATE' });
  });

  it('refuses a file that is not the signed PDF, has no signature, or has one that does not hold (naming attachmentId)', () => {
    const none = givenSignatures([]);
    none.when(sigCmd.person({ file: personFile(undefined, { mediaType: 'image/png' }) })).thenThrows({ code: 'RULE_VIOLATION', rule: 'NOT_A_PDF', field: 'attachmentId' });
    none.when(sigCmd.person({ file: personFile(undefined, { purpose: 'draft' }) })).thenThrows({ code: 'RULE_VIOLATION', rule: 'NOT_THE_SIGNED_FILE', field: 'attachmentId' });
    none.when(sigCmd.person({ file: personFile([]) })).thenThrows({ code: 'RULE_VIOLATION', rule: 'NO_SIGNATURE_IN_FILE', field: 'attachmentId' });
    const error = none.when(sigCmd.person({ file: personFile([check(0, LEADER_CERT, { valid: false, problem: 'digest_mismatch' })]) })).thenThrows({ code: 'RULE_VIOLATION', rule: 'SIGNATURE_INVALID', field: 'attachmentId' });
    expect(error.message).toContain('nội dung đã bị thay đổi sau khi ký');
  });

  it('refuses a certificate issued to someone else (CERTIFICATE_NOT_OF_SIGNER); the name may be spelt without diacritics, in capitals', () => {
    const other = { ...LEADER_CERT, subject: 'CN=Nguyễn Văn Bình, O=UBND tỉnh, C=VN' };
    givenSignatures([]).when(sigCmd.person({ file: personFile([check(0, other)]) })).thenThrows({ code: 'RULE_VIOLATION', rule: 'CERTIFICATE_NOT_OF_SIGNER', field: 'attachmentId' });
    const plain = { ...LEADER_CERT, subject: 'CN=TRAN  QUOC HUNG, OU=Lãnh đạo, O=UBND tỉnh, C=VN' };
    givenSignatures([]).when(sigCmd.person({ file: personFile([check(0, plain)]) })).then([expect.objectContaining({ type: 'SignaturePersonRecorded' }) as never]);
  });
});

describe('the organisation’s signature (chữ ký số của cơ quan)', () => {
  it('is recorded by a clerk from the file signed over the person’s signature: the last signature, with the person’s serial', () => {
    givenSignatures(personRecorded())
      .when(sigCmd.organisation())
      .then([
        {
          type: 'SignatureOrganisationRecorded',
          data: {
            documentId: DOCUMENT_ID, attachmentId: ATTACHMENT.organisation, fileName: 'QĐ 125-UBND ký số cơ quan.pdf', fileSha256: 'b'.repeat(64),
            certificate: OFFICE_CERT, signingTime: T.sealed, trusted: false, trustReason: NO_ROOTS, personSerial: LEADER_CERT.serial, by: userId('vanthu1'), at: T.sealed,
          },
        },
      ]);
  });

  it('refuses: ORG_SIGN_NOT_CLERK for anyone but a clerk (the leader too), ORG_SIGN_BEFORE_PERSON, twice is the wrong state', () => {
    givenSignatures(personRecorded()).when(sigCmd.organisation({ actor: actor('pho.chu.tich.kt') })).thenThrows({ code: 'FORBIDDEN', rule: 'ORG_SIGN_NOT_CLERK' });
    givenSignatures(personRecorded()).when(sigCmd.organisation({ actor: actor('cv.kt1') })).thenThrows({ code: 'FORBIDDEN', rule: 'ORG_SIGN_NOT_CLERK' });
    givenSignatures([]).when(sigCmd.organisation()).thenThrows({ code: 'RULE_VIOLATION', rule: 'ORG_SIGN_BEFORE_PERSON' });
    givenSignatures(signatureHistory(sigCmd.person(), sigCmd.organisation())).when(sigCmd.organisation()).thenThrows({ code: 'WRONG_STATE' });
  });

  it('refuses a file without the recorded person’s signature before it, or whose last signature is the person’s own', () => {
    const recorded = givenSignatures(personRecorded());
    recorded.when(sigCmd.organisation({ file: organisationFile([check(0, OFFICE_CERT)]) })).thenThrows({ code: 'RULE_VIOLATION', rule: 'PERSON_SIGNATURE_NOT_IN_FILE' });
    const stranger = { ...LEADER_CERT, serial: '01' };
    recorded.when(sigCmd.organisation({ file: organisationFile([check(0, stranger), check(1, OFFICE_CERT)]) })).thenThrows({ code: 'RULE_VIOLATION', rule: 'PERSON_SIGNATURE_NOT_IN_FILE' });
    recorded.when(sigCmd.organisation({ file: organisationFile([check(0, LEADER_CERT), check(1, LEADER_CERT)]) })).thenThrows({ code: 'RULE_VIOLATION', rule: 'ORG_SIGN_WITH_PERSON_CERTIFICATE' });
    recorded
      .when(sigCmd.organisation({ file: organisationFile([check(0, LEADER_CERT), check(1, OFFICE_CERT, { valid: false, problem: 'signature_mismatch' })]) }))
      .thenThrows({ code: 'RULE_VIOLATION', rule: 'SIGNATURE_INVALID' });
  });
});

describe('checking a file’s signatures (kiểm tra chữ ký số)', () => {
  it('records the result of each signature; valid only when there are some and all hold', () => {
    const { state } = givenSignatures([])
      .when(sigCmd.verify())
      .then([
        {
          type: 'DocumentSignatureVerified',
          data: {
            documentId: DOCUMENT_ID, attachmentId: ATTACHMENT.organisation, fileName: 'QĐ 125-UBND ký số cơ quan.pdf', fileSha256: 'b'.repeat(64), valid: true,
            signatures: organisationFile().signatures, by: userId('vanthu1'), at: T.checked,
          },
        },
      ]);
    expect(state.verifications).toHaveLength(1);
  });

  it('a tampered file is recorded as failing, and so is a PDF without signatures; a scan in any purpose may be checked', () => {
    const tampered = personFile([check(0, LEADER_CERT, { valid: false, problem: 'digest_mismatch', trustReason: null })], { purpose: 'scan', attachmentId: ATTACHMENT.scan });
    const [event] = givenSignatures([]).when(sigCmd.verify({ file: tampered })).then([expect.objectContaining({ type: 'DocumentSignatureVerified' }) as never]).events;
    expect(event.data).toMatchObject({ valid: false, signatures: [{ problem: 'digest_mismatch' }] });
    const [unsigned] = givenSignatures([]).when(sigCmd.verify({ file: personFile([]) })).then([expect.anything() as never]).events;
    expect(unsigned.data).toMatchObject({ valid: false, signatures: [] });
  });

  it('refuses: VERIFY_NOT_ON_PATH for someone the document never passed through, NOT_A_PDF', () => {
    givenSignatures([]).when(sigCmd.verify({ actor: actor('cv.vx1') })).thenThrows({ code: 'FORBIDDEN', rule: 'VERIFY_NOT_ON_PATH' });
    givenSignatures([]).when(sigCmd.verify({ file: personFile(undefined, { mediaType: 'image/jpeg' }) })).thenThrows({ code: 'RULE_VIOLATION', rule: 'NOT_A_PDF' });
    givenSignatures([]).when(sigCmd.verify({ actor: actor('cv.kt1') })).then([expect.anything() as never]);
  });
});

describe('signatureActions: the card’s buttons come from the same checks', () => {
  it('the signer records theirs, then a clerk the organisation’s; everyone on the path may check', () => {
    const none = signaturesStateFrom([]);
    expect(signatureActions(none, SIGNED_DOCUMENT, actor('pho.chu.tich.kt'))).toEqual(['record_person', 'verify']);
    expect(signatureActions(none, SIGNED_DOCUMENT, actor('vanthu1'))).toEqual(['verify']);
    const person = signaturesStateFrom(personRecorded());
    expect(signatureActions(person, SIGNED_DOCUMENT, actor('vanthu2'))).toEqual(['record_organisation', 'verify']);
    expect(signatureActions(person, SIGNED_DOCUMENT, actor('cv.vx1'))).toEqual([]);
  });
});
