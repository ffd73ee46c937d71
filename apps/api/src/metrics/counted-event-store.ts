import type { EventStore } from '@office/event-store';
import { Counter, type Registry } from 'prom-client';
import { METRIC_PREFIX } from './metric-names';
import { replace } from './http-metrics';

/**
 * The API's event store, counting `office_ledger_event_store_appends_total{outcome}` (ok, or the
 * error's name: WrongExpectedVersionError …) and `office_ledger_events_appended_total`.
 */
export function countedEventStore(store: EventStore, registry: Registry): EventStore {
  const appends = replace(registry, `${METRIC_PREFIX}event_store_appends_total`, (name) =>
    new Counter({ name, help: 'Appends to the event store by this API process, by outcome', labelNames: ['outcome'], registers: [registry] }),
  );
  const events = replace(registry, `${METRIC_PREFIX}events_appended_total`, (name) => new Counter({ name, help: 'Events appended by this API process', registers: [registry] }));
  const counted = async <T>(appended: number, appending: Promise<T>): Promise<T> => {
    try {
      const result = await appending;
      appends.inc({ outcome: 'ok' });
      events.inc(appended);
      return result;
    } catch (error) {
      appends.inc({ outcome: error instanceof Error ? error.name : 'error' });
      throw error;
    }
  };
  const append: EventStore['append'] = (streamId, newEvents, expected) => counted(newEvents.length, store.append(streamId, newEvents, expected));
  const appendAndRead: EventStore['appendAndRead'] = (streamId, newEvents, expected, read) => counted(newEvents.length, store.appendAndRead(streamId, newEvents, expected, read));
  // Every other member is the store's own, called on the store itself (its fields stay its own),
  // each method bound once (binding on every access made a closure per read: 0.6 % of the API's
  // CPU); a method replaced on the store (a test's spy) gets its own binding.
  const bound = new WeakMap<object, unknown>();
  return new Proxy(store, {
    get(target, property) {
      if (property === 'append') return append;
      if (property === 'appendAndRead') return appendAndRead;
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      if (!bound.has(value)) bound.set(value, value.bind(target));
      return bound.get(value);
    },
  });
}
