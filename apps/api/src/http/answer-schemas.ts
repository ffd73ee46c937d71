import { arrayOf, bool, day, instant, int, listOf, mapOf, named, nullable, num, object, oneOf, pageOf, position, projected, record, text, uuid, type Schema } from './open-api-schemas';

/**
 * The answers API.md fixes (documents, dossiers, the catalogue, the organisation, history, audit,
 * health) described field by field; the larger reports by their main fields (`record`).
 * test/e2e/hardening/open-api.cases.ts checks real answers against them.
 */

// ── Documents ────────────────────────────────────────────────────────────────────────────────
const DEADLINE = object({ due: day, doneAt: instant, state: oneOf('pending', 'paused', 'on_time', 'late'), calendarVersion: text() }, ['doneAt']);

const DOCUMENT_FIELDS: Record<string, Schema> = {
  id: uuid,
  incomingNumber: int,
  incomingYear: int,
  series: text('numbering series: normal | confidential'),
  status: text(),
  statusLabel: text('the status in Vietnamese'),
  source: object({ agency: text(), symbol: text(), issuedDate: day, signer: nullable(text()) }),
  excerpt: text(),
  documentType: text(),
  fieldCode: text(),
  urgency: text(),
  confidentiality: text(),
  channel: text(),
  pages: nullable(int),
  receivedAt: instant,
  registeredAt: instant,
  departmentId: nullable(uuid),
  assigneeId: nullable(uuid),
  leaderId: nullable(uuid),
  officeLeaderId: nullable(uuid),
  outgoingNumber: nullable(int),
  outgoingYear: nullable(int),
  symbol: nullable(text()),
  issuedAt: nullable(instant),
  archivedAt: nullable(instant),
  deadlines: mapOf(DEADLINE, 'each clock of DOMAIN.md §3 that applies (distribute, supplement, submit, issue, leader)'),
  nextDue: nullable(day),
  overdue: bool,
  completion: nullable(oneOf('early', 'on_time', 'late')),
  forInformation: object({ departmentIds: arrayOf(uuid), userIds: arrayOf(uuid) }),
  lastPosition: position,
};
export const DOCUMENT_SUMMARY = named('DocumentSummary', object(DOCUMENT_FIELDS));
export const DOCUMENT_PAGE = pageOf(DOCUMENT_SUMMARY);
export const DOCUMENT_ONE = projected(DOCUMENT_FIELDS);
export const DOCUMENT_QUEUE = listOf(
  object({
    action: text('the step waiting for the caller'),
    ...DOCUMENT_FIELDS,
    stepDue: nullable(day),
    stepOverdue: bool,
    signingCapacity: nullable(text('a deputy’s signature under a delegation: the mark and title, e.g. "KT. CHỦ TỊCH"; null in one’s own name')),
  }),
  true,
);

/** One event of a stream as the history routes answer it (API.md names first, the earlier ones after). */
export const HISTORY = object({
  id: uuid,
  events: arrayOf(
    named(
      'HistoryEvent',
      object({
        eventId: uuid,
        type: text(),
        revision: position,
        position,
        occurredAt: instant,
        recordedAt: instant,
        actor: object({ id: text(), name: nullable(text('null for a system actor')) }),
        role: text(),
        actorId: text(),
        actorRole: text(),
        correlationId: text(),
        causationId: nullable(text()),
        schemaVersion: int,
        data: record("the event's data"),
        prevHash: nullable(text()),
        hash: text('SHA-256 over prevHash and the canonical JSON of this event'),
      }),
    ),
  ),
});

/** A stream replayed up to an instant (`/state?at=`). */
export const STATE_AT = record('the state replayed from the store as it was at `at`', {
  id: uuid,
  at: instant,
  revision: nullable(position),
  eventsApplied: int,
  status: text(),
  statusLabel: text(),
  availableActions: arrayOf(text()),
  signingOptions: arrayOf(record('a capacity the caller may sign in now: {capacity: own|KT|TM|Q|TUQ|TL, onBehalfOf: {userId, title} | null, delegationId}')),
  state: record('the folded state'),
});

