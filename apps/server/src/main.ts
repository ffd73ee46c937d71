import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig, openPlatform } from '@office/runtime';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { createApi } from '../../api/src/create-api';
import { Projector } from '../../projector/src/projector';
import { PROJECTIONS } from '../../projector/src/projections';

/**
 * `npm start`: the whole product in one process — PostgreSQL (embedded unless DATABASE_URL),
 * migrations, demo organisation, projector and API. SIGTERM/SIGINT stop all of it cleanly.
 */
async function main(): Promise<void> {
  const logger = new Logger('Office Ledger');
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const platform = await openPlatform(config, (line) => logger.log(line));
  const metrics = new Registry();
  collectDefaultMetrics({ register: metrics });
  const projector = new Projector(platform.eventStore, platform.dataSource, PROJECTIONS);
  await projector.start();
  const api = await createApi({ ...platform, metrics }, config.logLevel);
  await api.listen({ port: config.port, host: '0.0.0.0' });
  logger.log(`API on http://localhost:${config.port} (OpenAPI: /api/docs, health: /health)`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: stopping`);
    await api.close().catch((e) => logger.error(`API: ${String(e)}`));
    await projector.stop().catch((e) => logger.error(`projector: ${String(e)}`));
    await platform.close();
    logger.log('stopped');
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
