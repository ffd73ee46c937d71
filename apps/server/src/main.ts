import 'reflect-metadata';
import cluster from 'node:cluster';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig, openPlatform, type AppConfig, type Platform } from '@office/runtime';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { createApi } from '../../api/src/create-api';
import { ChildProcessSupervisor } from './child-process-supervisor';

const logger = new Logger('Office Ledger');

/**
 * `npm start`: the whole product — PostgreSQL (embedded unless DATABASE_URL), migrations, demo
 * organisation, the projector in a child process, and the API (in this process, or in
 * API_WORKERS cluster workers sharing the port: API instances are stateless). SIGTERM/SIGINT stop
 * all of it cleanly: API, projector, then PostgreSQL.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  if (cluster.isWorker) return runWorker(config);
  const platform = await openPlatform(config, (line) => logger.log(line));
  const shared = { ...process.env, DATABASE_URL: platform.databaseUrl, JWT_SECRET: platform.jwtSecret, SEED_DEMO_ORGANISATION: 'false' };
  const projector = new ChildProcessSupervisor('projector', join(__dirname, '..', '..', 'projector', 'src', 'main.js'), shared);
  projector.start();
  const stopApi = config.apiWorkers > 1 ? forkWorkers(config.apiWorkers, shared) : await serveApi(config, platform);
  logger.log(`API on http://localhost:${config.port} (${config.apiWorkers} process${config.apiWorkers > 1 ? 'es' : ''}; OpenAPI: /api/docs, health: /health)`);
  onSignal(async () => {
    await stopApi().catch((e) => logger.error(`API: ${String(e)}`));
    await projector.stop();
    await platform.close();
  });
}

async function serveApi(config: AppConfig, platform: Platform): Promise<() => Promise<void>> {
  const metrics = new Registry();
  collectDefaultMetrics({ register: metrics });
  const api = await createApi({ ...platform, metrics }, config.logLevel);
  await api.listen({ port: config.port, host: '0.0.0.0' });
  return () => api.close();
}

/** A cluster worker: its own connections to the launcher's database, the same port. */
async function runWorker(config: AppConfig): Promise<void> {
  const platform = await openPlatform(config, (line) => logger.log(line));
  const stop = await serveApi(config, platform);
  onSignal(async () => {
    await stop();
    await platform.close();
  });
}

function forkWorkers(count: number, env: NodeJS.ProcessEnv): () => Promise<void> {
  let stopping = false;
  const fork = () => cluster.fork(env);
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    logger.error(`API worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
    setTimeout(fork, 1_000).unref();
  });
  for (let i = 0; i < count; i++) fork();
  return async () => {
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((w) => w !== undefined);
    await Promise.all(workers.map((worker) => new Promise<void>((resolve) => (worker.isDead() ? resolve() : (worker.once('exit', () => resolve()), worker.process.kill('SIGTERM'))))));
  };
}

function onSignal(stop: () => Promise<void>): void {
  let stopping = false;
  const handle = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: stopping`);
    await stop();
    logger.log('stopped');
    process.exit(0);
  };
  process.once('SIGTERM', () => void handle('SIGTERM'));
  process.once('SIGINT', () => void handle('SIGINT'));
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error instanceof Error ? error.stack : error);
  process.exit(error instanceof ConfigError ? 2 : 1);
});
