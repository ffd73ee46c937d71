import { dayNumberOf, isLocalDate, mondayOf, type LocalDate } from '@office/domain';
import { ValidationFailedException } from '../http/validation';
import type { FieldProblem } from '../http/error-body';

export interface Period {
  from: LocalDate;
  to: LocalDate;
}

/**
 * `from`/`to` of a statistics query, both days in Asia/Ho_Chi_Minh and inclusive. Missing `to`
 * is today; missing `from` is the Monday of that week (`week`) or 1 January of that year (`year`).
 */
export function resolvePeriod(query: { from?: string; to?: string }, today: LocalDate, defaultFrom: 'week' | 'year', maxDays: number): Period {
  const problems: FieldProblem[] = [];
  for (const field of ['from', 'to'] as const) {
    const value = query[field];
    if (value !== undefined && !isLocalDate(value)) problems.push({ field, message: `${field} không phải là ngày có thật` });
  }
  if (problems.length) throw new ValidationFailedException(problems);
  const to = query.to ?? today;
  const from = query.from ?? (defaultFrom === 'week' ? mondayOf(to) : `${to.slice(0, 4)}-01-01`);
  if (from > to) throw new ValidationFailedException([{ field: 'from', message: 'from phải trước hoặc bằng to' }]);
  if (dayNumberOf(to) - dayNumberOf(from) + 1 > maxDays) throw new ValidationFailedException([{ field: 'to', message: `Khoảng thời gian dài tối đa ${maxDays} ngày` }]);
  return { from, to };
}

/** Checks an optional day range of a list (both ends given: from ≤ to). */
export function checkDayRange(fromField: string, from: string | undefined, toField: string, to: string | undefined): void {
  const problems: FieldProblem[] = [];
  if (from !== undefined && !isLocalDate(from)) problems.push({ field: fromField, message: `${fromField} không phải là ngày có thật` });
  if (to !== undefined && !isLocalDate(to)) problems.push({ field: toField, message: `${toField} không phải là ngày có thật` });
  if (!problems.length && from !== undefined && to !== undefined && from > to) problems.push({ field: fromField, message: `${fromField} phải trước hoặc bằng ${toField}` });
  if (problems.length) throw new ValidationFailedException(problems);
}
