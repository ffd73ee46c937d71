import { ChainedEventStore } from '../chained-event-store';
import type { EventStore } from '../event-store.port';
import { PostgresEventStore, type PostgresEventStoreOptions } from './postgres-event-store';

/** A ready `EventStore` on PostgreSQL: schema migrated, hash chains computed above the adapter. */
export async function createPostgresEventStore(url: string, options: Omit<PostgresEventStoreOptions, 'connectionString'> = {}): Promise<EventStore> {
  const adapter = new PostgresEventStore({ ...options, connectionString: url });
  try {
    await adapter.migrate();
  } catch (error) {
    await adapter.close();
    throw error;
  }
  return new ChainedEventStore(adapter);
}
