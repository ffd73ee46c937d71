import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { CalendarNotCoveredError, InvalidInstantError, InvalidLocalDateError } from '../calendar/errors';
import { endOfLocalDay, type LocalDate } from '../calendar/local-date';
import { VIETNAM_CALENDAR } from '../calendar/vietnam';
import { VIETNAM_2025 } from '../calendar/vietnam-2025';
import { VIETNAM_2026 } from '../calendar/vietnam-2026';
import { WorkingCalendar } from '../calendar/working-calendar';
import { type Deadline, deadlineState, leaderDeadline, stepDeadline, type Urgency, URGENCIES, workingDaysLate } from './deadlines';
import { INCOMING_DOCUMENTS_PROCESS_V1, type DocumentStepLimits } from './document-process';

const cal = VIETNAM_CALENDAR;
const VERSION = 'VN 2025.1+2026.1+2027.0-provisional';
/** An instant at `hh:mm` Hà Nội time on `day`. */
const at = (day: LocalDate, hhmm = '09:00'): string => `${day}T${hhmm}:00+07:00`;
const URGENT: Urgency[] = ['urgent', 'very_urgent', 'flash'];

/** The clocks under version 1 of QT-VB-01 (the limits of DOMAIN.md §3). */
const V1 = INCOMING_DOCUMENTS_PROCESS_V1.limits;
const distributeDeadline = (startedAt: string, urgency: Urgency, c: WorkingCalendar) => stepDeadline('distribute', startedAt, urgency, V1, c);
const issueDeadline = (startedAt: string, urgency: Urgency, c: WorkingCalendar) => stepDeadline('issue', startedAt, urgency, V1, c);
const supplementDeadline = (startedAt: string, c: WorkingCalendar) => stepDeadline('supplement', startedAt, 'normal', V1, c);
const submitDeadline = (startedAt: string, c: WorkingCalendar) => stepDeadline('submit', startedAt, 'normal', V1, c);

describe('URGENCIES', () => {
  it('lists the four urgencies in order', () => {
    expect(URGENCIES).toEqual(['normal', 'urgent', 'very_urgent', 'flash']);
  });
});

describe("DOMAIN.md §3 example: received Thu 24/4/2025", () => {
  const receivedAt = '2025-04-24T02:00:00Z'; // 09:00 in Hà Nội

  it('distribute due Fri 25/4', () => {
    expect(distributeDeadline(receivedAt, 'normal', cal)).toEqual({ clock: 'distribute', due: '2025-04-25', calendarVersion: VERSION } satisfies Deadline);
  });

  it('supplement due Sat 26/4 (a worked Saturday in 2025)', () => {
    expect(supplementDeadline(receivedAt, cal)).toEqual({ clock: 'supplement', due: '2025-04-26', calendarVersion: VERSION } satisfies Deadline);
  });

  it('submit due Mon 5/5 (30/4, 1/5 and Fri 2/5 off, then the weekend)', () => {
    expect(submitDeadline(receivedAt, cal)).toEqual({ clock: 'submit', due: '2025-05-05', calendarVersion: VERSION } satisfies Deadline);
  });

  it('the calendar version is the one of the calendar used', () => {
    const only2025 = new WorkingCalendar([VIETNAM_2025]);
    expect(submitDeadline(receivedAt, only2025).calendarVersion).toBe('VN 2025.1');
  });
});

describe('an instant late in the evening UTC is already the next day in Vietnam', () => {
  const receivedAt = '2025-04-24T18:30:00Z'; // Fri 25/4 01:30 in Hà Nội

  it.each<[string, () => Deadline, LocalDate]>([
    ['distribute, normal: next working day = worked Sat 26/4', () => distributeDeadline(receivedAt, 'normal', cal), '2025-04-26'],
    ['distribute, urgent: the same day 25/4', () => distributeDeadline(receivedAt, 'urgent', cal), '2025-04-25'],
    ['supplement: Sat 26/4, Mon 28/4', () => supplementDeadline(receivedAt, cal), '2025-04-28'],
    ['submit: 26, 28, 29/4, 5, 6/5', () => submitDeadline(receivedAt, cal), '2025-05-06'],
  ])('%s', (_name, compute, due) => {
    expect(compute().due).toBe(due);
  });

  it('one millisecond before local midnight is still the 24th', () => {
    expect(distributeDeadline('2025-04-24T16:59:59.999Z', 'urgent', cal).due).toBe('2025-04-24');
    expect(distributeDeadline('2025-04-24T17:00:00.000Z', 'urgent', cal).due).toBe('2025-04-25');
  });
});

