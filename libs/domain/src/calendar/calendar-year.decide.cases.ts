import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import {
  calendarSeedOf, calendarYearOfVersion, calendarYearStateFrom, decideCalendarYear, evolveCalendarYear, initialCalendarYearState, proposeCalendarDays,
  calendarVersionInForce, VIETNAM_CALENDAR_YEARS, workingCalendarOf, type CalendarYearCommand, type CalendarYearEvent, type CalendarYearState,
} from '.';
import { deciderSpec } from '../testing/given-when-then';
import type { Actor } from '../shared';
import { VIETNAM_2027 } from './vietnam-2027';

const ADMIN: Actor = { userId: 'u-quantri', roles: ['admin'], departmentId: null };
const CHIEF: Actor = { userId: 'u-chanh-vp', roles: ['office_chief'], departmentId: null };
const T0 = '2026-11-20T02:00:00.000Z';
const T1 = '2026-12-01T03:00:00.000Z';
const NOTICE = { symbol: '1234/TB-BNV', date: '2026-11-25', issuer: 'Bộ Nội vụ' };
const by = (at: string) => ({ by: ADMIN.userId, at });

const cmd = {
  propose: (over: Partial<CalendarYearCommand> = {}) => ({ type: 'propose', actor: ADMIN, now: T0, year: 2027, ...over }) as CalendarYearCommand,
  change: (changes: { date: string; kind: string; note: string }[], over: Partial<CalendarYearCommand> = {}) =>
    ({ type: 'changeDays', actor: ADMIN, now: T0, year: 2027, changes, ...over }) as CalendarYearCommand,
  revise: (reason: string, now = T1) => ({ type: 'revise', actor: ADMIN, now, year: 2027, reason }) as CalendarYearCommand,
  approve: (over: Record<string, unknown> = {}, now = T0) => ({ type: 'approve', actor: ADMIN, now, year: 2027, notice: NOTICE, provisional: false, ...over }) as CalendarYearCommand,
};

const given = deciderSpec({ decide: (c: CalendarYearCommand, s: CalendarYearState) => decideCalendarYear(c, s), evolve: evolveCalendarYear, initialState: initialCalendarYearState }, undefined);

/** Events of a history decided command by command. */
function history(...commands: CalendarYearCommand[]): CalendarYearEvent[] {
  const events: CalendarYearEvent[] = [];
  for (const command of commands) events.push(...decideCalendarYear(command, calendarYearStateFrom(events)));
  return events;
}
const proposed = () => history(cmd.propose());
const approved = () => history(cmd.propose(), cmd.approve());

describe('propose (đề xuất lịch năm)', () => {
  it('records the year computed from the Labour Code and the lunar calendar, with its basis', () => {
    const { state } = given([]).when(cmd.propose()).then([
      { type: 'CalendarYearProposed', data: { year: 2027, basis: expect.stringContaining('lunar-javascript') as unknown as string, days: proposeCalendarDays(2027), ...by(T0) } },
    ]);
    expect(state.status).toBe('draft');
    expect(state.days.get('2027-02-06')).toMatchObject({ kind: 'holiday', note: 'Tết Nguyên đán (mùng 1 Tết)' });
  });

  it('refuses: CALENDAR_ADMIN_ONLY, CALENDAR_YEAR_INVALID, CALENDAR_YEAR_ALREADY_PROPOSED', () => {
    given([]).when(cmd.propose({ actor: CHIEF })).thenThrows({ code: 'FORBIDDEN', rule: 'CALENDAR_ADMIN_ONLY' });
    given([]).when(cmd.propose({ year: 1999 })).thenThrows({ code: 'RULE_VIOLATION', rule: 'CALENDAR_YEAR_INVALID', field: 'year' });
    given([]).when(cmd.propose({ year: 2027.5 })).thenThrows({ code: 'RULE_VIOLATION', rule: 'CALENDAR_YEAR_INVALID' });
    given(proposed()).when(cmd.propose()).thenThrows({ code: 'WRONG_STATE', rule: 'CALENDAR_YEAR_ALREADY_PROPOSED' });
  });
});

