/** Dates and numbers as Vietnamese users read them: dd/mm/yyyy, HH:mm, Asia/Ho_Chi_Minh. */
const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
});
const numbers = new Intl.NumberFormat('vi-VN');
const percent = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

function zoned(instant) {
  const date = instant instanceof Date ? instant : new Date(instant);
  if (Number.isNaN(date.getTime())) return null;
  return Object.fromEntries(parts.formatToParts(date).map((p) => [p.type, p.value]));
}

/** 'YYYY-MM-DD' (a local day) → 'dd/mm/yyyy'. */
export function formatDate(localDate) {
  if (!localDate) return '—';
  const [year, month, day] = String(localDate).slice(0, 10).split('-');
  return `${day}/${month}/${year}`;
}

/** An instant → 'dd/mm/yyyy HH:mm' in Hà Nội time. */
export function formatDateTime(instant, withSeconds = false) {
  const p = instant ? zoned(instant) : null;
  if (!p) return '—';
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}${withSeconds ? `:${p.second}` : ''}`;
}

/** The local day (Asia/Ho_Chi_Minh) of an instant, 'YYYY-MM-DD'. */
export function localDateOf(instant = new Date()) {
  const p = zoned(instant);
  return `${p.year}-${p.month}-${p.day}`;
}

/** 'HH:mm' (or 'HH:mm:ss') in Hà Nội time of an instant. */
export function localTimeOf(instant = new Date(), withSeconds = false) {
  const p = zoned(instant);
  return `${p.hour}:${p.minute}${withSeconds ? `:${p.second}` : ''}`;
}

const dayNumber = (localDate) => Date.UTC(Number(localDate.slice(0, 4)), Number(localDate.slice(5, 7)) - 1, Number(localDate.slice(8, 10))) / 86_400_000;
const fromDayNumber = (n) => new Date(n * 86_400_000).toISOString().slice(0, 10);

export function addDays(localDate, days) {
  return fromDayNumber(dayNumber(localDate) + days);
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayIndex(localDate) {
  return (new Date(dayNumber(localDate) * 86_400_000).getUTCDay() + 6) % 7;
}

/** Monday of the week (Monday to Sunday) holding `localDate`. */
export function mondayOf(localDate) {
  return addDays(localDate, -weekdayIndex(localDate));
}

/** 'dd/mm/yyyy' → 'YYYY-MM-DD' when it is a real day, else null. */
export function parseDate(text) {
  const match = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text ?? '');
  if (!match) return null;
  const [, d, m, y] = match.map(Number);
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return m >= 1 && m <= 12 && d >= 1 && fromDayNumber(dayNumber(iso)) === iso ? iso : null;
}

/** Whether `text` is a real day written 'YYYY-MM-DD'. */
export function isLocalDate(text) {
  return typeof text === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(text) && parseDate(formatDate(text)) === text;
}

/** 'HH:mm' → [hours, minutes] when valid, else null. */
export function parseTime(text) {
  const match = /^\s*(\d{1,2}):(\d{2})\s*$/.exec(text ?? '');
  if (!match) return null;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  return hours <= 23 && minutes <= 59 ? [hours, minutes] : null;
}

/** 'HH:mm' or 'HH:mm:ss' → [hours, minutes, seconds or null] when valid, else null. */
export function parseClock(text) {
  const match = /^\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*$/.exec(text ?? '');
  if (!match) return null;
  const [hours, minutes, seconds] = [Number(match[1]), Number(match[2]), match[3] === undefined ? null : Number(match[3])];
  return hours <= 23 && minutes <= 59 && (seconds === null || seconds <= 59) ? [hours, minutes, seconds] : null;
}

/** 'dd/mm/yyyy HH:mm' (Hà Nội time) → ISO 8601 instant with its +07:00 offset, or null. */
export function parseDateTime(text) {
  const match = /^\s*(\S+)\s+(\S+)\s*$/.exec(text ?? '');
  const day = match && parseDate(match[1]);
  const time = match && parseTime(match[2]);
  if (!day || !time) return null;
  return `${day}T${String(time[0]).padStart(2, '0')}:${String(time[1]).padStart(2, '0')}:00+07:00`;
}

export function formatNumber(value) {
  return value === null || value === undefined ? '—' : numbers.format(value);
}

/**
 * A share computed once, from its counts: 1 of 22 → '4,5 %' (a rate the API already rounded to
 * 0,0455 would show '4,6 %': rounded twice). Nothing counted (whole 0) → '—'.
 */
export function formatShare(part, whole) {
  if (!whole || part === null || part === undefined) return '—';
  return `${percent.format(Math.round((part * 1000) / whole) / 10)} %`;
}

/** A rate of 0..1 (as the API answers it) → '66,7 %'; null → '—'. Prefer `formatShare` when the counts are at hand. */
export function formatRate(rate) {
  return rate === null || rate === undefined ? '—' : `${percent.format(rate * 100)} %`;
}
