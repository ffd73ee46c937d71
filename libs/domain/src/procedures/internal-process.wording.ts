import type { InternalProcessStep } from './internal-process.types';

/*
 * How a step's limit reads in Vietnamese, wherever it is printed (compliance table, process register,
 * December report): one wording from the version's data, so the words always match the version named
 * beside them.
 */

/** No source gives this step a limit: said, never invented. */
export const NO_LIMIT_WORDING = 'Không quy định thời hạn (chưa có căn cứ)';

const within = (days: number) => (days === 0 ? 'trong ngày' : days === 1 ? 'ngày làm việc tiếp theo' : `${days} ngày làm việc`);
const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

/** "Ngày làm việc tiếp theo; văn bản khẩn trở lên: trong ngày", "5 ngày làm việc", or NO_LIMIT_WORDING. */
export function stepLimitWording(step: Pick<InternalProcessStep, 'workingDays' | 'urgentWorkingDays'>): string {
  if (step.workingDays === null) return NO_LIMIT_WORDING;
  const ordinary = capitalised(within(step.workingDays));
  return step.urgentWorkingDays === null || step.urgentWorkingDays === step.workingDays ? ordinary : `${ordinary}; văn bản khẩn trở lên: ${within(step.urgentWorkingDays)}`;
}