describe('changeDays (chỉnh theo thông báo)', () => {
  it('sets a swap (a Friday off, a Saturday worked) and clears a day, each with its note and what it was', () => {
    given(proposed())
      .when(cmd.change([
        { date: '2027-02-12', kind: 'swapped_day_off', note: 'Nghỉ hoán đổi (làm bù thứ Bảy 20/02/2027)' },
        { date: '2027-02-20', kind: 'worked_weekend_day', note: 'Làm bù (hoán đổi với thứ Sáu 12/02/2027)' },
        { date: '2027-09-03', kind: 'working_day', note: ' Thông báo chọn ngày 01/09 ' },
      ]))
      .then([
        { type: 'CalendarDayChanged', data: { year: 2027, date: '2027-02-12', kind: 'swapped_day_off', note: 'Nghỉ hoán đổi (làm bù thứ Bảy 20/02/2027)', previous: null, ...by(T0) } },
        { type: 'CalendarDayChanged', data: { year: 2027, date: '2027-02-20', kind: 'worked_weekend_day', note: 'Làm bù (hoán đổi với thứ Sáu 12/02/2027)', previous: null, ...by(T0) } },
        { type: 'CalendarDayChanged', data: { year: 2027, date: '2027-09-03', kind: 'working_day', note: 'Thông báo chọn ngày 01/09', previous: { kind: 'holiday', note: 'Quốc khánh (ngày liền kề)' }, ...by(T0) } },
      ]);
  });

  it('a change that is already so records nothing', () => {
    given(proposed()).when(cmd.change([{ date: '2027-04-16', kind: 'holiday', note: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' }, { date: '2027-03-03', kind: 'working_day', note: 'x' }])).then([]);
  });

  it('refuses: CALENDAR_NO_CHANGES, CALENDAR_DAY_NOT_IN_YEAR, CALENDAR_DAY_KIND_UNKNOWN, CALENDAR_NOTE_REQUIRED, CALENDAR_DAY_OFF_ON_WEEKEND, CALENDAR_WORKED_DAY_NOT_WEEKEND', () => {
    const draft = given(proposed());
    draft.when(cmd.change([])).thenThrows({ code: 'RULE_VIOLATION', rule: 'CALENDAR_NO_CHANGES', field: 'changes' });
    draft.when(cmd.change([{ date: '2028-01-03', kind: 'holiday', note: 'x' }])).thenThrows({ code: 'RULE_VIOLATION', rule: 'CALENDAR_DAY_NOT_IN_YEAR', field: 'changes[0].date' });
    draft.when(cmd.change([{ date: '2027-02-30', kind: 'holiday', note: 'x' }])).thenThrows({ code: 'RULE_VIOLATION', rule: 'CALENDAR_DAY_NOT_IN_YEAR' });
    draft.when(cmd.change([{ date: '2027-03-03', kind: 'party', note: 'x' }])).thenThrows({ code: 'RULE_VIOLATION', rule: 'CALENDAR_DAY_KIND_UNKNOWN', field: 'changes[0].kind' });
    draft.when(cmd.change([{ date: '2027-03-01', kind: 'holiday', note: 'ok' }, { date: '2027-03-03', kind: 'holiday', note: '  ' }])).thenThrows({ code: 'RULE_VIOLATION', rule: 'CALENDAR_NOTE_REQUIRED', field: 'changes[1].note' });
    draft.when(cmd.change([{ date: '2027-03-06', kind: 'make_up_day_off', note: 'Sat' }])).thenThrows({ code: 'RULE_VIOLATION', rule: 'CALENDAR_DAY_OFF_ON_WEEKEND' });
    draft.when(cmd.change([{ date: '2027-03-07', kind: 'swapped_day_off', note: 'Sun' }])).thenThrows({ code: 'RULE_VIOLATION', rule: 'CALENDAR_DAY_OFF_ON_WEEKEND' });
    draft.when(cmd.change([{ date: '2027-03-05', kind: 'worked_weekend_day', note: 'Fri' }])).thenThrows({ code: 'RULE_VIOLATION', rule: 'CALENDAR_WORKED_DAY_NOT_WEEKEND', field: 'changes[0].kind' });
  });

  it('refuses a year never proposed (CALENDAR_YEAR_NOT_PROPOSED) and an approved version edited without a new one (CALENDAR_YEAR_APPROVED)', () => {
    given([]).when(cmd.change([{ date: '2027-03-03', kind: 'holiday', note: 'x' }])).thenThrows({ code: 'WRONG_STATE', rule: 'CALENDAR_YEAR_NOT_PROPOSED' });
    given(approved()).when(cmd.change([{ date: '2027-03-03', kind: 'holiday', note: 'x' }])).thenThrows({ code: 'WRONG_STATE', rule: 'CALENDAR_YEAR_APPROVED' });
  });
});

describe('approve (phê duyệt theo thông báo)', () => {
  it('approves version 1 with the notice and the whole year’s days', () => {
    const { state } = given(proposed()).when(cmd.approve()).then([
      {
        type: 'CalendarYearApproved',
        data: { year: 2027, version: 1, label: '2027.1', provisional: false, notice: NOTICE, reason: null, days: proposeCalendarDays(2027), ...by(T0) },
      },
    ]);
    expect(state.status).toBe('approved');
    expect(state.versions.map((v) => v.label)).toEqual(['2027.1']);
  });

  it('a version approved on the law alone is marked provisional', () => {
    const [event] = decideCalendarYear(cmd.approve({ provisional: true }), calendarYearStateFrom(proposed()));
    expect(event.data).toMatchObject({ label: '2027.1-provisional', provisional: true });
  });

  it('refuses: CALENDAR_NOTICE_REQUIRED (symbol, date, issuer), CALENDAR_PROVISIONAL_FLAG, CALENDAR_ADMIN_ONLY, CALENDAR_YEAR_APPROVED, CALENDAR_YEAR_NOT_PROPOSED', () => {
    const draft = given(proposed());
    draft.when(cmd.approve({ notice: { ...NOTICE, symbol: ' ' } })).thenThrows({ code: 'RULE_VIOLATION', rule: 'CALENDAR_NOTICE_REQUIRED', field: 'notice.symbol' });
    draft.when(cmd.approve({ notice: { ...NOTICE, date: '25/11/2026' } })).thenThrows({ code: 'RULE_VIOLATION', rule: 'CALENDAR_NOTICE_REQUIRED', field: 'notice.date' });
    draft.when(cmd.approve({ notice: { ...NOTICE, issuer: '' } })).thenThrows({ code: 'RULE_VIOLATION', rule: 'CALENDAR_NOTICE_REQUIRED', field: 'notice.issuer' });
    draft.when(cmd.approve({ notice: undefined })).thenThrows({ code: 'RULE_VIOLATION', rule: 'CALENDAR_NOTICE_REQUIRED', field: 'notice.symbol' });
    draft.when(cmd.approve({ provisional: 'no' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'CALENDAR_PROVISIONAL_FLAG', field: 'provisional' });
    draft.when(cmd.approve({ actor: CHIEF })).thenThrows({ code: 'FORBIDDEN', rule: 'CALENDAR_ADMIN_ONLY' });
    given(approved()).when(cmd.approve()).thenThrows({ code: 'WRONG_STATE', rule: 'CALENDAR_YEAR_APPROVED' });
    given([]).when(cmd.approve()).thenThrows({ code: 'WRONG_STATE', rule: 'CALENDAR_YEAR_NOT_PROPOSED' });
  });
});

describe('revise (a new version of an approved year)', () => {
  it('opens a draft with the reason; its approval is version 2 carrying the reason, version 1 stays as it was', () => {
    const { state: opened } = given(approved()).when(cmd.revise('Thông báo mới: chọn ngày 01/09 thay cho 03/09')).then([
      { type: 'CalendarYearRevisionOpened', data: { year: 2027, reason: 'Thông báo mới: chọn ngày 01/09 thay cho 03/09', fromVersion: 1, ...by(T1) } },
    ]);
    expect(opened.status).toBe('draft');
    const events = approved();
    const later = [...events, ...decideCalendarYear(cmd.revise('Thông báo mới'), calendarYearStateFrom(events))];
    const moved = [...later, ...decideCalendarYear(cmd.change([{ date: '2027-09-03', kind: 'working_day', note: 'Theo thông báo mới' }, { date: '2027-09-01', kind: 'holiday', note: 'Quốc khánh (ngày liền kề)' }], { now: T1 }), calendarYearStateFrom(later))];
    const done = [...moved, ...decideCalendarYear(cmd.approve({}, T1), calendarYearStateFrom(moved))];
    const state = calendarYearStateFrom(done);
    expect(state.versions.map((v) => [v.label, v.reason])).toEqual([['2027.1', null], ['2027.2', 'Thông báo mới']]);
    expect(state.versions[0].days.some((d) => d.date === '2027-09-03')).toBe(true); // version 1 is never rewritten
    expect(state.versions[1].days.some((d) => d.date === '2027-09-03')).toBe(false);
  });

  it('refuses: CALENDAR_REASON_REQUIRED, CALENDAR_DRAFT_OPEN, CALENDAR_YEAR_NOT_PROPOSED, CALENDAR_ADMIN_ONLY', () => {
    given(approved()).when(cmd.revise('  ')).thenThrows({ code: 'RULE_VIOLATION', rule: 'CALENDAR_REASON_REQUIRED', field: 'reason' });
    given(proposed()).when(cmd.revise('x')).thenThrows({ code: 'WRONG_STATE', rule: 'CALENDAR_DRAFT_OPEN' });
    given([]).when(cmd.revise('x')).thenThrows({ code: 'WRONG_STATE', rule: 'CALENDAR_YEAR_NOT_PROPOSED' });
    given(approved()).when({ ...cmd.revise('x'), actor: CHIEF } as CalendarYearCommand).thenThrows({ code: 'FORBIDDEN', rule: 'CALENDAR_ADMIN_ONLY' });
  });
});

describe('the calendar as it was on any day, and past deadlines', () => {
  const v1 = approved();
  const opened = [...v1, ...decideCalendarYear(cmd.revise('Dời ngày nghỉ Quốc khánh'), calendarYearStateFrom(v1))];
  const moved = [...opened, ...decideCalendarYear(cmd.change([{ date: '2027-09-03', kind: 'working_day', note: 'Dời' }, { date: '2027-09-01', kind: 'holiday', note: 'Quốc khánh' }], { now: T1 }), calendarYearStateFrom(opened))];
  const v2 = [...moved, ...decideCalendarYear(cmd.approve({}, T1), calendarYearStateFrom(moved))];
  const state = calendarYearStateFrom(v2);

  it('calendarVersionInForce: none before the first approval, version 1 until version 2 is approved, then version 2', () => {
    expect(calendarVersionInForce(state, '2026-11-20T01:59:59Z')).toBeNull();
    expect(calendarVersionInForce(state, T0)?.label).toBe('2027.1');
    expect(calendarVersionInForce(state, '2026-12-01T09:59:59+07:00')?.label).toBe('2027.1');
    expect(calendarVersionInForce(state, T1)?.label).toBe('2027.2');
  });

  it('a deadline computed under version 1 records it; the calendar after version 2 computes a new one, the recorded one stays', () => {
    const builtIn = VIETNAM_CALENDAR_YEARS.filter((y) => y.year !== 2027);
    const under1 = workingCalendarOf([calendarYearOfVersion(2027, state.versions[0])], builtIn);
    const under2 = workingCalendarOf([calendarYearOfVersion(2027, state.versions[1])], builtIn);
    expect(under1.version).toBe('VN 2025.1+2026.1+2027.1');
    expect(under2.version).toBe('VN 2025.1+2026.1+2027.2');
    expect(under1.addWorkingDays('2027-08-31', 1)).toBe('2027-09-01');
    expect(under2.addWorkingDays('2027-08-31', 1)).toBe('2027-09-03');
  });
});

describe('the seed: the years shipped with the code entered through the commands', () => {
  it.each(VIETNAM_CALENDAR_YEARS.map((y) => [y.year, y] as const))('%i: propose, change to the shipped days, approve → the same working days and labels', (yearNo, shipped) => {
    const seed = calendarSeedOf(shipped)!;
    const at = { year: yearNo };
    const events = history(cmd.propose(at), ...(seed.changes.length ? [cmd.change(seed.changes, at)] : []), cmd.approve({ ...at, notice: seed.notice, provisional: seed.provisional }));
    const version = calendarYearStateFrom(events).versions[0];
    const seeded = calendarYearOfVersion(yearNo, version);
    expect({ daysOff: seeded.daysOff, worked: seeded.workedWeekendDays }).toEqual({ daysOff: shipped.daysOff, worked: shipped.workedWeekendDays });
    expect(version.label).toBe(yearNo === 2027 ? '2027.1-provisional' : `${yearNo}.1`);
  });

  it('2027 stays provisional until its notice; the shipped years fill the years nobody approved', () => {
    expect(calendarSeedOf(VIETNAM_2027)?.provisional).toBe(true);
    expect(workingCalendarOf([], VIETNAM_CALENDAR_YEARS).version).toBe('VN 2025.1+2026.1+2027.0-provisional');
  });

  it('a year approved past a gap waits for the gap (WorkingCalendar needs consecutive years)', () => {
    const year2029 = { year: 2029, version: '2029.1', source: 's', daysOff: [], workedWeekendDays: [] };
    expect(workingCalendarOf([year2029], VIETNAM_CALENDAR_YEARS).coveredYears).toEqual([2025, 2026, 2027]);
  });
});
