import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { VIETNAM_CALENDAR } from '../calendar';
import { dossierDueDate, dueAfterSupplement, resultOutcome, stepOutcome } from './dossier.clock';
import { dossierCode, OFFICE_CODE } from './dossier.code';

const vn = (day: string, hhmm: string) => new Date(`${day}T${hhmm}:00+07:00`).toISOString();
const due = (receivedAt: string, statutoryDays: number, cutoffHour = 15) => dossierDueDate(receivedAt, { statutoryDays, cutoffHour }, VIETNAM_CALENDAR);
const at = (day: string) => ({ due: day, calendarVersion: VIETNAM_CALENDAR.version });

describe('dossierDueDate: statutory working days after receipt, never counting the day of receipt', () => {
  it('received before the cut-off counts from that day; the worked Saturday 26/4/2025 counts', () => {
    expect(due(vn('2025-04-24', '10:00'), 3)).toEqual({ countsFrom: '2025-04-24', due: at('2025-04-28') });
  });

  it('after the cut-off on Thu 24/4/2025 counts from Fri 25/4, and then skips 30/4–2/5 (Fri 2/5 swapped off)', () => {
    expect(due(vn('2025-04-24', '16:00'), 3)).toEqual({ countsFrom: '2025-04-25', due: at('2025-04-29') });
    expect(due(vn('2025-04-24', '16:00'), 5)).toEqual({ countsFrom: '2025-04-25', due: at('2025-05-06') });
  });

  it('the cut-off hour itself is still in time; a second later is not', () => {
    expect(due(vn('2025-04-24', '15:00'), 1).countsFrom).toBe('2025-04-24');
    expect(due('2025-04-24T08:00:01Z', 1).countsFrom).toBe('2025-04-25');
    expect(due(vn('2025-04-24', '16:00'), 1, 17).countsFrom).toBe('2025-04-24');
  });

  it('after the cut-off on Thu 20/8/2026 counts from Fri 21/8; the worked Saturday 22/8/2026 counts', () => {
    expect(due(vn('2026-08-20', '15:30'), 3)).toEqual({ countsFrom: '2026-08-21', due: at('2026-08-25') });
  });

  it('after the cut-off on Thu 27/8/2026: Mon 31/8 (swapped off), 1/9 and 2/9 never count', () => {
    expect(due(vn('2026-08-27', '16:00'), 5)).toEqual({ countsFrom: '2026-08-28', due: at('2026-09-09') });
  });

  it('across Tết 2026 (16–20/2 off)', () => {
    expect(due(vn('2026-02-12', '10:00'), 5)).toEqual({ countsFrom: '2026-02-12', due: at('2026-02-26') });
  });

  it('received on a day off (an online dossier on a Sunday) counts from the next working day, whatever the hour', () => {
    expect(due(vn('2025-04-27', '09:00'), 3)).toEqual({ countsFrom: '2025-04-28', due: at('2025-05-06') });
  });
});

describe('dueAfterSupplement', () => {
  const procedure = { statutoryDays: 5, cutoffHour: 15 };
  it('restart: the statutory time counts again from the supplement’s receipt (same cut-off rule)', () => {
    expect(dueAfterSupplement('restart', at('2025-05-05'), vn('2025-04-25', '09:00'), vn('2025-05-07', '10:00'), procedure, VIETNAM_CALENDAR)).toEqual(at('2025-05-14'));
    expect(dueAfterSupplement('restart', at('2025-05-05'), vn('2025-04-25', '09:00'), vn('2025-05-07', '16:00'), procedure, VIETNAM_CALENDAR)).toEqual(at('2025-05-15'));
  });

  it('pause: the working days in (day of request, day of receipt] are added to the due date', () => {
    // Fri 25/4 → Wed 7/5/2025: Sat 26, Mon 28, Tue 29, Mon 5, Tue 6, Wed 7 = 6 working days.
    expect(dueAfterSupplement('pause', at('2025-05-05'), vn('2025-04-25', '09:00'), vn('2025-05-07', '10:00'), procedure, VIETNAM_CALENDAR)).toEqual(at('2025-05-13'));
    expect(dueAfterSupplement('pause', at('2025-05-05'), vn('2025-04-25', '09:00'), vn('2025-04-25', '16:00'), procedure, VIETNAM_CALENDAR)).toEqual(at('2025-05-05'));
  });
});

describe('stepOutcome (control sheet)', () => {
  const dueAt = vn('2025-04-29', '12:00');
  it('early on a day before the due day, on time on that day up to the due instant, late after it', () => {
    expect(stepOutcome(vn('2025-04-28', '16:59'), dueAt)).toBe('early');
    expect(stepOutcome(vn('2025-04-29', '08:00'), dueAt)).toBe('on_time');
    expect(stepOutcome(vn('2025-04-29', '12:00'), dueAt)).toBe('on_time');
    expect(stepOutcome(vn('2025-04-29', '12:01'), dueAt)).toBe('late');
  });

  it('an untimed step has no outcome', () => {
    expect(stepOutcome(vn('2025-04-29', '12:01'), null)).toBeNull();
  });
});

describe('resultOutcome (the dossier’s class when the result reaches the desk)', () => {
  it('early before the due date, on time on it, late after it', () => {
    expect(resultOutcome(vn('2025-05-02', '16:00'), at('2025-05-05'))).toBe('early');
    expect(resultOutcome(vn('2025-05-05', '23:59'), at('2025-05-05'))).toBe('on_time');
    expect(resultOutcome(vn('2025-05-06', '00:00'), at('2025-05-05'))).toBe('late');
  });
});

describe('dossierCode', () => {
  it('is <office>-<yymmdd in Hà Nội>-<4-digit daily sequence>', () => {
    expect(dossierCode(OFFICE_CODE, vn('2025-04-24', '09:00'), 1)).toBe('VPUB-250424-0001');
    expect(dossierCode(OFFICE_CODE, '2025-04-24T17:30:00Z', 123)).toBe('VPUB-250425-0123');
  });

  it('refuses a sequence outside 1..9999', () => {
    expect(() => dossierCode(OFFICE_CODE, vn('2025-04-24', '09:00'), 0)).toThrow(expect.objectContaining({ rule: 'INVALID_SEQUENCE' }));
    expect(() => dossierCode(OFFICE_CODE, vn('2025-04-24', '09:00'), 10000)).toThrow(expect.objectContaining({ rule: 'INVALID_SEQUENCE' }));
  });
});
