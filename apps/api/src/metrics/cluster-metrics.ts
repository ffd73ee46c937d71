import cluster from 'node:cluster';
import { randomUUID } from 'node:crypto';
import { AggregatorRegistry, type Registry } from 'prom-client';

const ASK = 'office-ledger:cluster-metrics?';
const ANSWER = 'office-ledger:cluster-metrics';
const ANSWER_WITHIN_MS = 5_000;

interface Answer {
  type: typeof ANSWER;
  id: string;
  text?: string;
  error?: string;
}

/**
 * With API_WORKERS > 1 a scrape reaches one worker at random; its /metrics must still describe the
 * whole API. The launcher (cluster primary) gathers every worker's registry through prom-client's
 * AggregatorRegistry (counters and histograms summed; gauges marked `aggregator: 'first'` taken once)
 * and answers the worker that asked.
 */
export function serveClusterMetrics(): void {
  const aggregator = new AggregatorRegistry();
  cluster.on('message', (worker, message: { type?: string; id?: string }) => {
    if (message?.type !== ASK || !message.id) return;
    const id = message.id;
    aggregator.clusterMetrics().then(
      (text) => worker.send({ type: ANSWER, id, text } satisfies Answer),
      (error: unknown) => worker.send({ type: ANSWER, id, error: String(error) } satisfies Answer),
    );
  });
}

/** In a cluster worker: `registry` joins the launcher's aggregate (call once, before serving). */
export function joinClusterMetrics(registry: Registry): void {
  AggregatorRegistry.setRegistries(registry);
  new AggregatorRegistry(); // installs the worker's answer to the launcher's requests
}

/** The whole API's metrics: the launcher's aggregate in a cluster worker, else this process's registry. */
export function metricsText(registry: Registry): Promise<string> {
  if (!cluster.isWorker || !process.send) return registry.metrics();
  const id = randomUUID();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => settle(new Error(`the launcher did not answer within ${ANSWER_WITHIN_MS} ms`)), ANSWER_WITHIN_MS);
    const listen = (message: Answer) => message?.type === ANSWER && message.id === id && settle(message.error ? new Error(message.error) : null, message.text);
    const settle = (error: Error | null, text = '') => {
      clearTimeout(timer);
      process.off('message', listen);
      if (error) reject(error);
      else resolve(text);
    };
    process.on('message', listen);
    process.send!({ type: ASK, id });
  });
}
