import { Inject, Injectable } from '@nestjs/common';
import { isDomainError } from '@office/domain';
import { EVENT_STORE, WrongExpectedVersionError, type EventStore, type RecordedEvent } from '@office/event-store';
import { idempotencyKeyReused } from '../idempotency/idempotency-key-reused';
import { envelope, eventIdsFor, keyedEventId, legacyFirstEventId, type CommandContext } from './command-context';
import { noteWritten } from './written-position';

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
  /**
   * Global log position of the command's last event (of the earlier run for a replay); null when
   * it appended nothing. Also noted for the request's answer (`written-position.ts`: read-your-writes).
   */
  position: bigint | null;
}

export interface CommandOptions<State> {
  /**
   * Which command this is (`sign`, `claim-registration`…; usually the domain command's `type`). With an
   * Idempotency-Key the events' ids derive from it, so it must stay the same for a retried request.
   */
  command: string;
  /**
   * The commands of the same request that write on this stream under the same key before this one
   * (a package's claim before its record): their events are that request's, not a reuse of the key.
   */
  after?: readonly string[];
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
  /**
   * The stream is new by construction (a registration's fresh random id): without an
   * Idempotency-Key it is decided on the initial state, unread; should it exist after all, the
   * append with `no_stream` conflicts and the command takes the full path. Not with a key: the id
   * then derives from the key, a retry finds the stream written, and the store would take a
   * decision's events for the earlier attempt's (same ids) without saying so: only the read's
   * replay check answers that retry right.
   */
  creates?: boolean;
}

/** Streams whose state each process keeps; a few thousand are the ones being worked on. */
const REMEMBERED_STREAMS = 5_000;

/**
 * The one write path of every aggregate: load (or use the state this process remembers), fold,
 * decide, append with the exact expected revision. A remembered state is only a saving: if it was
 * stale the append conflicts (or the decision refuses) and the command is decided once more on the
 * state read from the store, so a cache never changes an answer. With an Idempotency-Key the
 * events' ids derive from it and the command: a command already applied answers its revision
 * without deciding, and a key used on the stream for another command is refused (`appliedBefore`).
 * A decision may await (a register's number, taken only once the step is decided).
 */
