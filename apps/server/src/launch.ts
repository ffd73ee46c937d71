import 'reflect-metadata';
import cluster from 'node:cluster';
import { Logger } from '@nestjs/common';
import { LogRecord, openPlatform, type AppConfig, type Platform } from '@office/runtime';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { createApi } from '../../api/src/create-api';
import { seedDemoCatalogue } from '../../api/src/procedures/demo-catalogue/seed-demo-catalogue';
import { joinClusterMetrics, serveClusterMetrics } from '../../api/src/metrics/cluster-metrics';
import { METRIC_PREFIX } from '../../api/src/metrics/metric-names';
import { seedDemoDirectives } from '../../demo/src/directives/demo-directives';
import { seedDemoSchedule } from '../../demo/src/schedule/demo-schedule';
import { seedDemoProgramme } from '../../demo/src/programme/demo-programme';
import { seedDemoDossiers } from '../../demo/src/dossiers/demo-dossiers';
import { seedDemoQuality } from '../../demo/src/quality/demo-quality';
import { seedDemoRecords } from '../../demo/src/records/demo-records';
import { seedDemoDelegations } from '../../demo/src/delegations/demo-delegations';
import { seedDemoAbsences } from '../../demo/src/absences/demo-absences';
import { seedDemoHandovers } from '../../demo/src/handover/demo-handover';
import { seedDemoDocuments } from '../../demo/src/office/demo-office';
import type { Shutdown } from './shutdown';

const logger = new Logger('Office Ledger');

/** The demo's other contexts, seeded in this order after its documents (a later one may use an earlier one's data). */
const DEMO_SEEDS: ReadonlyArray<readonly [string, (platform: Platform, now: Date, log: (line: string) => void) => Promise<unknown>]> = [
  ['dossiers', seedDemoDossiers],
  ['directives', seedDemoDirectives],
  ['weekly schedule', seedDemoSchedule],
  ['work programme', seedDemoProgramme],
  ['quality system', seedDemoQuality],
  ['files and archives', seedDemoRecords],
  ['signing delegations', seedDemoDelegations],
  ['absences', seedDemoAbsences],
  ['hand-overs', seedDemoHandovers],
];

/**
 * What `npm start` runs once its database is up and its projector started (main.ts): migrations,
 * demo organisation, and the API (in this process, or in API_WORKERS cluster workers sharing the
 * port: API instances are stateless, and take `children`, the projector's environment), each
 * handed to `shutdown` as it starts.
 */
export async function launch(config: AppConfig & { databaseUrl: string }, shutdown: Shutdown, children: NodeJS.ProcessEnv): Promise<void> {
  const platform = await openPlatform(config, (line) => logger.log(line));
  shutdown.add('connections', () => platform.close());
  const demo = config.seedDemoDocuments ? await seedDemoDocuments(platform, new Date(), (line) => logger.log(line)).catch((e) => logger.warn(`demo documents not generated: ${e instanceof Error ? e.message : String(e)}`)) : null;
  if (config.seedDemoOrganisation) await seedDemoCatalogue(platform, new Date(), (line) => logger.log(line));
  // Only beside a demo just generated on an empty log: a restart (another day, another period) must not add a second set.
  if (demo) for (const [what, seed] of DEMO_SEEDS) await seed(platform, new Date(), (line) => logger.log(line)).catch((e) => logger.warn(`demo ${what} not generated: ${e instanceof Error ? e.message : String(e)}`));
  if (config.apiWorkers > 1) {
    serveClusterMetrics();
    shutdown.add('API', forkWorkers(config.apiWorkers, children));
  }
  else shutdown.add('API', await serveApi(config, platform));
  logger.log(`API on http://localhost:${config.port} (${config.apiWorkers} process${config.apiWorkers > 1 ? 'es' : ''}; OpenAPI: /api/docs, health: /health/live and /health/ready)`);
}

async function serveApi(config: AppConfig, platform: Platform): Promise<() => Promise<void>> {
  const metrics = new Registry();
  collectDefaultMetrics({ register: metrics, prefix: METRIC_PREFIX });
  if (cluster.isWorker) joinClusterMetrics(metrics);
  const api = await createApi({ ...platform, metrics, trustedProxies: config.trustedProxies, publicBaseUrl: config.publicBaseUrl }, config.logLevel);
  await api.listen({ port: config.port, host: '0.0.0.0' });
  return () => api.close();
}

/** A cluster worker: its own connections to the launcher's database, the same port. */
export async function runWorker(config: AppConfig, shutdown: Shutdown): Promise<void> {
  const platform = await openPlatform(config, (line) => logger.log(line));
  shutdown.add('connections', () => platform.close());
  shutdown.add('API', await serveApi(config, platform));
}

function forkWorkers(count: number, env: NodeJS.ProcessEnv): () => Promise<void> {
  let stopping = false;
  const fork = () => cluster.fork(env);
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    logger.error(new LogRecord(`API worker ${worker.process.pid} exited (${signal ?? code}); starting another`, { workerPid: worker.process.pid ?? null, exit: signal ?? code }));
    setTimeout(fork, 1_000).unref();
  });
  for (let i = 0; i < count; i++) fork();
  return async () => {
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((w) => w !== undefined);
    await Promise.all(workers.map((worker) => new Promise<void>((resolve) => (worker.isDead() ? resolve() : (worker.once('exit', () => resolve()), worker.process.kill('SIGTERM'))))));
  };
}

