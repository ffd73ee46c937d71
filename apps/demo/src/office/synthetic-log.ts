import {
  decideDocument, documentStreamName, evolveDocument, incomingSeriesKey, initialDocumentState, numberingStreamName, outgoingSeriesKey, outgoingSymbolFor, schemaVersionOf,
  type DocumentCommand, type DocumentState, type NumberSeriesKey, type RegisteredDocument, type User,
} from '@office/domain';
import type { EventStore, ExpectedRevision, JsonObject, NewEvent } from '@office/event-store';
import { officePlan, type OfficePlanOptions, type PlannedStep } from './office-plan';
import { Random } from './random';

export interface SyntheticLogOptions extends OfficePlanOptions {
  /** Stop once this many events are written (the plan is cut there). */
  maxEvents?: number;
  /** Appends in flight at once (different streams; one stream's appends stay in order). Default 24. */
  concurrency?: number;
  /** Registrations (and issues) per numbering round: one NumbersReserved and one append of NumberUsed each, as the allocator's group commit writes them under load. Default 20. */
  round?: number;
  /** Paces the office: at most this many steps (commands) per second; as fast as possible when omitted. */
  stepsPerSecond?: number;
  /** Stops taking steps (what was taken is still written). */
  signal?: AbortSignal;
  onProgress?: (events: number) => void;
  /** Each document command's append, once written: its global position (live-lag measurements). */
  onWritten?: (position: bigint) => void;
}

export interface SyntheticLogResult {
  events: number;
  documents: number;
  /** Highest position written. */
  lastPosition: bigint;
}

interface Round {
  key: NumberSeriesKey;
  entries: Array<{ number: number; documentId: string; at: string; actor: User; events: NewEvent[] }>;
}

/**
 * Writes the office plan straight through the EventStore port, without the API: each step is
 * decided by the real domain rules (so every stream is a valid history the projections accept),
 * numbers come from per-year series written in rounds like the allocator's, and appends to
 * different streams run concurrently. For benchmarks and crash drills that need a large,
 * realistic log fast; the demo generator goes through the command handlers instead.
 */
export function writeSyntheticLog(store: EventStore, options: SyntheticLogOptions): Promise<SyntheticLogResult> {
  return new SyntheticOffice(store, options).writeThrough(null);
}

/**
 * The same office written in instalments, as time passes: each `writeThrough` takes the plan's steps
 * up to an instant and waits for their appends; the documents in flight then go on in the next
 * instalment (their state, the series' numbers and the streams' revisions carry over). So a log
 * grown in steps holds the backlog of a running office at every step, not every step's leftovers.
 */
export class SyntheticOffice {
  private readonly writer: SyntheticWriter;
  private readonly plan: Iterator<PlannedStep>;
  /** A step the plan gave that belongs to a later instalment. */
  private pending: PlannedStep | undefined;
  private readonly started = Date.now();
  private steps = 0;

  constructor(
    store: EventStore,
    private readonly options: SyntheticLogOptions,
  ) {
    this.writer = new SyntheticWriter(store, options);
    this.plan = officePlan(options);
  }

  /** Writes every step planned up to the instant `through` (all of them when null); the totals so far. */
  async writeThrough(through: string | null): Promise<SyntheticLogResult> {
    const { maxEvents, signal, stepsPerSecond } = this.options;
    while (!((maxEvents !== undefined && this.writer.events >= maxEvents) || signal?.aborted)) {
      const step = this.pending ?? this.plan.next().value;
      this.pending = undefined;
      if (!step) break;
      if (through !== null && step.at > through) {
        this.pending = step;
        break;
      }
      if (stepsPerSecond) {
        const due = this.started + (this.steps * 1000) / stepsPerSecond;
        if (due > Date.now()) await new Promise((resolve) => setTimeout(resolve, due - Date.now()));
      }
      this.steps++;
      await this.writer.take(step);
    }
    return this.writer.finish();
  }
}