export const STEP_NUMBERED = { outgoingNumber: int, symbol: text('ký hiệu, e.g. 15/QĐ-UBND') };
export const REGISTRATION = { incomingNumber: int };

// ── Organisation and sign-in ─────────────────────────────────────────────────────────────────
export const ORGANISATION = object({
  departments: arrayOf(object({ id: uuid, code: text(), name: text() })),
  users: arrayOf(object({ id: uuid, username: text(), fullName: text(), roles: arrayOf(text()), departmentId: nullable(uuid) })),
  fields: arrayOf(object({ code: text(), name: text(), departmentId: uuid, officeLeaderId: uuid, committeeLeaderId: uuid })),
});
/** Quản trị: every person with their status; the organisation's changes (who, why, in force from/to). */
export const STAFF_LIST = object({
  items: arrayOf(object({ id: uuid, username: text(), fullName: text(), roles: arrayOf(text()), departmentId: nullable(uuid), email: nullable(text()), active: bool, mustChangePassword: bool }, ['email'])),
});
export const ORGANISATION_HISTORY = object({
  items: arrayOf(object({
    revision: position, type: text(), subjectKind: oneOf('department', 'user', 'field'), subjectKey: text(), subjectName: nullable(text()), recordedAt: instant,
    actor: object({ id: uuid, name: nullable(text()) }), reason: text(), validFrom: nullable(instant), validTo: nullable(instant), snapshot: nullable(record('the subject as it was in that period')),
  })),
});

// ── Procedures and dossiers ──────────────────────────────────────────────────────────────────
const PROCEDURE_VERSION = named(
  'ProcedureVersion',
  object({
    version: int,
    effectiveFrom: day,
    effectiveTo: nullable(day),
    publishingDecision: text(),
    legalBasis: arrayOf(text()),
    requiredItems: arrayOf(object({ name: text(), form: text(), quantity: int, mandatory: bool })),
    statutoryDays: num,
    cutoffHour: nullable(int),
    feeVnd: nullable(num),
    onlineLevel: text(),
    resultType: text(),
    supplementPolicy: oneOf('restart', 'pause'),
    steps: arrayOf(object({ no: int, task: text(), unit: text(), role: nullable(text()), workingDays: num }, ['role'])),
    approval: nullable(object({ by: uuid, at: instant, decisionRef: text() })),
  }),
);
export const PROCEDURE_CATALOGUE = listOf(object({ code: text(), name: text(), fieldCode: text(), version: nullable(PROCEDURE_VERSION) }));
export const PROCEDURE_ONE = projected({ code: text(), name: text(), fieldCode: text(), versions: arrayOf(PROCEDURE_VERSION) });
/** The office's internal processes (QT-VB-01…): every version with its steps, limits, legal basis and approval. */
export const INTERNAL_PROCESSES = listOf(object({
  code: text(),
  name: text(),
  versions: arrayOf(object({
    version: int, effectiveFrom: day, effectiveTo: nullable(day), publishingDecision: text(), legalBasis: arrayOf(text()),
    // A step without a clock (drafting, initial, signature of QT-VB-02) has null limits where no source gives one.
    steps: arrayOf(object({ no: int, clock: nullable(text()), task: text(), unit: text(), role: nullable(text()), workingDays: nullable(int), urgentWorkingDays: nullable(int), basis: text() })),
    approval: nullable(object({ by: uuid, at: instant, decisionRef: text() })),
  })),
}));

