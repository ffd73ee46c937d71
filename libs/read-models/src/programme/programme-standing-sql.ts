/**
 * Where an item of an approved programme stands as of `today` (ITEM_STANDINGS of the domain):
 * withdrawn; papers in by the due date (on time) or after it (late); no papers and the due date past
 * (overdue); else not yet due. `i` is rm_programme_items, `today` a bound date parameter. The due
 * date is the last working day of the item's month or week by the approved calendar (fixed by the
 * decider when the item was proposed or moved), so "overdue" needs no timer: it is read.
 */
export function programmeStandingSql(today: string): string {
  return `CASE
    WHEN i.status = 'withdrawn' THEN 'withdrawn'
    WHEN i.papers_on IS NOT NULL THEN CASE WHEN i.papers_on <= i.due_date THEN 'on_time' ELSE 'late' END
    WHEN ${today}::date > i.due_date THEN 'overdue'
    ELSE 'not_yet_due' END`;
}

/** The statuses of an item that is in a programme (its slip was accepted). */
export const IN_PROGRAMME = `('accepted', 'papers_submitted', 'presented', 'withdrawn')`;
