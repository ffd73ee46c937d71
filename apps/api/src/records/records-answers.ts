import {
  arrayOf, bool, day, int, listOf, named, nullable, object, oneOf, pageOf, position, projected, record, text, uuid, type Schema,
} from '../http/open-api-schemas';

/* The records routes' success answers in OpenAPI (kept beside the routes; the shared answer-schemas.ts is not touched). */

/** 201 of a records write: `id` is the case file's UUID, the plan's year or the batch's period. */
export const RECORDS_COMMAND = named('RecordsCommandAnswer', object({ id: text('case file id, plan year or batch period'), revision: position }));

const retention: Schema = { oneOf: [{ type: 'string', enum: ['permanent'] }, { type: 'integer' }] };

export const RETENTION_SCHEDULE = named('RetentionSchedule', object({
  status: oneOf('none', 'approved'),
  version: nullable(text()),
  rules: arrayOf(object({ category: text(), label: text(), period: retention, source: text() })),
  approvedAt: nullable(text('instant')),
}));

export const FILE_PLAN = named('FilePlan', object({
  year: int,
  status: oneOf('none', 'drafted', 'approved'),
  decisionRef: nullable(text()),
  entries: arrayOf(record('a plan entry: code, title, departmentId, responsibleId, category, retention')),
  additions: arrayOf(record('an entry added after approval, with its reason')),
  actions: arrayOf(text('a step the caller may take')),
}));

const CASE_FILE_ITEM = record('a case file (hồ sơ công việc): code, title, department, retention, medium, status, dates, sheet count, deposit due date and standing', {
  id: uuid, code: text(), title: text(), status: oneOf('open', 'closed', 'deposited'), depositDue: nullable(day), standing: nullable(oneOf('overdue', 'due_soon')),
});

export const CASE_FILE_PAGE = pageOf(CASE_FILE_ITEM);
export const CASE_FILE_ONE = projected({
  file: CASE_FILE_ITEM,
  items: arrayOf(record('an item filed: kind, itemId, title, by, at')),
  itemIndex: arrayOf(record('a line of the item index (mục lục văn bản): no, kind, itemId, title, filedOn')),
  closing: nullable(record('the closing: endDate, sheetCount, depositDue')),
  deferral: nullable(record('the office chief’s deferral: until, reason')),
  actions: arrayOf(text('a step the caller may take')),
});

export const DEPOSIT_BATCH = projected({
  period: text('2026-12'),
  status: oneOf('none', 'open', 'handed_over'),
  files: arrayOf(CASE_FILE_ITEM),
  handover: nullable(record('the hand-over record: receiverName, condition, copies, files, by, at')),
  canHandOver: bool,
});

export const DUE_LIST = listOf(CASE_FILE_ITEM, true);
