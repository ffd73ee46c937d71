import {
  DOCUMENT_EVENT_TYPES, documentDeadlines, isRestricted, localDateOf,
  type ClockName, type DocumentEvent, type RegisteredDocument, type WorkingCalendar,
} from '@office/domain';
import type { RecordedEvent } from '@office/event-store';
import { calendarInForce } from '../calendar/calendar-in-force';
import { PROJECTION_NAMES } from '../projection-names';
import { upsertRows, type UpsertColumn } from '../sql/upsert-rows';
import { type Projection } from '../projection';
import type { EntityManager } from 'typeorm';
import { eventsByDocument, foldNew, isoOrNull, type StoredFold } from '../documents/document-fold';
import { FoldBuffer } from '../documents/fold-buffer';

interface ProcessDocument {
  documentId: string;
  state: RegisteredDocument;
  leaderStartedAt: string | null;
  lastPosition: bigint;
}

/** One row of `rm_process_steps`. */
export interface StepFact {
  documentId: string;
  step: ClockName;
  fieldCode: string;
  departmentId: string | null;
  assigneeId: string | null;
  urgency: string;
  restricted: boolean;
  startedAt: string;
  startedOn: string;
  due: string;
  doneAt: string | null;
  doneOn: string | null;
  /** `paused`: the submit clock while a supplement is awaited (clockPaused). */
  state: 'pending' | 'paused' | 'on_time' | 'late';
  workingDays: number | null;
  daysLate: number | null;
  calendarVersion: string;
  lastPosition: bigint;
}

/**
 * `process-steps.v1`: per document and clock of DOMAIN.md §3, when the step started, its due
 * day, when it was done and how many Vietnamese working days it took, so that the briefing and
 * the ISO figures are plain aggregates. The clocks that apply come from `documentDeadlines` on
 * the folded state (kept in `rm_process_documents`), so a step that stops applying (no
 * supplement once the dossier is valid) disappears, and a restarted clock (submit after a
 * supplement) replaces its row. Working days are counted with the calendar in force when the
 * batch is written (asked per batch); the due day and its `calendarVersion` are the deadline's own.
 */
export function processStepsProjection(calendar: () => WorkingCalendar = calendarInForce): Projection {
  return {
    name: PROJECTION_NAMES.processSteps,
    handles: new Set<string>(DOCUMENT_EVENT_TYPES),
    tables: ['rm_process_documents', 'rm_process_steps'],
    async apply(events, tx) {
      const byDocument = eventsByDocument(events);
      if (byDocument.size === 0) return;
      await write(tx, (await foldBatch(tx, byDocument, new Map())).map(([, d]) => d), calendar());
    },
    rebuilder({ bufferSize }) {
      const buffer = new FoldBuffer<ProcessDocument>(bufferSize);
      return {
        async apply(events, tx) {
          const byDocument = eventsByDocument(events);
          if (byDocument.size === 0) return;
          for (const [id, document] of await foldBatch(tx, byDocument, buffer)) buffer.set(id, document);
          await write(tx, buffer.evict(new Set(byDocument.keys())), calendar());
        },
        finish: (tx) => write(tx, buffer.drain(), calendar()),
      };
    },
  };
}

type Known = { get(id: string): (StoredFold & { leaderStartedAt: string | null }) | undefined };

/** Folds a batch onto each document's latest state (from `known`, else from the table); answers the documents that changed. */
async function foldBatch(tx: EntityManager, byDocument: Map<string, RecordedEvent[]>, known: Known): Promise<Array<[string, ProcessDocument]>> {
  const missing = [...byDocument.keys()].filter((id) => !known.get(id));
  const stored = missing.length > 0 ? await loadStored(tx, missing) : new Map<string, StoredFold & { leaderStartedAt: string | null }>();
  const changed: Array<[string, ProcessDocument]> = [];
  for (const [documentId, documentEvents] of byDocument) {
    const before = known.get(documentId) ?? stored.get(documentId);
    const folded = foldNew(before, documentEvents);
    if (!folded) continue;
    let leaderStartedAt = before?.leaderStartedAt ?? null;
    for (const recorded of folded.applied) {
      const event = recorded as unknown as DocumentEvent;
      if (event.type === 'DocumentDistributed' && event.data.leaderDeadline) leaderStartedAt = event.data.at;
    }
    changed.push([documentId, { documentId, state: folded.state, leaderStartedAt, lastPosition: folded.lastPosition }]);
  }
  return changed;
}