describe('distribute and issue: next working day; urgent and above the same day (or the next working day)', () => {
  it.each<[string, LocalDate, LocalDate, LocalDate]>([
    // [case, day of the event, due when normal, due when urgent+]
    ['ordinary Thursday', '2025-04-24', '2025-04-25', '2025-04-24'],
    ['worked Saturday 26/4/2025', '2025-04-26', '2025-04-28', '2025-04-26'],
    ['Sunday', '2025-04-27', '2025-04-28', '2025-04-28'],
    ['holiday 30/4/2025', '2025-04-30', '2025-05-05', '2025-05-05'],
    ['swap day Fri 2/5/2025', '2025-05-02', '2025-05-05', '2025-05-05'],
    ['Tue before 30/4/2025', '2025-04-29', '2025-05-05', '2025-04-29'],
    ['2nd National Day day Mon 1/9/2025', '2025-09-01', '2025-09-03', '2025-09-03'],
    ['Fri before Tết 2026', '2026-02-13', '2026-02-23', '2026-02-13'],
    ['Tết 2026, Mùng 1', '2026-02-17', '2026-02-23', '2026-02-23'],
    ['Sun Hùng Vương 26/4/2026 (made up Mon 27/4)', '2026-04-26', '2026-04-28', '2026-04-28'],
    ['swap day Mon 31/8/2026', '2026-08-31', '2026-09-03', '2026-09-03'],
    ['Fri 21/8/2026', '2026-08-21', '2026-08-22', '2026-08-21'],
    ['Wed 31/12/2025', '2025-12-31', '2026-01-05', '2025-12-31'],
    ['Thu 1/1/2026', '2026-01-01', '2026-01-05', '2026-01-05'],
  ])('%s', (_name, day, normalDue, urgentDue) => {
    for (const fn of [distributeDeadline, issueDeadline]) {
      expect(fn(at(day), 'normal', cal).due).toBe(normalDue);
      for (const urgency of URGENT) expect(fn(at(day), urgency, cal).due, urgency).toBe(urgentDue);
    }
    expect(distributeDeadline(at(day), 'normal', cal).clock).toBe('distribute');
    expect(issueDeadline(at(day), 'flash', cal).clock).toBe('issue');
  });

  it('rejects an unknown urgency', () => {
    expect(() => distributeDeadline(at('2025-04-24'), 'asap' as Urgency, cal)).toThrow(RangeError);
  });
});

describe('supplement (2 working days) and submit (5 working days)', () => {
  it.each<[LocalDate, LocalDate, LocalDate]>([
    // [day received / valid from, supplement due, submit due]
    ['2025-04-24', '2025-04-26', '2025-05-05'],
    ['2025-04-28', '2025-05-05', '2025-05-08'],
    ['2025-08-28', '2025-09-03', '2025-09-08'], // Fri 29/8, then 30/8–2/9 off
    ['2026-02-12', '2026-02-23', '2026-02-26'], // Fri 13/2, then Tết 14–22/2
    ['2026-08-20', '2026-08-22', '2026-08-26'], // 21/8, Sat 22/8 worked, 24, 25, 26/8
    ['2026-08-26', '2026-08-28', '2026-09-07'], // 27, 28/8, then 29/8–2/9 off, 3, 4, 7/9
    ['2025-12-30', '2026-01-05', '2026-01-08'], // year boundary: 31/12, then 1–4/1 off
    ['2026-01-07', '2026-01-09', '2026-01-13'], // 8, 9, Sat 10/1 worked, 12, 13
  ])('valid from %s: supplement %s, submit %s', (day, supplementDue, submitDue) => {
    expect(supplementDeadline(at(day), cal)).toEqual({ clock: 'supplement', due: supplementDue, calendarVersion: VERSION });
    expect(submitDeadline(at(day), cal)).toEqual({ clock: 'submit', due: submitDue, calendarVersion: VERSION });
  });

  it('submit runs from the last supplement received', () => {
    const lastSupplementAt = '2025-05-06T10:00:00Z'; // Tue 6/5 17:00 in Hà Nội
    expect(submitDeadline(lastSupplementAt, cal).due).toBe('2025-05-13');
  });

  it('runs into the provisional 2027 calendar and records it in the version', () => {
    // 29, 30, 31/12, Fri 1/1/2027 off, 4, 5/1
    expect(submitDeadline(at('2026-12-28'), cal)).toEqual({ clock: 'submit', due: '2027-01-05', calendarVersion: VERSION });
    expect(supplementDeadline(at('2026-12-31'), cal)).toEqual({ clock: 'supplement', due: '2027-01-05', calendarVersion: VERSION });
  });

  it('throws rather than guess when the deadline runs into an unapproved year', () => {
    expect(() => submitDeadline(at('2027-12-28'), cal)).toThrow(CalendarNotCoveredError);
    expect(() => supplementDeadline(at('2028-01-04'), cal)).toThrow(CalendarNotCoveredError);
    expect(() => submitDeadline(at('2026-12-28'), new WorkingCalendar([VIETNAM_2025, VIETNAM_2026]))).toThrow(CalendarNotCoveredError);
  });

  it('rejects an instant without an offset', () => {
    expect(() => supplementDeadline('2025-04-24T09:00:00', cal)).toThrow(InvalidInstantError);
  });
});

