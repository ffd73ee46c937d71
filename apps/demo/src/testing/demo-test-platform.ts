import { loadConfig, openPlatform, type Platform } from '@office/runtime';
import { createTestDatabaseFrom } from '../../../../test/support/database';

/**
 * The platform a demo generator's spec runs on: a fresh database as `npm start` finds it on its
 * first run once `openPlatform` is done (read models migrated, the demo organisation seeded),
 * copied from a template built once per run instead of migrated and seeded in every spec.
 */
export async function openDemoTestPlatform(prefix: string): Promise<Platform> {
  return openPlatform(demoTestConfig(await createTestDatabaseFrom('demo', migratedWithOrganisation, prefix)), () => undefined);
}

function demoTestConfig(databaseUrl: string) {
  return loadConfig({ DATABASE_URL: databaseUrl, JWT_SECRET: 'demo-secret-demo-secret-demo-secret-0123', LOG_LEVEL: 'error', SEED_DEMO_ORGANISATION: 'true', PASSWORD_HASH_COST: '10' });
}

/** The template: what `openPlatform` does to an empty database. */
async function migratedWithOrganisation(databaseUrl: string): Promise<void> {
  const platform = await openPlatform(demoTestConfig(databaseUrl), () => undefined);
  await platform.close();
}
