import 'reflect-metadata';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig, openPlatform } from '@office/runtime';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { createApi } from '../../api/src/create-api';
import { ChildProcessSupervisor } from './child-process-supervisor';

/**
 * `npm start`: the whole product — PostgreSQL (embedded unless DATABASE_URL), migrations, demo
 * organisation, the API in this process and the projector in a child process (each gets a core).
 * SIGTERM/SIGINT stop all of it cleanly: API, projector, then PostgreSQL.
 */
async function main(): Promise<void> {
  const logger = new Logger('Office Ledger');
  const config = loadConfig();
  const platform = await openPlatform(config, (line) => logger.log(line));
  const projector = new ChildProcessSupervisor('projector', join(__dirname, '..', '..', 'projector', 'src', 'main.js'), {
    ...process.env,
    DATABASE_URL: platform.databaseUrl,
    JWT_SECRET: platform.jwtSecret,
    SEED_DEMO_ORGANISATION: 'false',
  });
  projector.start();
  const metrics = new Registry();
  collectDefaultMetrics({ register: metrics });
  const api = await createApi({ ...platform, metrics }, config.logLevel);
  await api.listen({ port: config.port, host: '0.0.0.0' });
  logger.log(`API on http://localhost:${config.port} (OpenAPI: /api/docs, health: /health)`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: stopping`);
    await api.close().catch((e) => logger.error(`API: ${String(e)}`));
    await projector.stop();
    await platform.close();
    logger.log('stopped');
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error instanceof Error ? error.stack : error);
  process.exit(error instanceof ConfigError ? 2 : 1);
});