const DOSSIER_FIELDS: Record<string, Schema> = {
  id: uuid,
  code: nullable(text('mã hồ sơ')),
  procedure: object({ code: text(), name: nullable(text()), version: nullable(int), fieldCode: nullable(text()) }),
  applicant: object({ name: text() }),
  status: text(),
  channel: nullable(text()),
  receivedAt: nullable(instant),
  dueDate: nullable(day),
  newDueDate: nullable(day),
  classification: nullable(oneOf('in_time', 'overdue', 'early', 'on_time', 'late')),
  holder: object({ userId: nullable(uuid), unitId: nullable(uuid) }),
};
const STEP_PARTY = object({ userId: nullable(uuid), unitId: nullable(uuid), name: nullable(text()) });
export const DOSSIER_PAGE = pageOf(named('DossierListItem', object(DOSSIER_FIELDS)));
export const DOSSIER_QUEUE = listOf(object({ ...DOSSIER_FIELDS, action: text('the step waiting for the caller') }), true);
export const DOSSIER_ONE = projected({
  ...DOSSIER_FIELDS,
  applicant: object({ name: text(), address: nullable(text()), phone: nullable(text()) }),
  handlingUnitId: nullable(uuid),
  steps: arrayOf(object({ no: int, task: text(), from: STEP_PARTY, to: STEP_PARTY, startedAt: instant, handedAt: instant, dueAt: nullable(instant), outcome: nullable(oneOf('early', 'on_time', 'late')) })),
  actions: arrayOf(text('a step the caller may take now (POST /api/dossiers/:id/<step>)')),
});
export const DOSSIER_RECEIVED = { code: text('mã hồ sơ'), dueDate: day, pin: text('mã tra cứu for the public lookup') };
export const RECEPTION_SLIP = object({ id: uuid, slipNumber: text() });
export const PUBLIC_DOSSIER = object(
  { code: text(), procedureName: text(), receivedAt: instant, dueDate: day, status: text(), classification: oneOf('in_time', 'overdue', 'early', 'on_time', 'late') },
  ['classification'],
);

// ── Audit, statistics, operations ────────────────────────────────────────────────────────────
const BROKEN_LINK = record('the first event whose chain does not hold', { streamId: text(), revision: position, eventId: uuid, position, reason: text() });
export const VERIFICATION = object(
  {
    ok: bool,
    streamsChecked: int,
    eventsChecked: int,
    firstBroken: BROKEN_LINK,
    headPosition: position,
    digests: record('the published digests checked against the chains', { checked: int, ok: bool, headsChecked: bool }),
    files: record('the stored files checked against the hashes their events recorded', { ok: bool }),
  },
  ['firstBroken', 'files'],
);

/** A report of a read model: its main fields named, the rest as the route computes it. */
export function report(description: string, properties: Record<string, Schema> = {}): Schema {
  return record(description, { ...properties, projectedPosition: position });
}

