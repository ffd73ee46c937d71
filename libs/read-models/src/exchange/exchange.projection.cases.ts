import { incomingPackageStream, outgoingPackageStream, VIETNAM_CALENDAR, type ExchangeEvent } from '@office/domain';
import type { JsonObject } from '@office/event-store';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { applyDirectly, openHarness, projectLive, snapshotAll, wholeLog, type JsonRow, type ProjectionHarness } from '../../../../apps/projector/src/testing/projection-harness';
import type { ScenarioEvent } from '../../../../apps/projector/src/testing/scenario';
import { exchangeProjection } from './exchange.projection';

const CLERK = '00000000-0000-4000-8000-000000000212';
const SYSTEM = '00000000-0000-4000-8000-000000000000';
const SENT_ID = '7d4b1f20-5a3e-4c11-9e61-0c2f3a9b0e01';
const IN_ID = '7d4b1f20-5a3e-4c11-9e61-0c2f3a9b0e02';
const BAD_ID = '7d4b1f20-5a3e-4c11-9e61-0c2f3a9b0e03';
const SKHDT = { organId: '000.00.32.H01', organName: 'Sở Kế hoạch và Đầu tư' };
const at = (hhmm: string) => `2026-03-05T${hhmm}:00.000Z`;
const on = (stream: string, ...events: ExchangeEvent[]): ScenarioEvent[] => events.map((e) => ({ stream, type: e.type, data: e.data as unknown as JsonObject, actorId: e.data.by }));

const SCENARIO: ScenarioEvent[] = [
  ...on(outgoingPackageStream(SENT_ID),
    { type: 'ExchangePackageSent', data: { packageId: SENT_ID, documentId: '5f0c6a52-6a41-4c44-9a7e-0d3c2b1a0001', symbol: '15/QĐ-UBND', subject: 'Về việc phê duyệt dự án', to: [SKHDT], packageSha256: 'ab'.repeat(32), by: CLERK, at: at('02:00') } },
    { type: 'ExchangeStatusReceived', data: { organId: SKHDT.organId, status: 'arrived', description: 'Đã đến', reportedAt: at('02:01'), by: SYSTEM, at: at('02:01') } },
    { type: 'ExchangeStatusReceived', data: { organId: SKHDT.organId, status: 'registered', description: 'Đã tiếp nhận', reportedAt: at('03:00'), by: SYSTEM, at: at('03:00') } },
    { type: 'ExchangePackageRecalled', data: { reason: 'Sai thể thức', by: CLERK, at: at('04:00') } }),
  ...on(incomingPackageStream(IN_ID),
    {
      type: 'ExchangePackageReceived',
      data: {
        packageId: IN_ID, packageSha256: 'cd'.repeat(32), from: SKHDT, symbol: '125/SKHĐT-KH', promulgationDate: '2026-03-04', documentType: 'Công văn', subject: 'Về việc đề nghị thẩm định',
        signer: 'KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Lê Văn An', priority: 1, dueDate: null, files: [], acknowledgeDue: { due: '2026-03-05', calendarVersion: VIETNAM_CALENDAR.version }, by: SYSTEM, at: at('02:00'),
      },
    },
    { type: 'ExchangeStatusSent', data: { status: 'arrived', description: 'Đã đến', by: SYSTEM, at: at('02:00') } },
    { type: 'ExchangePackageRegistered', data: { documentId: '5f0c6a52-6a41-4c44-9a7e-0d3c2b1a0009', incomingNumber: 12, by: CLERK, at: at('03:00') } }),
  ...on(incomingPackageStream(BAD_ID),
    { type: 'ExchangePackageRejected', data: { packageId: BAD_ID, packageSha256: 'ee'.repeat(32), reason: 'Gói tin không đúng cấu trúc edXML', errors: ['dòng 1: thiếu edXMLHeader'], by: SYSTEM, at: at('05:00') } }),
];

const TABLES = [{ table: 'rm_exchange_outbox', orderBy: 'id' }, { table: 'rm_exchange_inbox', orderBy: 'id' }];

describe('exchange.v1', () => {
  let h: ProjectionHarness;
  let live: Record<string, JsonRow[]>;
  beforeAll(async () => {
    h = await openHarness();
    live = await projectLive(h, exchangeProjection, SCENARIO, TABLES);
  });
  afterAll(async () => h?.close());

  it('keeps the outbox with each receiver’s statuses and the recall', () => {
    expect(live.rm_exchange_outbox).toEqual([expect.objectContaining({
      id: SENT_ID, symbol: '15/QĐ-UBND', status: 'recalled', recall_reason: 'Sai thể thức', recipients: [SKHDT],
      reported: [expect.objectContaining({ status: 'arrived' }), expect.objectContaining({ status: 'registered' })],
    })]);
  });

  it('keeps the inbox: a registered package acknowledged the same day, and a package refused by the schema with its reasons', () => {
    const row = (id: string) => live.rm_exchange_inbox.find((r) => r.id === id);
    expect(row(IN_ID)).toMatchObject({ status: 'registered', symbol: '125/SKHĐT-KH', from_organ_id: SKHDT.organId, acknowledge_due: '2026-03-05', statuses_sent: ['arrived'], priority: 1 });
    expect(row(BAD_ID)).toMatchObject({ status: 'rejected', rejection_reason: 'Gói tin không đúng cấu trúc edXML', rejection_errors: ['dòng 1: thiếu edXMLHeader'], acknowledge_due: null });
  });

  it('gives the same rows when every event is applied a second time', async () => {
    await applyDirectly(h, exchangeProjection, await wholeLog(h.store));
    expect(await snapshotAll(h, TABLES)).toEqual(live);
  });
});