class SyntheticWriter {
  events = 0;
  private documents = 0;
  private lastPosition = -1n;
  private readonly random: Random;
  private readonly appender: Appender;
  private readonly states = new Map<string, DocumentState>();
  private readonly numbers = new Map<string, number>();
  private readonly rounds = new Map<string, Round>();
  /** Documents whose registration waits in a round: their streams do not exist yet. */
  private readonly held = new Map<string, string>();
  private readonly context;

  constructor(
    private readonly store: EventStore,
    private readonly options: SyntheticLogOptions,
  ) {
    this.random = new Random(options.seed ^ 0x5eed);
    this.appender = new Appender(store, options.concurrency ?? 24, (position, stream) => {
      if (position > this.lastPosition) this.lastPosition = position;
      if (stream.startsWith('document-')) options.onWritten?.(position);
    });
    this.context = { organisation: options.organisation, calendar: options.calendar };
  }

  async take(step: PlannedStep): Promise<void> {
    const roundOfDocument = this.held.get(step.documentId);
    if (roundOfDocument) await this.flush(roundOfDocument);
    const state = this.states.get(step.documentId) ?? initialDocumentState;
    const actor = { userId: step.actor.id, roles: step.actor.roles, departmentId: step.actor.departmentId };
    const base = { documentId: step.documentId, actor, now: step.at };
    let command: DocumentCommand;
    let numbered: { key: NumberSeriesKey; number: number } | null = null;
    if (step.command.type === 'receive') {
      const key = incomingSeriesKey(step.command.registration.confidentiality, step.at);
      numbered = { key, number: await this.nextNumber(key) };
      command = { ...step.command.registration, ...base, type: 'receive', incomingNumber: numbered.number };
    } else if (step.command.type === 'issue') {
      const key = outgoingSeriesKey((state as RegisteredDocument).confidentiality, step.at);
      numbered = { key, number: await this.nextNumber(key) };
      const symbol = outgoingSymbolFor(state, numbered.number, this.options.organisation, null);
      command = { ...base, type: 'issue', outgoingNumber: numbered.number, symbol, recipients: step.command.recipients, copies: step.command.copies };
    } else {
      command = { ...step.command.command, ...base } as DocumentCommand;
    }
    const decided = decideDocument(command, state, this.context);
    const next = decided.reduce(evolveDocument, state);
    if (step.last) this.states.delete(step.documentId);
    else this.states.set(step.documentId, next);
    const events = this.envelope(decided, step.actor, step.at);
    this.events += events.length;
    if (numbered) {
      if (command.type === 'receive') this.documents++;
      await this.enterRound(numbered.key, { ...numbered, documentId: step.documentId, at: step.at, actor: step.actor, events });
    } else {
      await this.appender.append(documentStreamName(step.documentId), events);
    }
    this.options.onProgress?.(this.events);
  }

  /** Writes the rounds still open and waits for every append; what the next instalment needs is kept. */
  async finish(): Promise<SyntheticLogResult> {
    for (const stream of [...this.rounds.keys()]) await this.flush(stream);
    const inFlight = new Set([...this.states.keys()].map(documentStreamName));
    await this.appender.drain((stream) => inFlight.has(stream) || this.numbers.has(stream));
    return { events: this.events, documents: this.documents, lastPosition: this.lastPosition };
  }

  /** The series' next number; a series already in the log (an earlier run) continues where it is. */
  private async nextNumber(key: NumberSeriesKey): Promise<number> {
    const stream = numberingStreamName(key);
    let last = this.numbers.get(stream);
    if (last === undefined) {
      const existing = await this.store.readStream(stream);
      last = 0;
      for (const e of existing) if (e.type === 'NumbersReserved') for (const { number } of (e.data as { numbers: Array<{ number: number }> }).numbers) last = Math.max(last, number);
      if (existing.length > 0) this.appender.continueAfter(stream, existing[existing.length - 1].revision);
    }
    this.numbers.set(stream, last + 1);
    return last + 1;
  }

