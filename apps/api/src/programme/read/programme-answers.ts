import { arrayOf, bool, day, instant, int, nullable, object, projected, record, text, uuid } from '../../http/open-api-schemas';

/* The answers of the programme's reads, for OpenAPI (test/e2e/hardening/open-api.cases.ts checks real answers against them). */

const SUMMARY = object({
  period: text(), kind: text('year | quarter | month'), startsOn: day, endsOn: day, status: text(), statusLabel: text(), draftDue: day,
  draftSubmittedAt: nullable(instant), draftLate: bool, approvedAt: nullable(instant), returnReason: nullable(text()), items: int,
});
const ITEM = record('an item: title, presenting agency, leader in charge, due, status, papers, standing (on_time | late | withdrawn | not_yet_due | overdue) and `actions`', {
  id: uuid, title: text(), dueDate: day, status: text(), standing: nullable(text()),
});

export const PROGRAMME_LIST = projected({ items: arrayOf(SUMMARY) });
export const PROGRAMME_ONE = projected({
  period: text(), programme: nullable(SUMMARY), items: arrayOf(ITEM), movedIn: arrayOf(ITEM), actions: arrayOf(text('a step the caller may take on the programme')),
});
export const PROGRAMME_WEEK = projected({ week: text(), from: day, to: day, items: arrayOf(ITEM) });
const COUNTS = { on_time: int, late: int, withdrawn: int, not_yet_due: int, overdue: int, total: int };
export const PROGRAMME_REPORT = projected({
  period: text(), from: day, to: day, asOf: day,
  byAgency: arrayOf(object({ key: text(), name: text(), ...COUNTS })),
  byLeader: arrayOf(object({ key: text(), name: text(), ...COUNTS })),
  total: object(COUNTS),
  lateDrafts: arrayOf(object({ period: text(), draftDue: day, draftSubmittedAt: nullable(instant) })),
});
