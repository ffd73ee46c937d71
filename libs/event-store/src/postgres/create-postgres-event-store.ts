import { ChainedEventStore } from '../chained-event-store';
import type { EventStore, EventUpcaster } from '../event-store.port';
import { PostgresEventStore, type PostgresEventStoreOptions } from './postgres-event-store';

type Options = Omit<PostgresEventStoreOptions, 'connectionString'> & { upcasters?: readonly EventUpcaster[] };

/** A ready `EventStore` on PostgreSQL: schema migrated, hash chains computed above the adapter, old events upcast on read. */
export async function createPostgresEventStore(url: string, { upcasters, ...options }: Options = {}): Promise<EventStore> {
  const adapter = new PostgresEventStore({ ...options, connectionString: url });
  try {
    await adapter.migrate();
  } catch (error) {
    await adapter.close();
    throw error;
  }
  return new ChainedEventStore(adapter, { upcasters });
}
