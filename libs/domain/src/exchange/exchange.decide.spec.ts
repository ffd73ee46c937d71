import { describe, expect, it } from 'vitest';
import { VIETNAM_CALENDAR } from '../calendar';
import { decideDocument, decideDocumentRecall, documentStateFrom, evolveDocument } from '../document';
import { actor, cmd, DEMO_CONTEXT, historyUntil, vn } from '../testing/document-fixtures';
import { deciderSpec } from '../testing/given-when-then';
import type { ExchangeContext, SendPackage } from './exchange.commands';
import type { IncomingPackageEvent, OutgoingPackageEvent } from './exchange.events';
import { decideIncomingPackage, decideOutgoingPackage } from './exchange.decide';
import { evolveIncomingPackage, evolveOutgoingPackage, initialIncomingPackageState, initialOutgoingPackageState } from './exchange.state';
import { statusesToReport } from './exchange.statuses';

const SELF = { organId: '000.00.31.H01', organName: 'Văn phòng UBND tỉnh An Thành' };
const SKHDT = { organId: '000.00.32.H01', organName: 'Sở Kế hoạch và Đầu tư' };
const CONTEXT: ExchangeContext = { self: SELF, agencies: [SELF, SKHDT], calendar: VIETNAM_CALENDAR };
const PACKAGE_ID = '7d4b1f20-5a3e-4c11-9e61-0c2f3a9b0e01';
const clerk = actor('vanthu1');
const T = { sent: vn('2025-05-08', '10:00'), arrived: vn('2025-05-08', '10:01'), later: vn('2025-05-08', '14:00'), saturday: vn('2025-05-10', '09:00') };

const outgoing = deciderSpec({ decide: decideOutgoingPackage, evolve: evolveOutgoingPackage, initialState: initialOutgoingPackageState }, CONTEXT);
const incoming = deciderSpec({ decide: decideIncomingPackage, evolve: evolveIncomingPackage, initialState: initialIncomingPackageState }, CONTEXT);

const send = (o: Partial<SendPackage> = {}): SendPackage => ({
  type: 'send', actor: clerk, now: T.sent, packageId: PACKAGE_ID, packageSha256: 'ab'.repeat(32), to: [SKHDT.organId],
  document: { documentId: 'd-1', status: 'issued', symbol: '15/QĐ-UBND', excerpt: 'Về việc phê duyệt dự án' }, ...o,
});
const SENT: OutgoingPackageEvent = {
  type: 'ExchangePackageSent',
  data: { packageId: PACKAGE_ID, documentId: 'd-1', symbol: '15/QĐ-UBND', subject: 'Về việc phê duyệt dự án', to: [SKHDT], packageSha256: 'ab'.repeat(32), by: clerk.userId, at: T.sent },
};
const FACTS = {
  from: SKHDT, symbol: '125/SKHĐT-KH', promulgationDate: '2025-05-07', documentType: 'Công văn', subject: 'Về việc đề nghị thẩm định', signer: 'KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Lê Văn An',
  priority: 0, dueDate: null, files: [],
};
const system = { userId: '00000000-0000-4000-8000-000000000000', roles: ['admin' as const], departmentId: null };
const RECEIVED: IncomingPackageEvent = {
  type: 'ExchangePackageReceived',
  data: { packageId: PACKAGE_ID, packageSha256: 'cd'.repeat(32), ...FACTS, acknowledgeDue: { due: '2025-05-08', calendarVersion: VIETNAM_CALENDAR.version }, by: system.userId, at: T.arrived },
};

describe('sending a package (gửi liên thông)', () => {
  it('records an issued document sent by the clerk to agencies on the exchange', () => {
    outgoing([]).when(send()).then([SENT]);
  });
  it('refuses anyone but the clerk', () => {
    outgoing([]).when(send({ actor: actor('cv.kt1') })).thenThrows({ code: 'FORBIDDEN', rule: 'CLERK_ONLY' });
  });
  it('refuses a document not issued', () => {
    outgoing([]).when(send({ document: { documentId: 'd-1', status: 'signed', symbol: null, excerpt: 'x' } })).thenThrows({ code: 'RULE_VIOLATION', rule: 'DOCUMENT_NOT_ISSUED' });
  });
  it('refuses no recipient, an unknown one, a repeated one, and this office itself', () => {
    outgoing([]).when(send({ to: [] })).thenThrows({ code: 'RULE_VIOLATION', rule: 'NO_EXCHANGE_RECIPIENT', field: 'to' });
    outgoing([]).when(send({ to: ['000.00.99.Z99'] })).thenThrows({ code: 'RULE_VIOLATION', rule: 'UNKNOWN_AGENCY', field: 'to' });
    outgoing([]).when(send({ to: [SKHDT.organId, SKHDT.organId] })).thenThrows({ code: 'RULE_VIOLATION', rule: 'DUPLICATE_RECIPIENT' });
    outgoing([]).when(send({ to: [SELF.organId] })).thenThrows({ code: 'RULE_VIOLATION', rule: 'SELF_ADDRESSED' });
  });
  it('never sends the same package twice', () => {
    outgoing([SENT]).when(send()).thenThrows({ code: 'WRONG_STATE', rule: 'ALREADY_SENT' });
  });
});

