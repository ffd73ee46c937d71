import { describe, it } from '@jest/globals';
import { expect } from '../../../test/support/expect';
import { asSentence, longDate, longDateTime, placeAndDate, vnd, workingDays } from './vietnamese-format';

describe('Vietnamese dates, times and amounts on the forms', () => {
  it('writes days below 10 and months below 3 with a leading zero (NĐ 30/2020)', () => {
    expect(longDate('2026-03-05')).toBe('ngày 05 tháng 3 năm 2026');
    expect(longDate('2026-02-14')).toBe('ngày 14 tháng 02 năm 2026');
    expect(longDate('2026-12-31')).toBe('ngày 31 tháng 12 năm 2026');
  });

  it('tells the time in Asia/Ho_Chi_Minh, whatever offset the instant carries', () => {
    expect(longDateTime('2026-03-05T02:07:00Z')).toBe('09 giờ 07 phút, ngày 05 tháng 3 năm 2026');
    expect(longDateTime('2026-03-04T17:30:00Z')).toBe('00 giờ 30 phút, ngày 05 tháng 3 năm 2026');
    expect(longDateTime('2026-03-05T16:45:00+07:00')).toBe('16 giờ 45 phút, ngày 05 tháng 3 năm 2026');
  });

  it('dates the header by the local day of the instant', () => {
    expect(placeAndDate('An Thành', '2026-03-04T18:00:00Z')).toBe('An Thành, ngày 05 tháng 3 năm 2026');
  });

  it('groups thousands with dots and names the currency', () => {
    expect(vnd(1_500_000)).toBe('1.500.000 đồng');
    expect(vnd(500)).toBe('500 đồng');
    expect(vnd(12_345_678)).toBe('12.345.678 đồng');
  });

  it('counts working days with a decimal comma', () => {
    expect(workingDays(20)).toBe('20 ngày làm việc');
    expect(workingDays(0.5)).toBe('0,5 ngày làm việc');
  });

  it('ends free text with a full stop once', () => {
    expect(asSentence('chờ ý kiến của Sở ')).toBe('chờ ý kiến của Sở.');
    expect(asSentence('đã đủ hồ sơ.')).toBe('đã đủ hồ sơ.');
  });
});