  private async enterRound(key: NumberSeriesKey, entry: Round['entries'][number]): Promise<void> {
    const stream = numberingStreamName(key);
    const round = this.rounds.get(stream) ?? { key, entries: [] };
    this.rounds.set(stream, round);
    round.entries.push(entry);
    this.held.set(entry.documentId, stream);
    this.events += 1; // its NumberUsed; the round's NumbersReserved is counted at the flush
    if (round.entries.length >= (this.options.round ?? 20)) await this.flush(stream);
  }

  /** Reservation, the documents' own appends, then the NumberUsed events: the allocator's order. */
  private async flush(stream: string): Promise<void> {
    const round = this.rounds.get(stream);
    if (!round || round.entries.length === 0) return;
    this.rounds.delete(stream);
    const { key, entries } = round;
    const first = entries[0];
        const numbering = (type: string, data: JsonObject, actor: User, at: string) => this.envelope([{ type, data: { ...key, ...data, by: actor.id, at } }], actor, at)[0];
    this.events += 1;
    const reserved = await this.appender.append(stream, [numbering('NumbersReserved', { numbers: entries.map((e) => ({ number: e.number, documentId: e.documentId })) }, first.actor, first.at)]);
    const written: Array<Promise<void>> = [];
    for (const e of entries) {
      this.held.delete(e.documentId);
      written.push((await this.appender.append(documentStreamName(e.documentId), e.events, reserved.done)).done);
    }
    await this.appender.append(stream, entries.map((e) => numbering('NumberUsed', { number: e.number, documentId: e.documentId }, e.actor, e.at)), Promise.all(written));
  }

  private envelope(events: ReadonlyArray<{ type: string; data: object }>, actor: User, at: string): NewEvent[] {
    const metadata = { actorId: actor.id, actorRole: actor.roles[0] ?? 'unknown', correlationId: this.random.uuid(), causationId: null, occurredAt: at };
    return events.map((e) => ({ eventId: this.random.uuid(), type: e.type, data: e.data as JsonObject, metadata: { ...metadata, schemaVersion: schemaVersionOf(e.type) } }));
  }
}

/**
 * Appends in submission order per stream (exact expected revisions: this is the only writer),
 * different streams concurrently up to a limit, an append optionally waiting for another's.
 */
class Appender {
  private readonly tails = new Map<string, { revision: bigint | null; done: Promise<void> }>();
  private inflight = 0;
  private readonly waiting: Array<() => void> = [];
  private failure: unknown;

  constructor(
    private readonly store: EventStore,
    private readonly limit: number,
    private readonly written: (position: bigint, stream: string) => void,
  ) {}

  /** Resolves once the append is scheduled (after waiting for room); the returned promise is of the write itself. */
  async append(stream: string, events: NewEvent[], after?: Promise<unknown>): Promise<{ done: Promise<void> }> {
    if (this.failure) throw this.failure;
    while (this.inflight >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    const tail = this.tails.get(stream) ?? { revision: null, done: Promise.resolve() };
    const expected: ExpectedRevision = tail.revision === null ? 'no_stream' : tail.revision;
    this.inflight++;
    const done = Promise.all([tail.done, after])
      .then(() => this.store.append(stream, events, expected))
      .then((result) => this.written(result.position, stream))
      .catch((error) => {
        this.failure ??= error;
        throw error;
      })
      .finally(() => {
        this.inflight--;
        this.waiting.shift()?.();
      });
    done.catch(() => undefined);
    this.tails.set(stream, { revision: (tail.revision ?? -1n) + BigInt(events.length), done });
    return { done };
  }

  /** A stream that already holds events up to `revision`. */
  continueAfter(stream: string, revision: bigint): void {
    if (!this.tails.has(stream)) this.tails.set(stream, { revision, done: Promise.resolve() });
  }

  /** Waits for every append; then forgets the streams not to be written again (`keep` says which are). */
  async drain(keep: (stream: string) => boolean): Promise<void> {
    await Promise.all([...this.tails.values()].map((t) => t.done));
    for (const [stream, tail] of this.tails) {
      if (keep(stream)) this.tails.set(stream, { revision: tail.revision, done: Promise.resolve() });
      else this.tails.delete(stream);
    }
    if (this.failure) throw this.failure;
  }
}
