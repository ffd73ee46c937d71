import type { Actor } from '../../shared';
import { actor, DOCUMENT_ID, userId, vn } from '../../testing/document-fixtures';
import { deciderSpec } from '../../testing/given-when-then';
import type { RecordSignature, VerifySignatures } from '../signature.commands';
import { decideSignatures } from '../signature.decide';
import type { SignatureEvent } from '../signature.events';
import { evolveSignatures, initialSignaturesState } from '../signature.state';
import type { SignableDocument, SignatureCheck, VerifiedFile } from '../signature.types';

/*
 * Fixtures for the signatures decider: the demo document KH-DT signed by pho.chu.tich.kt, its
 * signed PDF as the verifier would describe it (the leader's certificate, then the Office's).
 */

export { actor, DOCUMENT_ID, userId };

export const givenSignatures = deciderSpec({ decide: decideSignatures, evolve: evolveSignatures, initialState: initialSignaturesState }, {});

export const T = { signed: vn('2026-03-12', '10:15'), sealed: vn('2026-03-12', '11:00'), checked: vn('2026-03-13', '08:30') } as const;

export const LEADER_CERT = {
  serial: '5404FFFEB7033FB316D672201B7DBE3D',
  issuer: 'CN=CA phục vụ các cơ quan Nhà nước G2, O=Ban Cơ yếu Chính phủ, C=VN',
  subject: 'CN=Trần Quốc Hưng, O=UBND tỉnh, C=VN',
  notBefore: '2025-01-01T00:00:00.000Z',
  notAfter: '2030-01-01T00:00:00.000Z',
};
export const OFFICE_CERT = { ...LEADER_CERT, serial: '5404FFFEB7033FB316D672201B7DBE3E', subject: 'CN=Văn phòng UBND tỉnh, O=UBND tỉnh, C=VN' };

const NO_ROOTS = 'Chưa cấu hình chứng thư số gốc tin cậy';

export function check(index: number, certificate: SignatureCheck['certificate'], overrides: Partial<SignatureCheck> = {}): SignatureCheck {
  return { index, coversWholeFile: true, certificate, signingTime: T.signed, valid: true, problem: null, trusted: false, trustReason: NO_ROOTS, ...overrides };
}

export const SIGNED_DOCUMENT: SignableDocument = {
  status: 'signed',
  signedBy: userId('pho.chu.tich.kt'),
  signerName: 'Trần Quốc Hưng',
  path: [userId('vanthu1'), userId('pho.chanh.vp.kt'), userId('tp.kt'), userId('cv.kt1'), userId('pho.chu.tich.kt')],
};

export const ATTACHMENT = { person: '9b2e0c1d-0000-4000-8000-0000000000a1', organisation: '9b2e0c1d-0000-4000-8000-0000000000a2', scan: '9b2e0c1d-0000-4000-8000-0000000000a3' } as const;

/** The leader's signed PDF; `signatures` replaces what the verifier found. */
export function personFile(signatures: SignatureCheck[] = [check(0, LEADER_CERT)], overrides: Partial<VerifiedFile> = {}): VerifiedFile {
  return { attachmentId: ATTACHMENT.person, name: 'QĐ 125-UBND ký số.pdf', purpose: 'signed', mediaType: 'application/pdf', sha256: 'a'.repeat(64), signatures, ...overrides };
}

/** The same PDF with the Office's signature over the leader's. */
export function organisationFile(signatures: SignatureCheck[] = [check(0, LEADER_CERT, { coversWholeFile: false }), check(1, OFFICE_CERT, { signingTime: T.sealed })]): VerifiedFile {
  return { ...personFile(signatures), attachmentId: ATTACHMENT.organisation, name: 'QĐ 125-UBND ký số cơ quan.pdf', sha256: 'b'.repeat(64) };
}

type Base = { document?: SignableDocument; file?: VerifiedFile; actor?: Actor; now?: string };

export const sigCmd = {
  person: (o: Base = {}): RecordSignature => ({ type: 'record', kind: 'person', documentId: DOCUMENT_ID, document: SIGNED_DOCUMENT, file: personFile(), actor: actor('pho.chu.tich.kt'), now: T.signed, ...o }),
  organisation: (o: Base = {}): RecordSignature => ({ type: 'record', kind: 'organisation', documentId: DOCUMENT_ID, document: SIGNED_DOCUMENT, file: organisationFile(), actor: actor('vanthu1'), now: T.sealed, ...o }),
  verify: (o: Base = {}): VerifySignatures => ({ type: 'verify', documentId: DOCUMENT_ID, document: SIGNED_DOCUMENT, file: organisationFile(), actor: actor('vanthu1'), now: T.checked, ...o }),
};

/** The events `commands` cause one after the other, from an empty stream. */
export function signatureHistory(...commands: Array<RecordSignature | VerifySignatures>): SignatureEvent[] {
  const events: SignatureEvent[] = [];
  let state = initialSignaturesState;
  for (const command of commands) {
    const decided = decideSignatures(command, state);
    events.push(...decided);
    state = decided.reduce(evolveSignatures, state);
  }
  return events;
}
