import { type ItemForm, type LocalDate, localDateOf, type StepOutcome, VIETNAM_UTC_OFFSET_MINUTES } from '@office/domain';

/** Hình thức giấy tờ as the item table prints it. */
export const ITEM_FORM_LABELS: Readonly<Record<ItemForm, string>> = {
  original: 'Bản chính',
  copy: 'Bản sao',
  certified_copy: 'Bản sao chứng thực',
};

/** Kết quả giải quyết of a step on the control sheet. */
export const STEP_OUTCOME_LABELS: Readonly<Record<StepOutcome, string>> = {
  early: 'Trước hạn',
  on_time: 'Đúng hạn',
  late: 'Quá hạn',
};

/** Left blank on paper, to be written in by hand (e.g. the number of a letter not yet registered). */
export const BLANK = '…………';

const two = (n: number) => String(n).padStart(2, '0');

/**
 * '2026-03-05' → 'ngày 05 tháng 3 năm 2026'. NĐ 30/2020 (Phụ lục I) writes days below 10 and
 * months below 3 with a leading zero, so that nobody can add a digit in front.
 */
export function longDate(date: LocalDate): string {
  const [year, month, day] = date.split('-').map(Number);
  return `ngày ${two(day)} tháng ${month < 3 ? two(month) : month} năm ${year}`;
}

/** '2026-03-05T02:07:00Z' → '09 giờ 07 phút, ngày 05 tháng 3 năm 2026' (Asia/Ho_Chi_Minh). */
export function longDateTime(instant: string): string {
  const date = localDateOf(instant); // validates the instant, which must carry its offset
  const minutes = (((Math.floor(Date.parse(instant) / 60_000) + VIETNAM_UTC_OFFSET_MINUTES) % 1440) + 1440) % 1440;
  return `${two(Math.floor(minutes / 60))} giờ ${two(minutes % 60)} phút, ${longDate(date)}`;
}

/** The place-and-date line of the header: 'An Thành, ngày 05 tháng 3 năm 2026'. */
export function placeAndDate(place: string, instant: string): string {
  return `${place}, ${longDate(localDateOf(instant))}`;
}

/** 1500000 → '1.500.000 đồng' (Vietnamese groups thousands with dots). */
export function vnd(amount: number): string {
  const digits = String(Math.round(Math.abs(amount))).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${amount < 0 ? '-' : ''}${digits} đồng`;
}

/** 10 → '10 ngày làm việc', 0.5 → '0,5 ngày làm việc' (decimal comma). */
export function workingDays(days: number): string {
  return `${String(days).replace('.', ',')} ngày làm việc`;
}

/** Free text ending a sentence: a full stop added unless it already ends with punctuation. */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…:;]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