const PERIOD = object({ from: day, to: day }, []);
export const REGISTER = report('the register, one line per number taken (voided ones included)', { rows: arrayOf(record('a line of the register (ND30 Appendix IV)', { number: int, status: text() })) });
export const DOSSIER_REGISTER = report('Sổ theo dõi hồ sơ: one line per dossier received in the period', { from: day, to: day, rows: arrayOf(record('a line of the register', { no: int, code: text() })) });
/** What a figure was measured against: a process (QT-VB-01, QT-VB-02), its version(s) over the period (`1`, `1+2`) and the calendar. */
const PROCESS_BASIS = named('ProcessBasis', object({ processCode: text(), version: text(), calendarVersion: text() }));
export const COMPLIANCE = report('per process step: count, on time, late, median working days', {
  period: PERIOD, steps: arrayOf(record('a step, under its process (QT-VB-01 or QT-VB-02): the limit worded from the version(s) in force', { count: int, onTime: int, late: int, limit: text(), source: text(), basis: PROCESS_BASIS })),
  basis: PROCESS_BASIS, processes: arrayOf(PROCESS_BASIS),
});
export const BRIEFING = report('the figures of the weekly briefing', {
  period: record('the period and the day the state is read as of', { from: day, to: day }),
  received: record('received in the period', { total: int }),
  inProgress: record('open now', { total: int, overdue: int }),
  basis: PROCESS_BASIS,
  processes: arrayOf(PROCESS_BASIS),
  steps: arrayOf(record('a document step, under its process (QT-VB-01 or QT-VB-02)', { done: int, onTime: int, late: int, openOverdue: int, basis: PROCESS_BASIS })),
  completed: record('completed in the period', { total: int, early: int, onTime: int, late: int }),
  onTimeRate: nullable(num),
  byDepartment: arrayOf(record('the figures of one department')),
  bySpecialist: arrayOf(record('the figures of one specialist')),
  pendingAtLeaders: arrayOf(record('what waits for one leader')),
});
export const ONESTOP_STATS = report('the periodic report of DOMAIN.md §6, one group per field, procedure or unit, and the totals', { groupBy: text(), groups: arrayOf(record('one group')), totals: record('every group together') });
export const INDEX_766 = report('every indicator with numerator, denominator and value, for the office and per unit', {
  month: text(),
  indicators: arrayOf(record('an indicator', { key: text(), numerator: num, denominator: num, value: nullable(num) })),
});
export const DOSSIER_COMPLIANCE = report('per step of the procedures: count, early, on time, late, median working days', { period: PERIOD, steps: arrayOf(record('a step')) });
export const CATALOGUE_EXPORT = object({ count: int, rows: arrayOf(record('a procedure version, in the layout the import reads')) });
export const CATALOGUE_IMPORTED = object({ dryRun: bool, rows: int, registered: int, drafted: int, refused: arrayOf(record('a refused row and why')) });
export const ACCESS_LOG = projected({ entries: arrayOf(record('a recorded read: who, when, which document or register, in which view and why')), total: int, page: int, pageSize: int });
const DIGEST = named('Digest', record('a published digest: head position, stream count, heads hash, link to the previous digest, own hash'));
export const DIGESTS = object({ digests: arrayOf(DIGEST), latest: nullable(DIGEST) });
export const DIGEST_PUBLISHED = { digest: DIGEST };
export const CONCLUSION_ISSUED = { ...STEP_NUMBERED, directiveIds: arrayOf(uuid) };
export const VERSION_DRAFTED = { id: text("the procedure's code"), version: int };
export const PROCEDURE_WRITTEN = { id: text("the procedure's code") };

// ── Directives and the quality system: their main fields ─────────────────────────────────────
export const DIRECTIVE_PAGE = pageOf(record('a directive (nhiệm vụ): source, content, lead unit, due date, status, outcome'));
export const DIRECTIVE_ONE = report('a directive with its reports, chasers, extensions and the steps the caller may take', { id: uuid });
export const MY_DIRECTIVES = report("the caller's directives: those it directs (with their outcomes) and those it follows (overdue, due soon)", {
  directing: record('directives the caller gave'),
  following: record('directives the caller carries out'),
});
export const DIRECTIVE_REPORT = report('directives per group with their outcomes and the on-time rate', { groups: arrayOf(record('a group')), total: record('every group together') });
export const DIRECTIVE_BRIEFING = report('the directives of the weekly briefing: new, due in the period, overdue by agency, closed', {
  new: arrayOf(record('a directive')),
  dueInPeriod: arrayOf(record('a directive')),
  overdueByAgency: arrayOf(record('an agency')),
  closed: arrayOf(record('a directive')),
});
export const QUALITY_QUEUE = report("the ISO secretary's work: legal changes and actions due, and the yearly warnings", {
  legalChanges: arrayOf(record('a legal change')),
  actions: arrayOf(record('a corrective action')),
  warnings: arrayOf(record('a warning', { kind: text(), message: text() })),
});
/** A register of the quality system: `{items, projectedPosition}`. */
export const qualityList = (item: string): Schema => listOf(record(item));

