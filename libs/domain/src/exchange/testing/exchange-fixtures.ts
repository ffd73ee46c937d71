import { VIETNAM_CALENDAR } from '../../calendar';
import { actor, vn } from '../../testing/document-fixtures';
import { deciderSpec } from '../../testing/given-when-then';
import type { ExchangeContext, IncomingPackageCommand, OutgoingPackageCommand, SendPackage } from '../exchange.commands';
import { decideIncomingPackage, decideOutgoingPackage } from '../exchange.decide';
import type { ExchangePackageReceived, ExchangePackageSent } from '../exchange.events';
import type { ReceivedSignatureCheck } from '../exchange.types';
import { evolveIncomingPackage, evolveOutgoingPackage, initialIncomingPackageState, initialOutgoingPackageState } from '../exchange.state';

/*
 * Fixtures for the exchange deciders' tests (test code only): this office sends decision 15/QĐ-UBND
 * to Sở Kế hoạch và Đầu tư on Thu 8/5/2025 10:00, and receives the Sở's 125/SKHĐT-KH a minute later.
 */

export { actor, vn };

export const SELF = { organId: '000.00.31.H01', organName: 'Văn phòng UBND tỉnh An Thành' };
export const SKHDT = { organId: '000.00.32.H01', organName: 'Sở Kế hoạch và Đầu tư' };
export const CONTEXT: ExchangeContext = { self: SELF, agencies: [SELF, SKHDT], calendar: VIETNAM_CALENDAR };
export const PACKAGE_ID = '7d4b1f20-5a3e-4c11-9e61-0c2f3a9b0e01';
export const clerk = actor('vanthu1');
/** What the exchange watcher acts as. */
export const system = { userId: '00000000-0000-4000-8000-000000000000', roles: ['admin' as const], departmentId: null };
export const T = { sent: vn('2025-05-08', '10:00'), arrived: vn('2025-05-08', '10:01'), later: vn('2025-05-08', '14:00'), saturday: vn('2025-05-10', '09:00') };

export const outgoing = deciderSpec({ decide: decideOutgoingPackage, evolve: evolveOutgoingPackage, initialState: initialOutgoingPackageState }, CONTEXT);
export const incoming = deciderSpec({ decide: decideIncomingPackage, evolve: evolveIncomingPackage, initialState: initialIncomingPackageState }, CONTEXT);

export const send = (o: Partial<SendPackage> = {}): SendPackage => ({
  type: 'send', actor: clerk, now: T.sent, packageId: PACKAGE_ID, packageSha256: 'ab'.repeat(32), to: [SKHDT.organId],
  document: { documentId: 'd-1', status: 'issued', symbol: '15/QĐ-UBND', excerpt: 'Về việc phê duyệt dự án' }, ...o,
});
export const SENT: ExchangePackageSent = {
  type: 'ExchangePackageSent',
  data: { packageId: PACKAGE_ID, documentId: 'd-1', symbol: '15/QĐ-UBND', subject: 'Về việc phê duyệt dự án', to: [SKHDT], packageSha256: 'ab'.repeat(32), by: clerk.userId, at: T.sent },
};
export const FACTS = {
  from: SKHDT, symbol: '125/SKHĐT-KH', promulgationDate: '2025-05-07', documentType: 'Công văn', subject: 'Về việc đề nghị thẩm định', signer: 'KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Lê Văn An',
  priority: 0, dueDate: null, files: [],
};
export const RECEIVED: ExchangePackageReceived = {
  type: 'ExchangePackageReceived',
  data: { packageId: PACKAGE_ID, packageSha256: 'cd'.repeat(32), ...FACTS, acknowledgeDue: { due: '2025-05-08', calendarVersion: VIETNAM_CALENDAR.version }, by: system.userId, at: T.arrived },
};

/** The signed PDF of the received package, as the verifier found it: holding, or changed after signing. */
export const SIGNATURE_HOLDS: ReceivedSignatureCheck = { file: '125-SKHĐT-KH.pdf', index: 0, valid: true, problem: null };
export const SIGNATURE_TAMPERED: ReceivedSignatureCheck = { ...SIGNATURE_HOLDS, valid: false, problem: 'digest_mismatch' };

/** The commands of the decider tests, one of each kind. */
export const exchangeCmd = {
  status: (): OutgoingPackageCommand => ({ type: 'record-status', actor: system, now: T.later, organId: SKHDT.organId, status: 'registered', description: 'Đã vào sổ', reportedAt: T.later }),
  recall: (): OutgoingPackageCommand => ({ type: 'recall', actor: clerk, now: T.later, reason: 'Ban hành sai thể thức' }),
  delivered: (message: 'package' | 'recall' = 'package'): OutgoingPackageCommand => ({ type: 'record-delivery', actor: system, now: T.sent, organId: SKHDT.organId, message }),
  receive: (signatures: ReceivedSignatureCheck[] = [SIGNATURE_HOLDS]): IncomingPackageCommand => ({
    type: 'receive', actor: system, now: T.arrived, packageId: PACKAGE_ID, packageSha256: 'cd'.repeat(32), facts: FACTS, signatures,
  }),
  claim: (by = clerk, now = T.later): IncomingPackageCommand => ({ type: 'claim-registration', actor: by, now, documentId: 'd-9' }),
  reject: (): IncomingPackageCommand => ({
    type: 'reject', actor: system, now: T.arrived, packageId: PACKAGE_ID, packageSha256: 'ee'.repeat(32), reason: 'Không đúng cấu trúc edXML', errors: ['dòng 3: thiếu Subject'],
  }),
  statusSent: (): IncomingPackageCommand => ({ type: 'status-sent', actor: system, now: T.arrived, status: 'arrived', description: 'Đã đến' }),
  register: (): IncomingPackageCommand => ({ type: 'register', actor: clerk, now: T.later, documentId: 'd-9', incomingNumber: 12 }),
  refuse: (): IncomingPackageCommand => ({ type: 'refuse', actor: clerk, now: T.later, reason: 'Gửi nhầm cơ quan' }),
  recallReceived: (): IncomingPackageCommand => ({ type: 'recall-received', actor: system, now: T.later, reason: 'Sai thể thức' }),
};
