import { DEMO_ORGANISATION, EVENT_UPCASTERS } from '@office/domain';
import { ChainedEventStore, createPostgresEventStore, type EventStore } from '@office/event-store';
import { createFirstAdmin, createReadModelDataSource, firstAdminFromEnv, migrateReadModels, OrganisationDirectory } from '@office/read-models';
import type { DataSource } from 'typeorm';
import type { AppConfig } from './config';
import { localJwtSecret, startEmbeddedDatabase } from './embedded-database';
import { hashPassword } from './password';
const DEMO_PASSWORD = 'demo';

/** Everything the apps share in one process: the database, the event store, the organisation. */
export interface Platform {
  databaseUrl: string;
  eventStore: EventStore;
  dataSource: DataSource;
  directory: OrganisationDirectory;
  jwtSecret: string;
  /** log2 of scrypt's N for password hashes (AppConfig.passwordCost). */
  passwordCost: number;
  /** How long the API believes a person's status (AppConfig.accessCacheMs). */
  accessCacheMs: number;
  close(): Promise<void>;
}

export async function openPlatform(config: AppConfig, log: (line: string) => void): Promise<Platform> {
  const closers: Array<() => Promise<void>> = [];
  const close = async () => {
    for (const closer of closers.reverse()) await closer().catch((e) => log(`while closing: ${String(e)}`));
  };
  try {
    const databaseUrl = config.databaseUrl ?? (await embeddedDatabase(config, log, closers));
    const eventStore = await openEventStore(config, databaseUrl);
    closers.push(() => eventStore.close());
    const dataSource = createReadModelDataSource(databaseUrl);
    await dataSource.initialize();
    closers.push(() => dataSource.destroy());
    const applied = await migrateReadModels(dataSource);
    if (applied.length > 0) log(`read-model migrations applied: ${applied.join(', ')}`);
    const directory = new OrganisationDirectory(dataSource, eventStore);
    // Changes are notified: a decision does not read org_meta to learn the organisation has not moved.
    directory.listen(databaseUrl);
    closers.push(() => directory.close());
    // The organisation's tables are its events' projection: whatever the stream holds beyond them, now.
    await directory.catchUp();
    if (config.seedDemoOrganisation && (await directory.isEmpty())) {
      await directory.seed(DEMO_ORGANISATION, () => hashPassword(DEMO_PASSWORD, config.passwordCost));
      log(`demo organisation seeded: ${DEMO_ORGANISATION.users.length} users, password "${DEMO_PASSWORD}"`);
    }
    const firstAdmin = firstAdminFromEnv(process.env);
    if (firstAdmin && (await directory.isEmpty())) log(`first administrator created: ${(await createFirstAdmin(directory, firstAdmin, (password) => hashPassword(password, config.passwordCost))).username}`);
    return { databaseUrl, eventStore, dataSource, directory, jwtSecret: config.jwtSecret ?? localJwtSecret(config.dataDir), passwordCost: config.passwordCost, accessCacheMs: config.accessCacheMs, close };
  } catch (error) {
    await close();
    throw error;
  }
}

async function embeddedDatabase(config: AppConfig, log: (line: string) => void, closers: Array<() => Promise<void>>): Promise<string> {
  const database = await startEmbeddedDatabase(config, log);
  closers.push(() => database.stop());
  return database.url;
}

async function openEventStore(config: AppConfig, databaseUrl: string): Promise<EventStore> {
  // Enough connections that 50 concurrent requests are not queued behind a small pool (group commit needs company).
  // Old events are read in the current version of their type, whichever store holds them.
  if (!config.eventStoreConnectionString) return createPostgresEventStore(databaseUrl, { poolSize: 40, upcasters: EVENT_UPCASTERS });
  // Loaded only when asked for: the gRPC client is heavy and most installations never use it.
  const { EventStoreDbAdapter } = await import('@office/event-store/eventstoredb/eventstoredb-event-store.js');
  return new ChainedEventStore(new EventStoreDbAdapter(config.eventStoreConnectionString), { upcasters: EVENT_UPCASTERS });
}
