import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { deciderSpec } from '../testing/given-when-then';
import type { ReceptionCommand } from './dossier.commands';
import type { ReceptionEvent } from './dossier.events';
import { decideReception, decideReceptionSlip } from './reception.decide';
import { stampSlipNumber } from './reception.numbers';
import { evolveReception, initialReceptionState } from './reception.state';
import { actor, CONTEXT, PROCEDURE_CODE, T } from './testing/dossier-fixtures';

/** A slip as the API writes it: decided without its number, then stamped with the one made from the allocator's. */
const given = (slipNumber: string) =>
  deciderSpec(
    { decide: (command: ReceptionCommand, state, context: typeof CONTEXT): ReceptionEvent[] => [stampSlipNumber(decideReceptionSlip(command, state, context), slipNumber)], evolve: evolveReception, initialState: initialReceptionState },
    CONTEXT,
  );

const slip = { receptionId: 'r-1', slipNumber: '', procedureCode: PROCEDURE_CODE, applicant: { name: 'Lê Văn Tâm' }, actor: actor('motcua1'), now: T.received };
const commands: ReceptionCommand[] = [
  { ...slip, type: 'request-supplement-at-reception', missing: [{ item: 'Văn bản đề nghị', reason: 'Chưa có chữ ký' }] },
  { ...slip, type: 'refuse-reception', reason: 'Không thuộc thẩm quyền giải quyết', legalBasis: 'Điều 9 Nghị định 61/2018/NĐ-CP' },
];

describe('stampSlipNumber: a desk slip is decided once, and its number stamped after', () => {
  it.each(commands.map((command) => [command.type, command] as const))('%s: the number where decideReception writes it, the very same event', (_type, command) => {
    const { events } = given('VPUB-P-250424-0007')([]).when(command).then([expect.objectContaining({ type: expect.any(String) }) as ReceptionEvent]);
    expect(events[0].data).toMatchObject({ receptionId: 'r-1', slipNumber: 'VPUB-P-250424-0007' });
    expect(Object.keys(events[0].data).slice(0, 3)).toEqual(['receptionId', 'slipNumber', 'procedureCode']);
    const decided = decideReception({ ...command, slipNumber: 'VPUB-P-250424-0007' }, initialReceptionState, CONTEXT);
    expect(JSON.stringify(events)).toBe(JSON.stringify(decided));
  });

  it('a refused slip is refused by the decision alone, before any number exists', () => {
    const { slipNumber: _none, ...unnumbered } = commands[1] as Extract<ReceptionCommand, { type: 'refuse-reception' }>;
    expect(() => decideReceptionSlip({ ...unnumbered, actor: actor('cv.kt1') }, initialReceptionState, CONTEXT)).toThrow(expect.objectContaining({ rule: 'ONESTOP_ONLY_DESK' }));
    expect(() => decideReceptionSlip({ ...unnumbered, legalBasis: ' ' }, initialReceptionState, CONTEXT)).toThrow(expect.objectContaining({ rule: 'REFUSAL_REASON_REQUIRED', field: 'legalBasis' }));
  });

  it('RULE_VIOLATION REQUIRED: a blank slip number is never stamped', () => {
    given(' ')([]).when(commands[0]).thenThrows({ code: 'RULE_VIOLATION', rule: 'REQUIRED', field: 'slipNumber' });
  });
});
