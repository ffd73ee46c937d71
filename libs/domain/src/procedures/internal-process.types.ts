import type { LocalDate } from '../calendar';
import type { LimitedClock } from '../deadlines';
import type { Role } from '../organisation';
import type { VersionApproval } from './procedure.types';

/*
 * The office's own processes (quy trình nội bộ của Văn phòng, DOMAIN.md §7) live in the procedure
 * catalogue beside the administrative procedures: same stream (`procedure-<code>`), same numbering
 * of versions, same approval by the office chief, same rule against overlapping versions. What
 * differs is the kind (registered as an internal process, under a code such as `QT-VB-01`) and
 * the content of a version: no checklist or statutory time for citizens, but the limits of the
 * office's clocks, each with its legal basis.
 */

/** Mã quy trình nội bộ: `QT-<unit letters>-<number>` (QT-VB-01 Xử lý văn bản đến). */
const INTERNAL_PROCESS_CODE = /^QT-[A-Z]{2,5}-\d{2,3}$/;

export function isInternalProcessCode(value: unknown): value is string {
  return typeof value === 'string' && INTERNAL_PROCESS_CODE.test(value);
}

/**
 * One step of an internal process: the clock it limits, who does it, and its limit in working days
 * after the day the clock starts (0: the same day), for ordinary and for urgent documents. A step
 * without a clock (drafting, initial, signature of QT-VB-02) is listed but measured nowhere; its
 * limits are null where no source gives one: the data says "no limit", it never invents one.
 */
export type InternalProcessStep = {
  no: number;
  clock: LimitedClock | null;
  task: string;
  unit: string;
  role: Role | null;
  workingDays: number | null;
  urgentWorkingDays: number | null;
  /** Căn cứ của thời hạn (e.g. "Khoản 1 Điều 23 Nghị định 30/2020/NĐ-CP"). */
  basis: string;
};

/** What the ISO secretary writes for a version of an internal process. */
export type InternalProcessVersionSpec = {
  effectiveFrom: LocalDate;
  effectiveTo: LocalDate | null;
  /** Quyết định ban hành quy trình. */
  publishingDecision: string;
  legalBasis: string[];
  steps: InternalProcessStep[];
};

export type InternalProcessVersion = InternalProcessVersionSpec & { version: number; approval: VersionApproval | null };
