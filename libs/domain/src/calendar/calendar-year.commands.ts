import type { Actor } from '../shared';
import type { CalendarChangeKind, CalendarNotice } from './calendar-day-kinds';
import type { LocalDate } from './local-date';

type By = { actor: Actor; now: string; year: number };

/** Đề xuất lịch năm from the rules (weekends, BLLĐ holidays, the lunar days). */
export type ProposeCalendarYear = By & { type: 'propose' };
/** Chỉnh theo thông báo: days set to what the notice says, each with its note. */
export type ChangeCalendarDays = By & { type: 'changeDays'; changes: { date: LocalDate; kind: CalendarChangeKind; note: string }[] };
/** Mở sửa đổi an approved year (a new version), with the reason. */
export type ReviseCalendarYear = By & { type: 'revise'; reason: string };
/** Phê duyệt on the notice; `provisional` when no notice exists yet and the data stands on the law alone. */
export type ApproveCalendarYear = By & { type: 'approve'; notice: CalendarNotice; provisional: boolean };

export type CalendarYearCommand = ProposeCalendarYear | ChangeCalendarDays | ReviseCalendarYear | ApproveCalendarYear;
