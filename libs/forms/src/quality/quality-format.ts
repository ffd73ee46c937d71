import type { LocalDate } from '@office/domain';

/** 0.9234 → '92,3 %' (Vietnamese decimal comma); a rate of nothing is a dash. */
export function percentVi(rate: number | null): string {
  return rate === null ? '–' : `${(rate * 100).toFixed(1).replace('.', ',')} %`;
}

/** '2026-03-05' → '05/03/2026'; null → ''. */
export function slashDate(day: LocalDate | null): string {
  if (!day) return '';
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}
