import type { CalendarYear } from './calendar-year';

const TET = 'Tết Nguyên đán';
const QUOC_KHANH = 'Quốc khánh';

/**
 * Vietnam 2025, civil service (cán bộ, công chức, viên chức).
 *
 * Source: Thông báo 6150/TB-BLĐTBXH of 03/12/2024 (Bộ LĐTBXH) on the Tết Âm lịch and National Day
 * holidays of 2025, with the swap of Fri 02/05 for Sat 26/04; the fixed days of BLLĐ 45/2019/QH14
 * Đ.112.1. As summarised in /work/shared/research/domain-research.md §E1 (secondary: the
 * hc-holiday note citing the notice). None of 2025's fixed holidays falls on a weekend, so
 * Đ.111.3 adds no make-up day. 12 weekdays off, 1 Saturday worked.
 */
export const VIETNAM_2025: CalendarYear = {
  year: 2025,
  version: '2025.1',
  source:
    'Thông báo 6150/TB-BLĐTBXH ngày 03/12/2024 (Tết Âm lịch, Quốc khánh, hoán đổi 02/5 ↔ 26/4); ' +
    'Bộ luật Lao động 45/2019/QH14 Điều 111.3, 112.1',
  daysOff: [
    { date: '2025-01-01', label: 'Tết Dương lịch' }, // Wed
    // Tết Ất Tỵ: Sat 25/01 to Sun 02/02 = 5 Tết weekdays (27–31/01, 28 Chạp to mùng 3) + 4 weekend days.
    { date: '2025-01-27', label: TET },
    { date: '2025-01-28', label: TET },
    { date: '2025-01-29', label: TET },
    { date: '2025-01-30', label: TET },
    { date: '2025-01-31', label: TET },
    { date: '2025-04-07', label: 'Giỗ Tổ Hùng Vương' }, // Mon, 10/3 Ất Tỵ
    { date: '2025-04-30', label: 'Ngày Giải phóng miền Nam, thống nhất đất nước' }, // Wed
    { date: '2025-05-01', label: 'Ngày Quốc tế lao động' }, // Thu
    { date: '2025-05-02', label: 'Nghỉ hoán đổi (làm bù thứ Bảy 26/04/2025)' }, // Fri, TB 6150 swap
    // Quốc khánh: Sat 30/08 to Tue 02/09; the second National Day day is Mon 01/09.
    { date: '2025-09-01', label: QUOC_KHANH },
    { date: '2025-09-02', label: QUOC_KHANH },
  ],
  workedWeekendDays: [
    { date: '2025-04-26', label: 'Làm bù (hoán đổi với thứ Sáu 02/05/2025)' }, // Sat, TB 6150 swap
  ],
};
