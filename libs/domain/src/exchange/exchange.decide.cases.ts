import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { VIETNAM_CALENDAR } from '../calendar';
import { decideDocument, decideDocumentRecall, documentStateFrom, evolveDocument } from '../document';
import { cmd, DEMO_CONTEXT, historyUntil } from '../testing/document-fixtures';
import type { IncomingPackageEvent, OutgoingPackageEvent } from './exchange.events';
import { statusesToReport } from './exchange.statuses';
import { deliveriesDue } from './exchange.decide';
import { evolveOutgoingPackage, initialOutgoingPackageState } from './exchange.state';
import {
  actor, clerk, exchangeCmd, FACTS, incoming, outgoing, PACKAGE_ID, RECEIVED, SELF, send, SENT, SIGNATURE_HOLDS, SIGNATURE_TAMPERED, SKHDT, system, T, vn,
} from './testing/exchange-fixtures';

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

describe('delivery to the receivers’ inboxes (gửi lại until delivered)', () => {
  const DELIVERED: OutgoingPackageEvent = { type: 'ExchangePackageDelivered', data: { organId: SKHDT.organId, message: 'package', by: system.userId, at: T.sent } };
  const due = (events: OutgoingPackageEvent[]) => deliveriesDue(events.reduce(evolveOutgoingPackage, initialOutgoingPackageState));

  it('a package sent and not yet delivered is due to every receiver; delivered, it is recorded once and no longer due', () => {
    expect(due([SENT])).toEqual([{ organId: SKHDT.organId, message: 'package' }]);
    outgoing([SENT]).when(exchangeCmd.delivered()).then([DELIVERED]);
    outgoing([SENT, DELIVERED]).when(exchangeCmd.delivered()).then([]);
    expect(due([SENT, DELIVERED])).toEqual([]);
  });
  it('once recalled, the recall is due to every receiver instead of the package', () => {
    const recalled: OutgoingPackageEvent = { type: 'ExchangePackageRecalled', data: { reason: 'Sai thể thức', by: clerk.userId, at: T.later } };
    expect(due([SENT, recalled])).toEqual([{ organId: SKHDT.organId, message: 'recall' }]);
    const { events } = outgoing([SENT, DELIVERED, recalled]).when(exchangeCmd.delivered('recall')).then([{ ...DELIVERED, data: { ...DELIVERED.data, message: 'recall' } }]);
    expect(due([SENT, DELIVERED, recalled, ...events])).toEqual([]);
  });
  it('refuses a delivery to an agency the package was not sent to, or of a package never sent', () => {
    outgoing([SENT]).when({ ...exchangeCmd.delivered(), organId: SELF.organId } as never).thenThrows({ code: 'RULE_VIOLATION', rule: 'NOT_A_RECIPIENT', field: 'organId' });
    outgoing([]).when(exchangeCmd.delivered()).thenThrows({ code: 'WRONG_STATE' });
    expect(due([])).toEqual([]);
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
  const receive = { type: 'receive' as const, actor: system, now: T.arrived, packageId: PACKAGE_ID, packageSha256: 'cd'.repeat(32), facts: FACTS, signatures: [SIGNATURE_HOLDS] };
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

describe('RECEIVE_INVALID_SIGNATURE: a signed PDF that fails verification is refused on receipt', () => {
  it('records the refusal with the sender, the symbol and each signature that fails, once; nothing can be done with it after', () => {
    const { events, state } = incoming([]).when(exchangeCmd.receive([SIGNATURE_HOLDS, { ...SIGNATURE_TAMPERED, index: 1 }])).then([{
      type: 'ExchangePackageSignatureRejected',
      data: {
        packageId: PACKAGE_ID, packageSha256: 'cd'.repeat(32), from: SKHDT, symbol: '125/SKHĐT-KH', reason: expect.stringContaining('RECEIVE_INVALID_SIGNATURE') as never,
        errors: ['125-SKHĐT-KH.pdf: chữ ký số thứ 2: nội dung đã bị thay đổi sau khi ký'], by: system.userId, at: T.arrived,
      },
    }]);
    expect(state).toMatchObject({ status: 'rejected', rule: 'RECEIVE_INVALID_SIGNATURE' });
    incoming(events).when(exchangeCmd.receive([SIGNATURE_TAMPERED])).then([]);
    incoming(events).when(exchangeCmd.claim()).thenThrows({ code: 'WRONG_STATE' });
  });
  it('a package whose signatures hold, or that carries no signed PDF, is received', () => {
    incoming([]).when(exchangeCmd.receive([SIGNATURE_HOLDS])).then([RECEIVED]);
    incoming([]).when(exchangeCmd.receive([])).then([RECEIVED]);
  });
});

describe('one registration per package, whoever registers it (REGISTRATION_IN_PROGRESS)', () => {
  const CLAIMED: IncomingPackageEvent = { type: 'ExchangeRegistrationClaimed', data: { documentId: 'd-9', by: clerk.userId, at: T.later } };
  const other = actor('vanthu2');
  it('the first clerk claims the package under its document’s id before a number is taken; a retry by the same clerk continues it', () => {
    incoming([RECEIVED]).when(exchangeCmd.claim()).then([CLAIMED]);
    incoming([RECEIVED, CLAIMED]).when(exchangeCmd.claim()).then([]);
  });
  it('a second clerk is refused while the claim holds, and may take over one abandoned for longer than the hold', () => {
    incoming([RECEIVED, CLAIMED]).when(exchangeCmd.claim(other, vn('2025-05-08', '14:05'))).thenThrows({ code: 'WRONG_STATE', rule: 'REGISTRATION_IN_PROGRESS' });
    incoming([RECEIVED, CLAIMED]).when({ ...exchangeCmd.claim(other, vn('2025-05-08', '14:30')), documentId: 'd-10' } as never).then([
      { type: 'ExchangeRegistrationClaimed', data: { documentId: 'd-10', by: other.userId, at: vn('2025-05-08', '14:30') } },
    ]);
  });
  it('registers only the document claimed', () => {
    incoming([RECEIVED, CLAIMED]).when({ type: 'register', actor: other, now: T.later, documentId: 'd-10', incomingNumber: 13 }).thenThrows({ code: 'WRONG_STATE', rule: 'REGISTRATION_IN_PROGRESS' });
    incoming([RECEIVED, CLAIMED]).when(exchangeCmd.register()).then([{ type: 'ExchangePackageRegistered', data: { documentId: 'd-9', incomingNumber: 12, by: clerk.userId, at: T.later } }]);
  });
  it('only the clerk claims, and not a package already registered', () => {
    incoming([RECEIVED]).when(exchangeCmd.claim(actor('cv.kt1'))).thenThrows({ code: 'FORBIDDEN', rule: 'CLERK_ONLY' });
    const registered: IncomingPackageEvent = { type: 'ExchangePackageRegistered', data: { documentId: 'd-9', incomingNumber: 12, by: clerk.userId, at: T.later } };
    incoming([RECEIVED, CLAIMED, registered]).when(exchangeCmd.claim(other)).thenThrows({ code: 'WRONG_STATE', rule: 'ALREADY_REGISTERED' });
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
