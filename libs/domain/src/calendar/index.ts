export * from './errors';
export {
  addCalendarDays,
  assertLocalDate,
  dayNumberOf,
  dayOfWeek,
  endOfLocalDay,
  formatLocalDate,
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
export * from './calendar-day-kinds';
export * from './calendar-year.commands';
export * from './calendar-year.events';
export * from './calendar-year.state';
export * from './calendar-year.decide';
export * from './calendar-versions';
export * from './calendar-proposal';
export * from './lunar-dates';
export * from './calendar-seed';