// ── Inter-agency exchange (liên thông văn bản, edXML) ────────────────────────────────────────
const AGENCY = named('ExchangeAgency', object({ organId: text('organ code on the exchange (mã định danh)'), organName: text() }));
const REPORTED = object({ organId: text(), status: oneOf('arrived', 'refused', 'registered', 'assigned', 'in_progress', 'done'), description: text(), reportedAt: instant });
export const EXCHANGE_AGENCIES = object({ self: AGENCY, agencies: arrayOf(AGENCY) });
export const EXCHANGE_OUTBOX = object({
  items: arrayOf(object({
    id: uuid, documentId: uuid, symbol: text(), subject: text(), recipients: arrayOf(AGENCY), status: oneOf('sent', 'recalled'), sentAt: instant,
    reported: arrayOf(REPORTED), recalledAt: nullable(instant), recallReason: nullable(text()),
  })),
  projectedPosition: position,
});
export const EXCHANGE_STATUS_TRAIL = object({
  id: uuid, recipients: arrayOf(AGENCY), statuses: arrayOf(object({ ...REPORTED.properties, statusLabel: text() } as Record<string, Schema>)), recalledAt: nullable(instant), projectedPosition: position,
});
export const EXCHANGE_INBOX = object({
  items: arrayOf(record('a received package: its envelope, files, acknowledgement clock and what the clerk did', {
    id: uuid, status: oneOf('rejected', 'arrived', 'registered', 'refused'), receivedAt: instant, acknowledgeDue: nullable(day), acknowledged: bool, acknowledgeOverdue: bool,
    documentId: nullable(uuid), statusesSent: arrayOf(text()),
  })),
  projectedPosition: position,
});
export const EXCHANGE_SENT = object({ id: uuid, revision: position, packageSha256: text('SHA-256 of the edXML package sent'), recipients: arrayOf(AGENCY) });
export const EXCHANGE_REGISTERED = object({ id: uuid, revision: position, documentId: uuid, incomingNumber: int });

// ── The leaders' weekly schedule ─────────────────────────────────────────────────────────────
const SCHEDULE_LEADER = object({ id: uuid, name: text(), title: text() });
const SCHEDULE_TERMS = {
  startsAt: instant, endsAt: instant, place: text(), content: text(), chairLeaderId: uuid, leaderIds: arrayOf(uuid), attendees: nullable(text()),
  preparingUnit: nullable(text()), papers: arrayOf(object({ documentId: nullable(uuid), title: text() })), confidential: bool, meetingId: nullable(uuid),
};
const SCHEDULE_CHANGE = object({
  kind: oneOf('drafted', 'revised', 'cancelled'), afterPublication: bool, reason: nullable(text()), changed: arrayOf(text()), previous: nullable(record('the terms it replaced')),
  by: uuid, at: instant,
});
export const SCHEDULE_WEEK = object({
  week: text('ISO week'), days: arrayOf(day), status: oneOf('none', 'draft', 'published'), publication: nullable(object({ by: uuid, at: instant })),
  entries: arrayOf(object({ ...SCHEDULE_TERMS, entryId: uuid, status: oneOf('planned', 'cancelled'), version: int, addedAfterPublication: bool, history: arrayOf(SCHEDULE_CHANGE) })),
  actions: arrayOf(oneOf('draft', 'revise', 'cancel', 'publish')), leaders: arrayOf(SCHEDULE_LEADER), projectedPosition: position,
});
export const PUBLIC_SCHEDULE_WEEK = object({
  week: text('ISO week'), days: arrayOf(day), published: bool, publishedAt: nullable(instant), leaders: arrayOf(SCHEDULE_LEADER),
  entries: arrayOf(object({
    id: uuid, startsAt: instant, endsAt: instant, place: text(), content: text(), chair: text('title and name'), leaders: arrayOf(text()), attendees: nullable(text()),
    preparingUnit: nullable(text()), papers: arrayOf(text()), status: oneOf('planned', 'cancelled'), addedAfterPublication: bool,
    changes: arrayOf(object({
      kind: oneOf('drafted', 'revised', 'cancelled'), at: instant, reason: nullable(text()),
      fields: arrayOf(object({ field: text(), label: text(), before: text(), after: text() })),
    })),
  })),
});
