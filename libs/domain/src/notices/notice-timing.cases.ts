import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { VIETNAM_CALENDAR } from '../calendar';
import { dueStanding } from './notice-timing';

describe('dueStanding (due within one working day)', () => {
  it('says overdue once the due day is past', () => {
    expect(dueStanding('2026-03-04', '2026-03-05', VIETNAM_CALENDAR)).toBe('overdue');
  });

  it('says due soon today and on the next working day, across a weekend', () => {
    // Friday 6/3/2026: Monday 9/3 is the next working day.
    expect(dueStanding('2026-03-06', '2026-03-06', VIETNAM_CALENDAR)).toBe('due_soon');
    expect(dueStanding('2026-03-09', '2026-03-06', VIETNAM_CALENDAR)).toBe('due_soon');
    expect(dueStanding('2026-03-10', '2026-03-06', VIETNAM_CALENDAR)).toBeNull();
  });

  it('says nothing without a due day', () => {
    expect(dueStanding(null, '2026-03-06', VIETNAM_CALENDAR)).toBeNull();
  });
});
