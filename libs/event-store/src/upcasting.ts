import type { AllSubscription, EventUpcaster, RecordedEvent } from './event-store.port';

/**
 * The upcasters an application registers, by event type and the version each one reads. Events are
 * stored as they were written, forever; reading one brings its data to the newest version of its type,
 * one step at a time, so a reader (evolve, projection) only ever knows the current shape.
 */
export class Upcasters {
  /** type -> fromVersion -> upcaster. */
  private readonly byType = new Map<string, Map<number, EventUpcaster>>();

  constructor(upcasters: readonly EventUpcaster[]) {
    for (const upcaster of upcasters) {
      const steps = this.byType.get(upcaster.type) ?? new Map<number, EventUpcaster>();
      if (steps.has(upcaster.fromVersion)) throw new Error(`two upcasters for ${upcaster.type} v${upcaster.fromVersion}`);
      steps.set(upcaster.fromVersion, upcaster);
      this.byType.set(upcaster.type, steps);
    }
    // A gap would leave some stored versions half-upcast: refused when the store is built, not when an old event is read.
    for (const [type, steps] of this.byType) {
      for (const fromVersion of steps.keys()) {
        const follows = fromVersion === 1 || (Number.isInteger(fromVersion) && fromVersion > 1 && steps.has(fromVersion - 1));
        if (!follows) throw new Error(`upcasters of ${type} must read versions 1, 2, … without gaps; found v${fromVersion}`);
      }
    }
  }

  private get isEmpty(): boolean {
    return this.byType.size === 0;
  }

  /**
   * The event at the newest version of its type. An upcast event keeps what was stored in `stored`
   * (the hash chain covers that form); an event already current is returned as it is.
   */
  upcast(event: RecordedEvent): RecordedEvent {
    const steps = this.byType.get(event.type);
    // Tampered metadata may hold anything: such an event is left for the chain verifier to report.
    const version: unknown = event.metadata?.schemaVersion;
    if (!steps || typeof version !== 'number' || !steps.has(version)) return event;
    let data = event.data;
    let current = version;
    for (let step = steps.get(current); step; step = steps.get(current)) {
      data = step.upcast(data);
      current++;
    }
    return { ...event, data, metadata: { ...event.metadata, schemaVersion: current }, stored: { data: event.data, metadata: event.metadata } };
  }

  /** A page of events upcast; the very same array when none needed it (the usual case: reads stay copy-free). */
  upcastAll(events: RecordedEvent[]): RecordedEvent[] {
    if (this.isEmpty) return events;
    let upcast: RecordedEvent[] | undefined;
    events.forEach((event, i) => {
      const current = this.upcast(event);
      if (current !== event) (upcast ??= [...events])[i] = current;
    });
    return upcast ?? events;
  }

  /** The subscription with every batch upcast; closing it closes the adapter's. */
  subscription(inner: AllSubscription): AllSubscription {
    if (this.isEmpty) return inner;
    const upcastAll = (batch: RecordedEvent[]) => this.upcastAll(batch);
    return {
      async *[Symbol.asyncIterator]() {
        for await (const batch of inner) yield upcastAll(batch);
      },
      close: () => inner.close(),
    };
  }
}

/** The event as it was stored: what its hash was computed over, whatever upcasting did on read. */
export function storedForm(event: RecordedEvent): RecordedEvent {
  if (!event.stored) return event;
  const { stored, ...current } = event;
  return { ...current, data: stored.data, metadata: stored.metadata };
}
