/*
 * What a context hands the golden-events spec (libs/domain/src/event-versions.spec.ts): one event of
 * every type its deciders write, decided from the fixed inputs of its decider tests through the real
 * `decide` and `evolve`, and the folder its `<Type>.v<N>.json` fixtures are kept in.
 */

export interface GoldenDecision {
  type: string;
  data: object;
  /**
   * Folds the stream's history before this event, then an event of this type with `data`, through the
   * current `evolve`: any version's data, once upcast, must fold like the current one. Absent for a
   * type no aggregate folds (a recorded read).
   */
  fold?: (data: object) => unknown;
}

/** One bounded context's entry in the registry (./contexts.ts). */
export interface GoldenContext {
  context: string;
  /** Every type the context stores: its `*_EVENT_TYPES` lists. */
  types: readonly string[];
  /** The folder of its fixtures, from libs/domain/src. */
  fixtures: string;
  decisions: () => GoldenDecision[];
}

/** The fixtures of the first contexts, kept together from before the registry. */
export const SHARED_FIXTURES = 'testing/golden-events';

/** A context's own fixture folder, `libs/domain/src/<context>/testing/golden-events`. */
export const fixturesOf = (context: string): string => `${context}/testing/golden-events`;

type Event = { type: string; data: object };

/** The decisions of one stream, from its first command: each able to fold its event after the history before it. */
export function stream<C, S, E extends Event>(decide: (command: C, state: S) => E[], evolve: (state: S, event: E) => S, initial: S, commands: C[]): GoldenDecision[] {
  const events: E[] = [];
  let state = initial;
  for (const command of commands) {
    const decided = decide(command, state);
    events.push(...decided);
    state = decided.reduce(evolve, state);
  }
  return events.map((event, i) => ({
    type: event.type,
    data: event.data,
    fold: (data) => evolve(events.slice(0, i).reduce(evolve, initial), { ...event, data }),
  }));
}

/** Events decided on a state reached some other way (a side decider): each folds onto that state. */
export function onto<S, E extends Event>(evolve: (state: S, event: E) => S, before: S, events: E[]): GoldenDecision[] {
  return events.map((event) => ({ ...event, fold: (data: object) => evolve(before, { ...event, data } as E) }));
}

/** The first decision of each type, in a stable order. */
export function firstOfEachType(decisions: GoldenDecision[]): GoldenDecision[] {
  const first = new Map<string, GoldenDecision>();
  for (const decision of decisions) if (!first.has(decision.type)) first.set(decision.type, decision);
  return [...first.values()];
}
