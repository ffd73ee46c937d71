import { describe, it } from '@jest/globals';
import { deciderSpec } from '../testing/given-when-then';
import { decideQualityObjectives } from './quality-objectives.decide';
import type { QualityObjectivesCommand } from './quality-objectives.commands';
import type { QualityObjectivesEvent } from './quality-objectives.events';
import { evolveQualityObjectives, initialQualityObjectivesState } from './quality-objectives.state';
import { CHIEF, ISO, NOW } from './testing/quality-fixtures';
import { OBJECTIVES_2026, POLICY_2026 } from './testing/quality-objectives-history';

const given = deciderSpec({ decide: decideQualityObjectives, evolve: evolveQualityObjectives, initialState: initialQualityObjectivesState }, undefined);

const set = (o: object = {}): QualityObjectivesCommand => ({ type: 'set', year: 2026, policy: POLICY_2026, objectives: OBJECTIVES_2026, actor: CHIEF, now: NOW, ...o });
const setEvent = (o: object = {}): QualityObjectivesEvent => ({
  type: 'QualityObjectivesSet', data: { year: 2026, policy: POLICY_2026, objectives: OBJECTIVES_2026, by: CHIEF.userId, at: NOW, ...o },
});
const withObjective = (change: object) => ({ objectives: [{ ...OBJECTIVES_2026[0], ...change }] });

describe('the quality policy and yearly objectives', () => {
  it('the office chief sets the year’s policy and objectives; setting them again replaces both', () => {
    given([]).when(set()).then([setEvent()]);
    const { state } = given([setEvent()]).when(set({ objectives: OBJECTIVES_2026.slice(0, 1) })).then([setEvent({ objectives: OBJECTIVES_2026.slice(0, 1) })]);
    if (state.status !== 'set' || state.revision !== 2 || state.objectives.length !== 1) throw new Error('the second setting replaces the first');
  });

  it('FORBIDDEN: only the office chief sets them', () => {
    given([]).when(set({ actor: ISO })).thenThrows({ code: 'FORBIDDEN', rule: 'OFFICE_CHIEF_ONLY' });
  });

  it.each([
    ['an indicator not in the table, named in the error', withObjective({ indicator: 'happiness' }), 'UNKNOWN_INDICATOR', 'objectives[0].indicator'],
    ['a percentage above 100', withObjective({ target: 101 }), 'INVALID_TARGET', 'objectives[0].target'],
    ['a score outside 1–5', { objectives: [{ ...OBJECTIVES_2026[3], target: 0.5 }] }, 'INVALID_TARGET', 'objectives[0].target'],
    ['a target that is not a number', withObjective({ target: '98' }), 'INVALID_TARGET', 'objectives[0].target'],
    ['an objective without wording', withObjective({ text: ' ' }), 'REQUIRED', 'objectives[0].text'],
    ['two objectives with one code', { objectives: [OBJECTIVES_2026[0], { ...OBJECTIVES_2026[1], code: 'MT-01' }] }, 'DUPLICATE_OBJECTIVE_CODE', 'objectives[1].code'],
    ['no objective', { objectives: [] }, 'OBJECTIVES_REQUIRED', 'objectives'],
    ['no policy', { policy: '' }, 'REQUIRED', 'policy'],
    ['a year already past', { year: 2025 }, 'YEAR_PASSED', 'year'],
  ])('RULE_VIOLATION: %s', (_name, o, rule, field) => {
    given([]).when(set(o)).thenThrows({ code: 'RULE_VIOLATION', rule, field });
  });

  it('the unknown indicator’s error names it and the indicators allowed', () => {
    const error = given([]).when(set(withObjective({ indicator: 'happiness' }))).thenThrows({ code: 'RULE_VIOLATION', rule: 'UNKNOWN_INDICATOR' });
    if (!error.message.includes('"happiness"') || !(error.details?.allowed as string[]).includes('dossiers_on_time')) throw new Error(error.message);
  });
});
