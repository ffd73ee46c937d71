/**
 * The SQL twin of the domain's `directiveOutcomeOn` (directive.outcome.ts) over a row of rm_directives
 * aliased `d`, as of the day `asOf` (an SQL date expression). directives.queries.spec.ts proves the
 * two agree on every status × due date × day done × day asked.
 */
export function directiveOutcomeSql(asOf: string, d = 'd'): string {
  return `(CASE
    WHEN ${d}.status IN ('cancelled', 'superseded') THEN NULL
    WHEN ${d}.status = 'done' AND ${d}.done_on <= ${asOf} THEN CASE WHEN ${d}.done_on > ${d}.due_date THEN 'done_late' ELSE 'done_on_time' END
    WHEN ${asOf} > ${d}.due_date THEN 'not_done_overdue'
    ELSE 'not_done_in_time' END)`;
}