describe('statuses reported by the receivers', () => {
  const status = { type: 'record-status' as const, actor: system, now: T.later, organId: SKHDT.organId, status: 'registered' as const, description: 'Đã vào sổ', reportedAt: T.later };
  it('records each status of each receiver once', () => {
    const { events } = outgoing([SENT]).when(status).then([{ type: 'ExchangeStatusReceived', data: { organId: SKHDT.organId, status: 'registered', description: 'Đã vào sổ', reportedAt: T.later, by: system.userId, at: T.later } }]);
    outgoing([SENT, ...events]).when(status).then([]);
  });
  it('refuses a status from an agency the package was not sent to', () => {
    outgoing([SENT]).when({ ...status, organId: SELF.organId }).thenThrows({ code: 'RULE_VIOLATION', rule: 'NOT_A_RECIPIENT' });
  });
});

describe('recall (thu hồi) by the sender', () => {
  const recall = { type: 'recall' as const, actor: clerk, now: T.later, reason: 'Ban hành sai thể thức' };
  it('records the clerk’s recall with its reason, once', () => {
    const { events } = outgoing([SENT]).when(recall).then([{ type: 'ExchangePackageRecalled', data: { reason: 'Ban hành sai thể thức', by: clerk.userId, at: T.later } }]);
    outgoing([SENT, ...events]).when(recall).thenThrows({ code: 'WRONG_STATE', rule: 'ALREADY_RECALLED' });
  });
  it('needs a reason, the clerk, and a sent package', () => {
    outgoing([SENT]).when({ ...recall, reason: ' ' }).thenThrows({ code: 'RULE_VIOLATION', rule: 'REASON_REQUIRED' });
    outgoing([SENT]).when({ ...recall, actor: actor('tp.kt') }).thenThrows({ code: 'FORBIDDEN', rule: 'CLERK_ONLY' });
    outgoing([]).when(recall).thenThrows({ code: 'WRONG_STATE' });
  });
});

describe('receiving a package', () => {
  const receive = { type: 'receive' as const, actor: system, now: T.arrived, packageId: PACKAGE_ID, packageSha256: 'cd'.repeat(32), facts: FACTS };
  it('records it once, due to be acknowledged the same working day', () => {
    incoming([]).when(receive).then([RECEIVED]);
    incoming([RECEIVED]).when(receive).then([]);
  });
  it('on a day off, the acknowledgement is due the next working day', () => {
    const { events } = incoming([]).when({ ...receive, now: T.saturday }).then([{ ...RECEIVED, data: { ...RECEIVED.data, acknowledgeDue: { due: '2025-05-12', calendarVersion: VIETNAM_CALENDAR.version }, at: T.saturday } }]);
    expect(events).toHaveLength(1);
  });
  it('records a package that failed the schema as rejected, with its reason, once', () => {
    const reject = { type: 'reject' as const, actor: system, now: T.arrived, packageId: PACKAGE_ID, packageSha256: 'ee'.repeat(32), reason: 'Không đúng cấu trúc edXML', errors: ['dòng 3: thiếu Subject'] };
    const { events } = incoming([]).when(reject).then([{ type: 'ExchangePackageRejected', data: { packageId: PACKAGE_ID, packageSha256: 'ee'.repeat(32), reason: 'Không đúng cấu trúc edXML', errors: ['dòng 3: thiếu Subject'], by: system.userId, at: T.arrived } }]);
    incoming(events).when(reject).then([]);
    incoming(events).when({ type: 'status-sent', actor: system, now: T.arrived, status: 'arrived', description: '' }).thenThrows({ code: 'WRONG_STATE' });
  });
  it('records each status sent back once', () => {
    const arrived = { type: 'status-sent' as const, actor: system, now: T.arrived, status: 'arrived' as const, description: 'Đã đến' };
    const { events } = incoming([RECEIVED]).when(arrived).then([{ type: 'ExchangeStatusSent', data: { status: 'arrived', description: 'Đã đến', by: system.userId, at: T.arrived } }]);
    incoming([RECEIVED, ...events]).when(arrived).then([]);
  });
});

