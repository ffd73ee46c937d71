import { randomUUID } from 'node:crypto';
import {
  decideDocument, evolveDocument, initialDocumentState, numberingStreamName, documentStreamName,
  type DocumentCommand, type DocumentEvent, type DocumentState, type NumberSeriesEvent, type NumberSeriesKey,
} from '@office/domain';
import { DEMO_CONTEXT, actor, cmd, departmentId, userId, vn } from '@office/domain/testing/document-fixtures';
import type { EventStore, JsonObject } from '@office/event-store';

/** One event to append, in the order of the scenario. */
export interface ScenarioEvent {
  stream: string;
  type: string;
  data: JsonObject;
  actorId: string;
}

export const DOC = {
  /** Happy path to archived, with a leader due date that is extended; normal series 2025 no. 1, outgoing no. 1. */
  a: '0a000000-0000-4000-8000-00000000000a',
  /** Supplement cycle, a submission returned, resubmitted, then rejected at signing; no. 2. */
  b: '0b000000-0000-4000-8000-00000000000b',
  /** Confidential (own series, no. 1): misrouted, returned, distributed again. */
  c: '0c000000-0000-4000-8000-00000000000c',
  /** Urgent, only received; no. 4 (no. 3 was voided). */
  d: '0d000000-0000-4000-8000-00000000000d',
  /** Never written: its incoming no. 3 is voided. */
  lost: '0e000000-0000-4000-8000-00000000000e',
} as const;

const clerk = userId('vanthu1');

function numbering(key: NumberSeriesKey, event: { type: NumberSeriesEvent['type'] } & JsonObject): ScenarioEvent {
  const { type, ...rest } = event;
  return { stream: numberingStreamName(key), type, data: { ...key, ...rest, by: clerk }, actorId: clerk };
}

const incoming = (series: 'normal' | 'confidential'): NumberSeriesKey => ({ direction: 'incoming', year: 2025, series });
const outgoing: NumberSeriesKey = { direction: 'outgoing', year: 2025, series: 'normal' };

/** A document's history decided by the real rules; one scenario event per domain event, with its time. */
function decided(documentId: string, commands: DocumentCommand[]): Array<ScenarioEvent & { at: string }> {
  let state: DocumentState = initialDocumentState;
  return commands.flatMap((command) => {
    const events: DocumentEvent[] = decideDocument({ ...command, documentId } as DocumentCommand, state, DEMO_CONTEXT);
    state = events.reduce(evolveDocument, state);
    return events.map((e) => ({ stream: documentStreamName(documentId), type: e.type, data: e.data as unknown as JsonObject, actorId: e.data.by, at: e.data.at }));
  });
}

/**
 * The scenario in global order: four documents' histories interleaved by time, with the
 * numbering streams around each registration and issue as the application writes them.
 */
