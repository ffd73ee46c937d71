import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { directiveOutcome, directiveOutcomeOn } from './directive.outcome';
import { directiveStateFrom } from './directive.state';
import { D, taskCmd, taskHistory, vn } from './testing/directive-fixtures';

/* The four outcomes of DOMAIN.md §8 for a task due Tue 31/3/2026, as of an instant. */

describe('directiveOutcome', () => {
  it('not done: in time to the end of the due day, overdue after it', () => {
    const state = directiveStateFrom(taskHistory(taskCmd.register()));
    expect(directiveOutcome(state, vn('2026-03-31', '23:59'))).toBe('not_done_in_time');
    expect(directiveOutcome(state, vn('2026-04-01', '00:00'))).toBe('not_done_overdue');
  });

  it('done: by the day the agency reported the completion that was accepted, on time or late', () => {
    const onTime = directiveStateFrom(taskHistory(taskCmd.register(), taskCmd.complete(), taskCmd.accept()));
    expect(directiveOutcome(onTime, D.assessed)).toBe('done_on_time');
    const late = directiveStateFrom(taskHistory(taskCmd.register(), taskCmd.complete({ now: vn('2026-04-02') }), taskCmd.accept({ now: vn('2026-04-03') })));
    expect(directiveOutcome(late, vn('2026-04-03'))).toBe('done_late');
    // As of a day before the report it was not done yet; a report awaiting assessment is not done.
    expect(directiveOutcome(late, vn('2026-03-20'))).toBe('not_done_in_time');
    const pending = directiveStateFrom(taskHistory(taskCmd.register(), taskCmd.complete()));
    expect(directiveOutcome(pending, vn('2026-04-02'))).toBe('not_done_overdue');
  });

  it('an extension moves the yardstick; periodic reporting is never late; closed early or nothing registered is not counted', () => {
    const extended = directiveStateFrom(taskHistory(taskCmd.register(), taskCmd.extend()));
    expect(directiveOutcome(extended, vn('2026-04-10'))).toBe('not_done_in_time');
    const periodic = directiveStateFrom(taskHistory(taskCmd.register({ dueDate: null, reporting: 'monthly' })));
    expect(directiveOutcome(periodic, vn('2027-01-01'))).toBe('not_done_in_time');
    expect(directiveOutcome(directiveStateFrom(taskHistory(taskCmd.register(), taskCmd.cancel())), vn('2026-04-10'))).toBeNull();
    expect(directiveOutcome(directiveStateFrom([]), vn('2026-04-10'))).toBeNull();
    expect(directiveOutcomeOn({ status: 'superseded', dueDate: '2026-03-31', doneOn: null }, '2026-04-10')).toBeNull();
  });
});
