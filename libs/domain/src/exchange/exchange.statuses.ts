import { EXCHANGE_STATUSES, type ExchangeStatus } from './exchange.types';

/**
 * The status each step of a registered document reports back to its sender (QCVN 102:2016 codes
 * 03–06): registration → đã tiếp nhận; distribution to a department or assignment → phân công;
 * appraisal, supplement, submission → đang xử lý; issue or archive of the answer → hoàn thành.
 */
const STATUS_OF_STEP: Readonly<Record<string, ExchangeStatus>> = {
  DocumentReceived: 'registered',
  DocumentDistributed: 'assigned',
  DocumentAssigned: 'assigned',
  DocumentAppraised: 'in_progress',
  SupplementRequested: 'in_progress',
  DocumentSubmitted: 'in_progress',
  DocumentIssued: 'done',
  DocumentArchived: 'done',
};

/**
 * The statuses a document's history has reached and that were not sent yet, in the standard's order:
 * what the exchange reactor sends next. Sending them again after a crash is harmless (the receiver
 * records each status once), and a status recorded as sent is never sent twice.
 */
export function statusesToReport(documentEventTypes: readonly string[], alreadySent: readonly ExchangeStatus[]): ExchangeStatus[] {
  const reached = new Set(documentEventTypes.map((type) => STATUS_OF_STEP[type]).filter((s) => s !== undefined));
  return EXCHANGE_STATUSES.filter((status) => reached.has(status) && !alreadySent.includes(status));
}