export function scenarioEvents(): ScenarioEvent[] {
  const a = decided(DOC.a, [
    cmd.receive({ incomingNumber: 1 }),
    cmd.distribute(),
    cmd.assign(),
    cmd.appraise(),
    cmd.submit(),
    cmd.initial(),
    cmd.extendDeadline({ now: vn('2025-05-05', '10:00') }),
    cmd.sign(),
    cmd.issue({ outgoingNumber: 1, symbol: '1/QĐ-UBND' }),
    cmd.archive(),
  ]);
  const b = decided(DOC.b, [
    cmd.receive({ incomingNumber: 2, now: vn('2025-04-24', '10:00'), excerpt: 'V/v bổ sung hồ sơ dự án cầu Đông Hà', source: { agency: 'UBND huyện Cam Lộ', symbol: '88/UBND-KT', issuedDate: '2025-04-20', signer: null } }),
    cmd.distribute({ now: vn('2025-04-25', '09:00'), dueDate: null }),
    cmd.assign({ now: vn('2025-04-25', '10:00') }),
    cmd.requestSupplement({ now: vn('2025-04-25', '15:00') }),
    cmd.receiveSupplement({ now: vn('2025-05-06', '10:00') }),
    cmd.appraise({ now: vn('2025-05-07', '10:00') }),
    cmd.submit({ now: vn('2025-05-08', '10:00') }),
    cmd.initial({ now: vn('2025-05-09', '09:00'), agree: false, note: 'Bổ sung ý kiến Sở Xây dựng' }),
    cmd.submit({ now: vn('2025-05-12', '10:00') }),
    cmd.initial({ now: vn('2025-05-13', '09:00') }),
    cmd.sign({ now: vn('2025-05-14', '09:00'), decision: 'rejected', note: 'Chưa đủ cơ sở' }),
  ]);
  const c = decided(DOC.c, [
    cmd.receive({ incomingNumber: 1, now: vn('2025-04-24', '11:00'), confidentiality: 'confidential', excerpt: 'V/v phương án bảo vệ bí mật', source: { agency: 'Công an tỉnh', symbol: '12/CAT-PA03', issuedDate: '2025-04-23', signer: null } }),
    cmd.distribute({ now: vn('2025-04-28', '09:00'), dueDate: null }),
    cmd.assign({ now: vn('2025-04-28', '10:00'), specialistId: userId('cv.kt2') }),
    cmd.return({ now: vn('2025-04-28', '15:00'), actor: actor('cv.kt2') }),
    cmd.distribute({ now: vn('2025-04-29', '09:00'), dueDate: null, departmentId: departmentId('NC') }),
  ]);
  const d = decided(DOC.d, [cmd.receive({ incomingNumber: 4, now: vn('2025-04-25', '08:00'), urgency: 'urgent', excerpt: 'V/v phòng chống bão số 1' })]);

  const numbered = new Map<string, ScenarioEvent[]>([
    [`${DOC.a}:DocumentReceived:before`, [numbering(incoming('normal'), { type: 'NumbersReserved', numbers: [{ number: 1, documentId: DOC.a }], at: a[0].at })]],
    [`${DOC.a}:DocumentReceived:after`, [numbering(incoming('normal'), { type: 'NumberUsed', number: 1, documentId: DOC.a, at: a[0].at })]],
    [
      `${DOC.b}:DocumentReceived:before`,
      [numbering(incoming('normal'), { type: 'NumbersReserved', numbers: [{ number: 2, documentId: DOC.b }, { number: 3, documentId: DOC.lost }], at: b[0].at })],
    ],
    [
      `${DOC.b}:DocumentReceived:after`,
      [
        numbering(incoming('normal'), { type: 'NumberUsed', number: 2, documentId: DOC.b, at: b[0].at }),
        numbering(incoming('normal'), { type: 'NumberVoided', number: 3, documentId: DOC.lost, reason: 'Không ghi được văn bản mang số này', at: b[0].at }),
      ],
    ],
    [`${DOC.c}:DocumentReceived:before`, [numbering(incoming('confidential'), { type: 'NumbersReserved', numbers: [{ number: 1, documentId: DOC.c }], at: c[0].at })]],
    [`${DOC.c}:DocumentReceived:after`, [numbering(incoming('confidential'), { type: 'NumberUsed', number: 1, documentId: DOC.c, at: c[0].at })]],
    [`${DOC.d}:DocumentReceived:before`, [numbering(incoming('normal'), { type: 'NumbersReserved', numbers: [{ number: 4, documentId: DOC.d }], at: d[0].at })]],
    [`${DOC.d}:DocumentReceived:after`, [numbering(incoming('normal'), { type: 'NumberUsed', number: 4, documentId: DOC.d, at: d[0].at })]],
    [
      `${DOC.a}:DocumentIssued:before`,
      [
        numbering(outgoing, { type: 'NumbersReserved', numbers: [{ number: 1, documentId: DOC.a }], at: a[8].at }),
        numbering(outgoing, { type: 'NumbersReserved', numbers: [{ number: 2, documentId: DOC.lost }], at: a[8].at }),
        numbering(outgoing, { type: 'NumberVoided', number: 2, documentId: DOC.lost, reason: 'Không ghi được văn bản mang số này', at: a[8].at }),
      ],
    ],
    [`${DOC.a}:DocumentIssued:after`, [numbering(outgoing, { type: 'NumberUsed', number: 1, documentId: DOC.a, at: a[8].at })]],
  ]);

  const documentEvents = [...a, ...b, ...c, ...d].sort((x, y) => Date.parse(x.at) - Date.parse(y.at));
  return documentEvents.flatMap((event) => {
    const id = event.stream.slice('document-'.length);
    const { at: _at, ...plain } = event;
    return [...(numbered.get(`${id}:${event.type}:before`) ?? []), plain, ...(numbered.get(`${id}:${event.type}:after`) ?? [])];
  });
}

/** Appends scenario events one append each (as the application does), in order. */
export async function appendAll(store: EventStore, events: readonly ScenarioEvent[]): Promise<bigint> {
  let position = -1n;
  for (const event of events) {
    const occurredAt = typeof event.data.at === 'string' ? event.data.at : new Date().toISOString();
    const metadata = { actorId: event.actorId, actorRole: 'test', correlationId: randomUUID(), causationId: null, occurredAt, schemaVersion: 1 };
    ({ position } = await store.append(event.stream, [{ eventId: randomUUID(), type: event.type, data: event.data, metadata }], 'any'));
  }
  return position;
}