describe('leader', () => {
  it('is the date the leader gave, with the calendar version', () => {
    expect(leaderDeadline('2026-03-15', cal)).toEqual({ clock: 'leader', due: '2026-03-15', calendarVersion: VERSION } satisfies Deadline);
  });

  it('rejects a malformed date', () => {
    expect(() => leaderDeadline('15/03/2026', cal)).toThrow(InvalidLocalDateError);
  });
});

describe('deadlineState', () => {
  const deadline = { due: '2025-04-25' };

  it.each<[string | null | undefined, string]>([
    [null, 'pending'],
    [undefined, 'pending'],
    ['2025-04-24T02:00:00Z', 'on_time'],
    [endOfLocalDay('2025-04-25'), 'on_time'], // 23:59:59.999 in Hà Nội
    ['2025-04-25T16:59:59.999Z', 'on_time'],
    ['2025-04-25T17:00:00Z', 'late'], // 00:00 on 26/4 in Hà Nội
    ['2025-04-26T01:00:00Z', 'late'],
  ])('done at %s → %s', (doneAt, state) => {
    expect(deadlineState(deadline, doneAt)).toBe(state);
  });

  it('a clock standing still is paused while not done; once done it is judged against its due day as always', () => {
    expect(deadlineState(deadline, null, true)).toBe('paused');
    expect(deadlineState(deadline, '2025-04-26T01:00:00Z', true)).toBe('late');
  });
});

describe('workingDaysLate: working days in (due, day of doneOrNow]', () => {
  it.each<[LocalDate, string, number]>([
    ['2025-04-25', '2025-04-24T02:00:00Z', 0], // early
    ['2025-04-25', '2025-04-25T16:59:59Z', 0], // on the day
    ['2025-04-25', '2025-04-25T17:00:00Z', 1], // 26/4 in Hà Nội, a worked Saturday
    ['2025-04-25', at('2025-04-27'), 1], // Sunday: still 1
    ['2025-04-25', at('2025-05-05'), 4], // 26, 28, 29/4, 5/5
    ['2025-04-29', at('2025-05-04'), 0], // late only by days off: 'late', but 0 working days
    ['2025-12-31', at('2026-01-06'), 2], // 5, 6/1/2026
    ['2026-02-13', at('2026-02-24'), 2], // 23, 24/2 after Tết
  ])('due %s, done/now %s → %i', (due, doneOrNow, late) => {
    expect(workingDaysLate({ due }, doneOrNow, cal)).toBe(late);
  });

  it('agrees with deadlineState on on-time steps, and a late step on days off only is late but 0 working days', () => {
    expect(deadlineState({ due: '2025-04-29' }, at('2025-05-04'))).toBe('late');
    expect(workingDaysLate({ due: '2025-04-29' }, at('2025-05-04'), cal)).toBe(0);
  });

  it('works on a computed deadline (full Deadline object)', () => {
    const d = submitDeadline('2025-04-24T02:00:00Z', cal);
    expect(workingDaysLate(d, at('2025-05-07'), cal)).toBe(2);
    expect(deadlineState(d, at('2025-05-07'))).toBe('late');
  });
});

describe('the limits are the process version\'s data', () => {
  const v2: DocumentStepLimits = { ...V1, submit: { workingDays: 4, urgentWorkingDays: 2 }, distribute: { workingDays: 0, urgentWorkingDays: 0 } };

  it('version 1 is DOMAIN.md §3: next/same day, 2, 5, next/same day', () => {
    expect(INCOMING_DOCUMENTS_PROCESS_V1).toEqual({
      code: 'QT-VB-01',
      version: 1,
      limits: {
        distribute: { workingDays: 1, urgentWorkingDays: 0 },
        supplement: { workingDays: 2, urgentWorkingDays: 2 },
        submit: { workingDays: 5, urgentWorkingDays: 5 },
        issue: { workingDays: 1, urgentWorkingDays: 0 },
      },
    });
  });

  it('a version with submit 4 (urgent 2) and distribution the same day counts with its own limits', () => {
    const receivedAt = '2025-04-24T02:00:00Z'; // Thu 24/4/2025
    expect(stepDeadline('submit', receivedAt, 'normal', v2, cal).due).toBe('2025-04-29'); // 25, Sat 26, 28, 29/4
    expect(stepDeadline('submit', receivedAt, 'flash', v2, cal).due).toBe('2025-04-26');
    expect(stepDeadline('distribute', receivedAt, 'normal', v2, cal).due).toBe('2025-04-24');
    expect(stepDeadline('supplement', receivedAt, 'normal', v2, cal)).toEqual({ clock: 'supplement', due: '2025-04-26', calendarVersion: VERSION });
  });
});
