import '@office/runtime/compile-cache';
import 'reflect-metadata';
import cluster from 'node:cluster';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig } from '@office/runtime/config';
import { localJwtSecret, startEmbeddedDatabase } from '@office/runtime/embedded-database';
import { logFatal, logLevelsUpTo, QuietLogger } from '@office/runtime/json-logger';
import { ChildProcessSupervisor } from './child-process-supervisor';
import { Shutdown } from './shutdown';

const logger = new Logger('Office Ledger');

/**
 * `npm start`: the whole product — PostgreSQL (embedded unless DATABASE_URL), the projector in a
 * child process, then launch.ts (migrations, demo organisation, the API). SIGTERM/SIGINT/SIGHUP
 * stop all of it cleanly: API, projector, then PostgreSQL. This file loads little on purpose: the
 * projector (which needs only the database, and migrates it under the same lock as the API) loads
 * and catches up in its process while this one loads the API's modules (1.3 s on Node 20), instead
 * of starting only once the API's modules are loaded.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  // JSON lines from the first one, the launcher's own lines included.
  Logger.overrideLogger(new QuietLogger({ logLevels: logLevelsUpTo(config.logLevel) }));
  const shutdown = new Shutdown(logger);
  if (cluster.isWorker) return (await import('./launch.js')).runWorker(config, shutdown);
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    // In a session of its own: the terminal's Ctrl-C reaches this process, which stops PostgreSQL last.
    const database = await startEmbeddedDatabase(config, (line) => logger.log(line), { ownSession: true });
    shutdown.add('database', () => database.stop());
    databaseUrl = database.url;
  }
  const children = { ...process.env, DATABASE_URL: databaseUrl, JWT_SECRET: config.jwtSecret ?? localJwtSecret(config.dataDir), SEED_DEMO_ORGANISATION: 'false' };
  const projector = new ChildProcessSupervisor('projector', join(__dirname, '..', '..', 'projector', 'src', 'main.js'), children);
  projector.start();
  shutdown.add('projector', () => projector.stop());
  const { launch } = await import('./launch.js');
  await launch({ ...config, databaseUrl }, shutdown, children);
}

main().catch((error) => {
  logFatal(error instanceof ConfigError ? error.message : error, 'Office Ledger');
  process.exit(error instanceof ConfigError ? 2 : 1);
});
