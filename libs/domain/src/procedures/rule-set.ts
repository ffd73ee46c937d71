import type { LocalDate } from '../calendar';
import { ruleViolation } from '../shared';
import { RULE_SETS, type RuleSetCode } from './procedure.types';

/** The one-stop rule set in force on `day` (research "Legal currency"): a dossier records the one it was received under. */
export function ruleSetAt(day: LocalDate): RuleSetCode {
  const ruleSet = RULE_SETS.find((set) => set.from <= day && (set.to === null || day <= set.to));
  if (!ruleSet) throw ruleViolation('NO_RULE_SET', `Không có quy định về cơ chế một cửa áp dụng cho ngày ${day}`);
  return ruleSet.code;
}
