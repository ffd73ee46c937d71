import { Inject, Injectable } from '@nestjs/common';
import { isDomainError } from '@office/domain';
import { EVENT_STORE, WrongExpectedVersionError, type EventStore, type RecordedEvent } from '@office/event-store';
import { envelope, eventIdsFor, type CommandContext } from './command-context';

/** How a stream's events fold into the state a decision is taken on. */
export interface Fold<State, Event> {
  initialState: State;
  evolve(state: State, event: Event): State;
}

/** A stream's state as this process last wrote or read it, with the revision that proves it current. */
interface Known<State> {
  state: State;
  revision: bigint;
}

export interface HandledCommand<State, Event> {
  /** The stream's revision after the command (or after the earlier run of the same request). */
  revision: bigint;
  /** The events this call appended; empty for a replay. */
  events: Event[];
  state: State;
  /** True when the same Idempotency-Key had already been applied: nothing was appended. */
  replayed: boolean;
}

export interface CommandOptions<State> {
  /**
   * Checks the loaded state before deciding (e.g. "the caller may see this dossier", so that a
   * confidential stream answers 404 rather than saying why it refuses); throws to refuse.
   */
  visible?(state: State): void;
  /**
   * A lost race is re-decided on the fresh state this many times (default 0: it is a 409
   * CONCURRENCY_CONFLICT). Only for commands whose outcome may follow the other writer's, such
   * as recording a fee, never for steps a person chose on what they saw.
   */
  retries?: number;
}

/** Streams whose state each process keeps; a few thousand are the ones being worked on. */
const REMEMBERED_STREAMS = 5_000;

/**
 * The one write path of every aggregate: load (or use the state this process remembers), fold,
 * decide, append with the exact expected revision. A remembered state is only a saving: if it was
 * stale the append conflicts (or the decision refuses) and the command is decided once more on the
 * state read from the store, so a cache never changes an answer. With an Idempotency-Key the
 * events' ids derive from it, and a request already applied answers its revision without deciding.
 */
@Injectable()
export class CommandPipeline {
  private readonly known = new Map<string, Known<unknown>>();

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async handle<State, Event extends { type: string; data: object }>(
    stream: string,
    fold: Fold<State, Event>,
    context: CommandContext,
    decide: (state: State) => Event[],
    options: CommandOptions<State> = {},
  ): Promise<HandledCommand<State, Event>> {
    const remembered = context.idempotencyKey ? undefined : (this.known.get(stream) as Known<State> | undefined);
    if (remembered) {
      try {
        return await this.decideAndAppend(stream, fold, context, decide, options, remembered);
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError) && !isDomainError(error)) throw error;
      }
    }
    for (let attempt = 0; ; attempt++) {
      const loaded = await this.load(stream, fold);
      const replayed = this.appliedBefore(stream, loaded.events, context);
      if (replayed !== null) return { revision: replayed, events: [], state: loaded.state, replayed: true };
      try {
        return await this.decideAndAppend(stream, fold, context, decide, options, loaded);
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError) || attempt >= (options.retries ?? 0)) throw error;
      }
    }
  }

  /** The stream folded from the store (no cache): for reads that must be exact. */
  async read<State, Event>(stream: string, fold: Fold<State, Event>): Promise<{ state: State; revision: bigint | null; events: RecordedEvent[] }> {
    const loaded = await this.load(stream, fold);
    return { state: loaded.state, revision: loaded.revision, events: loaded.events };
  }

  /** The state this process last wrote or read for `stream`, if any: current only as of its revision (for facts that never change). */
  remembered<State>(stream: string): State | undefined {
    return (this.known.get(stream) as Known<State> | undefined)?.state;
  }

  private async decideAndAppend<State, Event extends { type: string; data: object }>(
    stream: string,
    fold: Fold<State, Event>,
    context: CommandContext,
    decide: (state: State) => Event[],
    options: CommandOptions<State>,
    current: { state: State; revision: bigint | null },
  ): Promise<HandledCommand<State, Event>> {
    options.visible?.(current.state);
    const events = decide(current.state);
    if (events.length === 0) return { revision: current.revision ?? -1n, events, state: current.state, replayed: false };
    const result = await this.store.append(stream, envelope(events, eventIdsFor(context, stream, events.length), context), current.revision ?? 'no_stream');
    const state = events.reduce(fold.evolve, current.state);
    this.remember(stream, state, result.nextExpectedRevision);
    return { revision: result.nextExpectedRevision, events, state, replayed: false };
  }

  private async load<State, Event>(stream: string, fold: Fold<State, Event>): Promise<{ state: State; revision: bigint | null; events: RecordedEvent[] }> {
    const events = await this.store.readStream(stream);
    const state = (events as unknown as Event[]).reduce(fold.evolve, fold.initialState);
    const revision = events.length > 0 ? events[events.length - 1].revision : null;
    if (revision !== null) this.remember(stream, state, revision);
    return { state, revision, events };
  }

  /** The revision at which this very request was applied before (its derived event ids are in the stream); null otherwise. */
  appliedBefore(stream: string, events: readonly RecordedEvent[], context: CommandContext): bigint | null {
    if (!context.idempotencyKey) return null;
    const [firstId] = eventIdsFor(context, stream, 1);
    const first = events.findIndex((e) => e.eventId === firstId);
    if (first < 0) return null;
    let last = first;
    while (last + 1 < events.length && events[last + 1].metadata.correlationId === events[first].metadata.correlationId) last++;
    return events[last].revision;
  }

  private remember(stream: string, state: unknown, revision: bigint): void {
    this.known.delete(stream);
    this.known.set(stream, { state, revision });
    if (this.known.size > REMEMBERED_STREAMS) this.known.delete(this.known.keys().next().value as string);
  }
}
