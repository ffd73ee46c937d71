import {
  CHANNELS, COMMAND_LABELS, CONFIDENTIALITIES, DOCUMENT_STATUS_LABELS, DOCUMENT_TYPES, DOSSIER_STATUS_LABELS, URGENCIES, type WorkingCalendar,
} from '@office/domain';
import { CLOCK_LABELS, ROLE_LABELS, STEP_LABELS } from '@office/audit';
import { INCOMING_HEADERS, OUTGOING_HEADERS } from '../read-models/registers/register-queries';

/**
 * What the browser shares with the domain, so that the web application never keeps its own copy:
 * status, role, event and clock labels, the register columns (as in the CSV/XLSX), the ND30 document types, the enumerations of the registration form and
 * the working calendar the deadlines are counted with (to show "N working days left"): the one in force,
 * so the file is made again (new ETag) when a version is approved.
 */
export function referenceData(calendar: WorkingCalendar) {
  return {
    statusLabels: DOCUMENT_STATUS_LABELS,
    dossierStatusLabels: DOSSIER_STATUS_LABELS,
    commandLabels: COMMAND_LABELS,
    roleLabels: ROLE_LABELS,
    eventLabels: STEP_LABELS,
    clockLabels: CLOCK_LABELS,
    registerHeaders: { incoming: INCOMING_HEADERS, outgoing: OUTGOING_HEADERS },
    documentTypes: DOCUMENT_TYPES.map(({ code, name, abbreviation }) => ({ code, name, abbreviation })),
    urgencies: URGENCIES,
    confidentialities: CONFIDENTIALITIES,
    channels: CHANNELS,
    calendar: {
      version: calendar.version,
      years: calendar.sourceYears.map((year) => ({
        year: year.year,
        daysOff: year.daysOff.map((day) => day.date),
        workedWeekendDays: year.workedWeekendDays.map((day) => day.date),
      })),
    },
  };
}
