import { expect } from '../../../../test/support/expect';
import { DomainError, type DomainErrorCode } from '../shared/domain-error';

/*
 * Decider tests in three lines (test code only; not exported from the package index):
 *
 *   given(history).when(command).then([expectedEvents])
 *   given(history).when(command).thenThrows({ code: 'RULE_VIOLATION', rule: 'NOT_SIGNED' })
 *
 * `then` also checks that the events are plain JSON (they survive a JSON round trip unchanged)
 * and that `evolve` folds them; it returns the events and the state after them.
 */

export interface Decider<Command, State, Event, Context> {
  decide: (command: Command, state: State, context: Context) => Event[];
  evolve: (state: State, event: Event) => State;
  initialState: State;
}

export interface ExpectedError {
  code: DomainErrorCode;
  rule?: string;
  field?: string;
}

export interface Then<State, Event> {
  then(expected: Event[]): { events: Event[]; state: State };
  thenThrows(expected: ExpectedError): DomainError;
}

export interface Given<Command, State, Event> {
  when(command: Command): Then<State, Event>;
}

export function deciderSpec<Command, State, Event, Context>(decider: Decider<Command, State, Event, Context>, context: Context) {
  return function given(history: readonly Event[]): Given<Command, State, Event> {
    const before = history.reduce(decider.evolve, decider.initialState);
    return {
      when(command) {
        return {
          then(expected) {
            const events = decider.decide(command, before, context);
            expect(events).toEqual(expected);
            expect(JSON.parse(JSON.stringify(events))).toStrictEqual(events);
            return { events, state: events.reduce(decider.evolve, before) };
          },
          thenThrows(expected) {
            let thrown: unknown;
            try {
              decider.decide(command, before, context);
            } catch (error) {
              thrown = error;
            }
            expect(thrown, 'expected a DomainError, but the command was accepted').toBeInstanceOf(DomainError);
            const error = thrown as DomainError;
            expect({ code: error.code, rule: error.rule, field: error.field }).toMatchObject(expected);
            expect(error.message.length, 'the message is shown to users').toBeGreaterThan(0);
            return error;
          },
        };
      },
    };
  };
}
