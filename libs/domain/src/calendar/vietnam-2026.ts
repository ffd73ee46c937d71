import type { CalendarYear } from './calendar-year';

const TET = 'Tết Nguyên đán';
const QUOC_KHANH = 'Quốc khánh';

/**
 * Vietnam 2026, civil service (cán bộ, công chức, viên chức).
 *
 * Sources (all secondary relays; see /work/shared/research/domain-research.md §E1):
 * - Thông báo 9441/TB-BNV (Bộ Nội vụ), relayed by Cần Thơ Thông báo 109/TB-UBND of 06/11/2025:
 *   Tết Mon 16/02 – Fri 20/02 (14/02–22/02 with the weekends); National Day: Mon 31/08 swapped
 *   for Sat 22/08, off Sat 29/08 – Wed 02/09, the second day being Tue 01/09.
 * - Công văn 12729/VPCP-KGVX: Fri 02/01 swapped for Sat 10/01. UNCERTAIN: the research notes cite
 *   this letter but do not give its content; the swap is taken from the same secondary source the
 *   notes rely on (the hc-holiday note's 2026 table). Confirm before approving.
 * - Công văn 3383/BNV-CVL: no swap around 30/04 (hc-holiday note).
 * - BLLĐ 45/2019/QH14 Đ.111.3: Giỗ Tổ Hùng Vương (10/3 Bính Ngọ) is Sun 26/04, made up on
 *   Mon 27/04. INFERENCE from the article (the notes give no notice text for it).
 * - Nghị quyết 28/2026/QH16 Đ.2 (in force 01/07/2026): 24/11 Ngày Văn hóa Việt Nam, a paid day
 *   off outside Đ.112.1 (so never made up). UNCERTAIN: one secondary source (hc-holiday note);
 *   the Politburo policy (NQ 80-NQ/TW, 01/2026) is widely reported, the resolution's text was not
 *   read here. A swap around it was proposed, not decided (not encoded).
 */
export const VIETNAM_2026: CalendarYear = {
  year: 2026,
  version: '2026.1',
  source:
    'Thông báo 9441/TB-BNV (qua Thông báo 109/TB-UBND TP Cần Thơ ngày 06/11/2025); ' +
    'Công văn 12729/VPCP-KGVX (hoán đổi 02/01 ↔ 10/01, chưa đối chiếu văn bản gốc); Công văn 3383/BNV-CVL; ' +
    'Bộ luật Lao động 45/2019/QH14 Điều 111.3, 112.1; Nghị quyết 28/2026/QH16 Điều 2 (chưa đối chiếu văn bản gốc)',
  daysOff: [
    { date: '2026-01-01', label: 'Tết Dương lịch' }, // Thu
    { date: '2026-01-02', label: 'Nghỉ hoán đổi (làm bù thứ Bảy 10/01/2026)' }, // Fri, CV 12729/VPCP-KGVX (uncertain)
    // Tết Bính Ngọ: Mon 16/02 (29 Chạp) to Fri 20/02 (mùng 4), with the weekends 14–15/02 and 21–22/02.
    { date: '2026-02-16', label: TET },
    { date: '2026-02-17', label: TET },
    { date: '2026-02-18', label: TET },
    { date: '2026-02-19', label: TET },
    { date: '2026-02-20', label: TET },
    { date: '2026-04-27', label: 'Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch là Chủ nhật 26/04/2026)' }, // Mon, Đ.111.3
    { date: '2026-04-30', label: 'Ngày Giải phóng miền Nam, thống nhất đất nước' }, // Thu
    { date: '2026-05-01', label: 'Ngày Quốc tế lao động' }, // Fri
    { date: '2026-08-31', label: 'Nghỉ hoán đổi (làm bù thứ Bảy 22/08/2026)' }, // Mon, TB 9441 swap
    { date: '2026-09-01', label: QUOC_KHANH }, // Tue, the second National Day day
    { date: '2026-09-02', label: QUOC_KHANH }, // Wed
    { date: '2026-11-24', label: 'Ngày Văn hóa Việt Nam' }, // Tue, NQ 28/2026/QH16 (uncertain)
  ],
  workedWeekendDays: [
    { date: '2026-01-10', label: 'Làm bù (hoán đổi với thứ Sáu 02/01/2026)' }, // Sat, CV 12729/VPCP-KGVX (uncertain)
    { date: '2026-08-22', label: 'Làm bù (hoán đổi với thứ Hai 31/08/2026)' }, // Sat, TB 9441 swap
  ],
};