@Injectable()
export class CommandPipeline {
  private readonly known = new Map<string, Known<unknown>>();

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async handle<State, Event extends { type: string; data: object }>(
    stream: string,
    fold: Fold<State, Event>,
    context: CommandContext,
    decide: (state: State) => Event[] | Promise<Event[]>,
    options: CommandOptions<State>,
  ): Promise<HandledCommand<State, Event>> {
    const remembered = context.idempotencyKey ? undefined : (this.known.get(stream) as Known<State> | undefined);
    const assumed = remembered ?? (options.creates && !context.idempotencyKey ? { state: fold.initialState, revision: null } : undefined);
    if (assumed) {
      try {
        return await this.decideAndAppend(stream, fold, context, decide, options, assumed);
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError) && !isDomainError(error)) throw error;
      }
    }
    for (let attempt = 0; ; attempt++) {
      const loaded = await this.load(stream, fold);
      const earlier = this.appliedBefore(stream, loaded.events, context, options.command, options.after);
      if (earlier) {
        const last = earlier[earlier.length - 1];
        return written({ revision: last.revision, events: [], state: loaded.state, replayed: true, position: last.position });
      }
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

  /** Several streams of one kind folded from the store (no cache), in one read where the store allows it: `result[i]` is `streams[i]`'s state. */
  async readEach<State, Event>(streams: readonly string[], fold: Fold<State, Event>): Promise<State[]> {
    const read = await this.store.readStreams(streams);
    return read.map((events, i) => {
      const state = (events as unknown as Event[]).reduce(fold.evolve, fold.initialState);
      if (events.length > 0) this.remember(streams[i], state, events[events.length - 1].revision);
      return state;
    });
  }

  /** The state this process last wrote or read for `stream`, if any: current only as of its revision (for facts that never change). */
  remembered<State>(stream: string): State | undefined {
    return (this.known.get(stream) as Known<State> | undefined)?.state;
  }

  private async decideAndAppend<State, Event extends { type: string; data: object }>(
    stream: string,
    fold: Fold<State, Event>,
    context: CommandContext,
    decide: (state: State) => Event[] | Promise<Event[]>,
    options: CommandOptions<State>,
    current: { state: State; revision: bigint | null },
  ): Promise<HandledCommand<State, Event>> {
    options.visible?.(current.state);
    const events = await decide(current.state);
    if (events.length === 0) return written({ revision: current.revision ?? -1n, events, state: current.state, replayed: false, position: null });
    const result = await this.store.append(stream, envelope(events, eventIdsFor(context, stream, options.command, events.length), context), current.revision ?? 'no_stream');
    const state = events.reduce(fold.evolve, current.state);
    this.remember(stream, state, result.nextExpectedRevision);
    return written({ revision: result.nextExpectedRevision, events, state, replayed: false, position: result.position });
  }

  private async load<State, Event>(stream: string, fold: Fold<State, Event>): Promise<{ state: State; revision: bigint | null; events: RecordedEvent[] }> {
    const events = await this.store.readStream(stream);
    const state = (events as unknown as Event[]).reduce(fold.evolve, fold.initialState);
    const revision = events.length > 0 ? events[events.length - 1].revision : null;
    if (revision !== null) this.remember(stream, state, revision);
    return { state, revision, events };
  }

  /**
   * The events this very command of this request appended before (its derived ids are in the
   * stream), or null when it was not applied: a numbered step asks before it takes a number. A key the actor used on this stream for anything else
   * (another command, not one of `after`) is refused, 422 IDEMPOTENCY_KEY_REUSED: a replay would
   * answer another request, a write would break the key's promise. Events stored before ids named
   * their command replay as they always did (`legacyFirstEventId`): a seed re-run at start, or a
   * retry across the upgrade, must not fail on what it wrote itself; they cannot be told apart by
   * command, and none of them can be written twice.
   */
  appliedBefore(stream: string, events: readonly RecordedEvent[], context: CommandContext, command: string, after: readonly string[] = []): readonly RecordedEvent[] | null {
    const key = context.idempotencyKey;
    if (!key) return null;
    const idAt = (name: string, i: number) => keyedEventId(context.actor.userId, key, stream, name, i);
    const first = events.findIndex((e) => e.eventId === idAt(command, 0));
    if (first >= 0) {
      let count = 1;
      while (events[first + count]?.eventId === idAt(command, count)) count++;
      return replayed(events.slice(first, first + count));
    }
    const legacy = legacyFirstEventId(context, stream);
    const stored = events.findIndex((e) => e.eventId === legacy);
    if (stored >= 0) return replayed(batchFrom(events, stored));
    const underKey = events.filter((e) => e.metadata.causationId === key && e.metadata.actorId === context.actor.userId);
    const siblings = new Set(after.flatMap((name) => underKey.map((_, i) => idAt(name, i))));
    if (underKey.some((e) => !siblings.has(e.eventId))) throw idempotencyKeyReused();
    return null;
  }

  private remember(stream: string, state: unknown, revision: bigint): void {
    this.known.delete(stream);
    this.known.set(stream, { state, revision });
    if (this.known.size > REMEMBERED_STREAMS) this.known.delete(this.known.keys().next().value as string);
  }
}

/** The answer, with its position noted for the request (read-your-writes). */
function written<T extends { position: bigint | null }>(handled: T): T {
  noteWritten(handled.position);
  return handled;
}

/** What a replay answers from: its last position is the request's (read-your-writes), also for a caller that answers from the events itself. */
function replayed(batch: readonly RecordedEvent[]): readonly RecordedEvent[] {
  noteWritten(batch[batch.length - 1].position);
  return batch;
}

/** The append `events[start]` began, as events stored before ids named their command tell it: the request's correlation id. */
function batchFrom(events: readonly RecordedEvent[], start: number): readonly RecordedEvent[] {
  let end = start + 1;
  while (end < events.length && events[end].metadata.correlationId === events[start].metadata.correlationId) end++;
  return events.slice(start, end);
}