describe('the clerk registers or refuses a received package', () => {
  const register = { type: 'register' as const, actor: clerk, now: T.later, documentId: 'd-9', incomingNumber: 12 };
  const refuse = { type: 'refuse' as const, actor: clerk, now: T.later, reason: 'Gửi nhầm cơ quan' };
  const REGISTERED: IncomingPackageEvent = { type: 'ExchangePackageRegistered', data: { documentId: 'd-9', incomingNumber: 12, by: clerk.userId, at: T.later } };
  it('registers it once', () => {
    incoming([RECEIVED]).when(register).then([REGISTERED]);
    incoming([RECEIVED, REGISTERED]).when(register).thenThrows({ code: 'WRONG_STATE', rule: 'ALREADY_REGISTERED' });
    incoming([RECEIVED, REGISTERED]).when(refuse).thenThrows({ code: 'WRONG_STATE', rule: 'ALREADY_REGISTERED' });
  });
  it('refuses it with a reason; then it cannot be registered', () => {
    const { events } = incoming([RECEIVED]).when(refuse).then([{ type: 'ExchangePackageRefused', data: { reason: 'Gửi nhầm cơ quan', by: clerk.userId, at: T.later } }]);
    incoming([RECEIVED]).when({ ...refuse, reason: '' }).thenThrows({ code: 'RULE_VIOLATION', rule: 'REASON_REQUIRED', field: 'reason' });
    incoming([RECEIVED, ...events]).when(register).thenThrows({ code: 'WRONG_STATE', rule: 'ALREADY_REFUSED' });
  });
  it('only the clerk registers or refuses', () => {
    incoming([RECEIVED]).when({ ...register, actor: actor('cv.kt1') }).thenThrows({ code: 'FORBIDDEN', rule: 'CLERK_ONLY' });
    incoming([RECEIVED]).when({ ...refuse, actor: actor('tp.kt') }).thenThrows({ code: 'FORBIDDEN', rule: 'CLERK_ONLY' });
  });
  it('a recalled package is locked: neither registered nor refused', () => {
    const recalled: IncomingPackageEvent = { type: 'ExchangeRecallReceived', data: { reason: 'Sai thể thức', by: system.userId, at: T.later } };
    incoming([RECEIVED, recalled]).when(register).thenThrows({ code: 'WRONG_STATE', rule: 'RECALLED_DOCUMENT_LOCKED' });
    incoming([RECEIVED, recalled]).when(refuse).thenThrows({ code: 'WRONG_STATE', rule: 'RECALLED_DOCUMENT_LOCKED' });
    incoming([RECEIVED, recalled]).when({ type: 'recall-received', actor: system, now: T.later, reason: 'lần 2' }).then([]);
  });
});

describe('statuses kept in step with the registered document', () => {
  it('reports what the document reached and was not yet sent, in the standard’s order', () => {
    const types = historyUntil('assigned').map((e) => e.type);
    expect(statusesToReport(types, ['arrived'])).toEqual(['registered', 'assigned']);
    expect(statusesToReport(types, ['arrived', 'registered', 'assigned'])).toEqual([]);
    expect(statusesToReport(historyUntil('issued').map((e) => e.type), ['arrived', 'registered'])).toEqual(['assigned', 'in_progress', 'done']);
  });
});

describe('a recalled document is locked (RECALLED_DOCUMENT_LOCKED)', () => {
  const recall = { packageId: PACKAGE_ID, senderOrganId: SKHDT.organId, reason: 'Sai thể thức', by: system.userId, at: T.later };
  it('records the recall once, and every further step refuses', () => {
    const received = documentStateFrom(historyUntil('received'));
    const events = decideDocumentRecall(received, recall);
    expect(events).toEqual([{ type: 'DocumentRecalled', data: recall }]);
    const locked = events.reduce(evolveDocument, received);
    expect(decideDocumentRecall(locked, recall)).toEqual([]);
    expect(() => decideDocument(cmd.distribute(), locked, DEMO_CONTEXT)).toThrow(expect.objectContaining({ code: 'WRONG_STATE', rule: 'RECALLED_DOCUMENT_LOCKED' }));
    expect(locked.status).toBe('received');
  });
});