/** The documents' folded states, and their steps (a function of the state: replaced as a whole). */
async function write(tx: EntityManager, documents: readonly ProcessDocument[], calendar: WorkingCalendar): Promise<void> {
  if (documents.length === 0) return;
  await upsertRows(tx, { table: 'rm_process_documents', columns: DOCUMENT_COLUMNS, key: ['document_id'], guard: 'last_position' }, documents);
  await tx.query('DELETE FROM rm_process_steps WHERE document_id = ANY($1::uuid[])', [documents.map((d) => d.documentId)]);
  await upsertRows(tx, { table: 'rm_process_steps', columns: STEP_COLUMNS, key: ['document_id', 'step'], guard: 'last_position' }, documents.flatMap((d) => stepFacts(d, calendar)));
}

async function loadStored(tx: EntityManager, ids: string[]): Promise<Map<string, StoredFold & { leaderStartedAt: string | null }>> {
  const rows: Array<{ document_id: string; state: RegisteredDocument; leader_started_at: Date | null; last_position: string }> = await tx.query(
    'SELECT document_id, state, leader_started_at, last_position FROM rm_process_documents WHERE document_id = ANY($1::uuid[])',
    [ids],
  );
  return new Map(rows.map((r) => [r.document_id, { state: r.state, lastPosition: BigInt(r.last_position), leaderStartedAt: isoOrNull(r.leader_started_at) }]));
}

/** When each clock starts (DOMAIN.md §3, "from"). */
function startOf(step: ClockName, document: ProcessDocument): string {
  const s = document.state;
  switch (step) {
    case 'distribute':
    case 'supplement':
      return s.receivedAt;
    case 'submit':
      return s.supplement?.receivedAt ?? s.receivedAt;
    case 'issue':
      return s.signature?.at ?? s.receivedAt;
    case 'leader':
      return document.leaderStartedAt ?? s.distributedAt ?? s.receivedAt;
  }
}

/** Working days in (from, to], or null outside the approved calendar years (never throws inside a projection). */
function workingDays(calendar: WorkingCalendar, from: string, to: string): number | null {
  try {
    return calendar.workingDaysBetween(from, to);
  } catch {
    return null;
  }
}

export function stepFacts(document: ProcessDocument, calendar: WorkingCalendar): StepFact[] {
  const s = document.state;
  return Object.entries(documentDeadlines(s)).map(([step, deadline]) => {
    const startedAt = startOf(step as ClockName, document);
    const startedOn = localDateOf(startedAt);
    const doneOn = deadline.doneAt ? localDateOf(deadline.doneAt) : null;
    return {
      documentId: document.documentId,
      step: step as ClockName,
      fieldCode: s.fieldCode,
      departmentId: s.departmentId,
      assigneeId: s.assigneeId,
      urgency: s.urgency,
      restricted: isRestricted(s.confidentiality),
      startedAt,
      startedOn,
      due: deadline.due,
      doneAt: deadline.doneAt,
      doneOn,
      state: deadline.state,
      workingDays: doneOn ? workingDays(calendar, startedOn, doneOn) : null,
      daysLate: doneOn ? workingDays(calendar, deadline.due, doneOn) : null,
      calendarVersion: deadline.calendarVersion,
      lastPosition: document.lastPosition,
    };
  });
}

const DOCUMENT_COLUMNS: UpsertColumn<ProcessDocument>[] = [
  { name: 'document_id', type: 'uuid', value: (d) => d.documentId },
  { name: 'state', type: 'jsonb', value: (d) => d.state },
  { name: 'leader_started_at', type: 'timestamptz', value: (d) => d.leaderStartedAt },
  { name: 'last_position', type: 'bigint', value: (d) => d.lastPosition.toString() },
];

const c = (name: string, type: string, value: (f: StepFact) => unknown): UpsertColumn<StepFact> => ({ name, type, value });

const STEP_COLUMNS: UpsertColumn<StepFact>[] = [
  c('document_id', 'uuid', (f) => f.documentId),
  c('step', 'varchar', (f) => f.step),
  c('field_code', 'varchar', (f) => f.fieldCode),
  c('department_id', 'uuid', (f) => f.departmentId),
  c('assignee_id', 'uuid', (f) => f.assigneeId),
  c('urgency', 'varchar', (f) => f.urgency),
  c('restricted', 'boolean', (f) => f.restricted),
  c('started_at', 'timestamptz', (f) => f.startedAt),
  c('started_on', 'date', (f) => f.startedOn),
  c('due', 'date', (f) => f.due),
  c('done_at', 'timestamptz', (f) => f.doneAt),
  c('done_on', 'date', (f) => f.doneOn),
  c('state', 'varchar', (f) => f.state),
  c('working_days', 'integer', (f) => f.workingDays),
  c('days_late', 'integer', (f) => f.daysLate),
  c('calendar_version', 'varchar', (f) => f.calendarVersion),
  c('last_position', 'bigint', (f) => f.lastPosition.toString()),
];
