import { VIETNAM_2025 } from './vietnam-2025';
import { VIETNAM_2026 } from './vietnam-2026';
import { VIETNAM_2027 } from './vietnam-2027';
import { WorkingCalendar } from './working-calendar';

/**
 * The Vietnamese calendar years shipped with the code, ascending. 2025 and 2026 come from the
 * government notices; 2027 is PROVISIONAL (derived from the Labour Code until the 2027 notice).
 */
export const VIETNAM_CALENDAR_YEARS = [VIETNAM_2025, VIETNAM_2026, VIETNAM_2027] as const;

/** Vietnam, civil service, 2025 + 2026 + provisional 2027 ('VN 2025.1+2026.1+2027.0-provisional'). */
export const VIETNAM_CALENDAR: WorkingCalendar = new WorkingCalendar([...VIETNAM_CALENDAR_YEARS]);
