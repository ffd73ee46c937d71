import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Counter, Histogram, type Registry } from 'prom-client';
import { METRIC_PREFIX } from './metric-names';

/** Routes that change nothing although they are POSTs. */
const NOT_COMMANDS = new Set(['/api/auth/login']);

/**
 * `office_ledger_http_request_duration_seconds{method,route,status}` for every request, and
 * `office_ledger_commands_total{command,outcome}` for every POST under /api (each is one command
 * of API.md): accepted (2xx), refused (4xx: validation, rules, rights, throttling) or failed (5xx).
 */
export function registerHttpMetrics(fastify: FastifyInstance, registry: Registry): void {
  const duration = replace(registry, `${METRIC_PREFIX}http_request_duration_seconds`, (name) =>
    new Histogram({ name, help: 'Time to answer an HTTP request, by route template and status', labelNames: ['method', 'route', 'status'], buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10], registers: [registry] }),
  );
  const commands = replace(registry, `${METRIC_PREFIX}commands_total`, (name) =>
    new Counter({ name, help: 'Commands (POSTs under /api) by route template and outcome: accepted, refused, failed', labelNames: ['command', 'outcome'], registers: [registry] }),
  );
  fastify.addHook('onResponse', async (request: FastifyRequest, reply: FastifyReply) => {
    // Unmatched URLs share one label: a scanner must not create a series per path it tries.
    const route = request.routeOptions.url ?? 'unmatched';
    duration.observe({ method: request.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
    if (request.method === 'POST' && route.startsWith('/api/') && !NOT_COMMANDS.has(route)) {
      commands.inc({ command: route, outcome: reply.statusCode < 400 ? 'accepted' : reply.statusCode < 500 ? 'refused' : 'failed' });
    }
  });
}

/** A registry shared by several applications (tests) keeps the latest one's metric of a name. */
export function replace<T>(registry: Registry, name: string, create: (name: string) => T): T {
  if (registry.getSingleMetric(name)) registry.removeSingleMetric(name);
  return create(name);
}
