import type { CalendarYear } from './calendar-year';

/** The days the Prime Minister fixes each year (BLLĐ Đ.112.3) carry '(tạm tính)' until the notice is out. */
const TET = 'Tết Nguyên đán (tạm tính)';
const TET_MAKE_UP = 'Nghỉ bù Tết Nguyên đán (mùng 1, mùng 2 Tết là thứ Bảy 06/02, Chủ nhật 07/02/2027; tạm tính)';
const QUOC_KHANH = 'Quốc khánh';

/**
 * Vietnam 2027, civil service: PROVISIONAL. Derived from the law only, because the government's
 * notice on the 2027 Tết and National Day holidays is not yet issued. The seed records it as the
 * approved version '2027.1-provisional' (calendar-seed.ts); the admin enters the notice as a new
 * version at /quan-tri/lich-lam-viec, which replaces it with no restart. Before the seed ran, a
 * deadline computed with it recorded '2027.0-provisional' in its calendar version.
 *
 * Rules applied (BLLĐ 45/2019/QH14; /work/shared/research/domain-research.md §E1, B12):
 * - Đ.112.1: 1/1, Tết Âm lịch 5 days, 10/3 lunar, 30/4, 1/5, 2/9 + one adjacent day.
 * - Đ.112.3 (the Prime Minister fixes the Tết days and the second National Day day), INFERENCE
 *   until the notice: Tết = the last day of the 12th lunar month + mùng 1–4 of the 1st month;
 *   the second National Day day is the one that joins 2/9 to the weekend.
 * - Đ.111.3: an Đ.112.1 holiday on a Saturday or Sunday is made up on the next working day(s).
 * - No swapped days (hoán đổi): the government decides those each year.
 * - 24/11 Ngày Văn hóa Việt Nam, kept consistent with vietnam-2026.ts (NQ 28/2026/QH16 Đ.2,
 *   UNCERTAIN: one secondary source); outside Đ.112.1, so never made up.
 *
 * Lunar → solar dates (Vietnamese calendar, UTC+7):
 * - 29/12 Bính Ngọ = Fri 05/02/2027: the 12th month (from Fri 08/01/2027) has 29 days, so there
 *   is no 30 Chạp: 29 Chạp is the last day of the year.
 * - 1/1 Đinh Mùi = Sat 06/02/2027; 2/1 = Sun 07/02; 3/1 = Mon 08/02; 4/1 = Tue 09/02.
 * - 10/3 Đinh Mùi (Giỗ Tổ Hùng Vương) = Fri 16/04/2027.
 * Verified with three independent computations that agree day by day over 2025–2027:
 * Hồ Ngọc Đức's astronomical algorithm (his amlich-aa98.js via the npm package `amlich`, and a
 * separate port of it, both at time zone +7), the Chinese calendar of `lunar-javascript` 1.7.7
 * (UTC+8: no day differs from UTC+7 in 2025–2027), and `date-holidays` 3.37.0 ('VN': Tết 06/02,
 * Hùng Vương 16/04/2027). The same computation gives the known dates of 2025 (Tết 29/01, Hùng
 * Vương 07/04) and 2026 (Tết 17/02, 29 Chạp 16/02, Hùng Vương 26/04).
 *
 * Result: Tết block Fri 05/02 – Thu 11/02 (5 Tết days, 2 of them on the weekend and made up on
 * Wed 10/02 and Thu 11/02); 1/5 is a Saturday, made up Mon 03/05; Quốc khánh Thu 02/09 + Fri
 * 03/09 (02–05/09 with the weekend). 12 weekdays off, no Saturday worked.
 */
export const VIETNAM_2027: CalendarYear = {
  year: 2027,
  version: '2027.0-provisional',
  source:
    'TẠM TÍNH: suy ra từ Bộ luật Lao động 2019 (45/2019/QH14) Điều 112 (khoản 1, 3) và Điều 111.3; ' +
    'chưa có thông báo của Chính phủ về nghỉ Tết Âm lịch, Quốc khánh năm 2027. ' +
    'Phải thay bằng thông báo nghỉ lễ, Tết năm 2027 khi được ban hành và được quản trị phê duyệt. ' +
    'Ngày 24/11 theo Nghị quyết 28/2026/QH16 Điều 2 (chưa đối chiếu văn bản gốc). ' +
    'Âm lịch Việt Nam (UTC+7): 29/12 Bính Ngọ = 05/02/2027, 1/1 Đinh Mùi = 06/02/2027, 10/3 Đinh Mùi = 16/04/2027.',
  daysOff: [
    { date: '2027-01-01', label: 'Tết Dương lịch' }, // Fri
    // Tết Đinh Mùi: Fri 05/02 (29 Chạp) to Tue 09/02 (mùng 4); Sat 06/02 (mùng 1) and Sun 07/02
    // (mùng 2) are made up on Wed 10/02 and Thu 11/02 (Đ.111.3). Off Fri 05/02 – Thu 11/02.
    { date: '2027-02-05', label: TET }, // Fri, 29 Chạp Bính Ngọ
    { date: '2027-02-08', label: TET }, // Mon, mùng 3
    { date: '2027-02-09', label: TET }, // Tue, mùng 4
    { date: '2027-02-10', label: TET_MAKE_UP }, // Wed, for Sat 06/02
    { date: '2027-02-11', label: TET_MAKE_UP }, // Thu, for Sun 07/02
    { date: '2027-04-16', label: 'Giỗ Tổ Hùng Vương' }, // Fri, 10/3 Đinh Mùi
    { date: '2027-04-30', label: 'Ngày Giải phóng miền Nam, thống nhất đất nước' }, // Fri
    { date: '2027-05-03', label: 'Nghỉ bù Ngày Quốc tế lao động (01/05/2027 là thứ Bảy)' }, // Mon, Đ.111.3
    { date: '2027-09-02', label: QUOC_KHANH }, // Thu
    { date: '2027-09-03', label: `${QUOC_KHANH} (tạm tính)` }, // Fri, the second National Day day (INFERENCE)
    { date: '2027-11-24', label: 'Ngày Văn hóa Việt Nam' }, // Wed, NQ 28/2026/QH16 (uncertain)
  ],
  workedWeekendDays: [],
};
