export * from './errors';
export {
  addCalendarDays,
  assertLocalDate,
  dayNumberOf,
  dayOfWeek,
  endOfLocalDay,
  isLocalDate,
  isWeekend,
  type LocalDate,
  localDateFromDayNumber,
  localDateOf,
  VIETNAM_UTC_OFFSET_MINUTES,
  yearOf,
} from './local-date';
export * from './calendar-year';
export * from './working-calendar';
export * from './vietnam-2025';
export * from './vietnam-2026';
export * from './vietnam';
export * from './working-time';
