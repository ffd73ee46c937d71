import { writeFileSync } from 'node:fs';
import { Client } from 'pg';

/**
 * Preloaded into the benchmarked API (`node --require`, see api-process.ts): counts the queries the
 * process sends to PostgreSQL (each `pg` query is one round trip: pg does not pipeline), whatever
 * pool sends them (the event store's, TypeORM's). On SIGUSR2 it writes the count to
 * BENCH_QUERY_COUNT_FILE, so the bench can divide by the requests of a phase. Never part of the product.
 */
let queries = 0;
const query = Client.prototype.query;
Client.prototype.query = function counted(this: Client, ...args: unknown[]) {
  queries++;
  return (query as (...a: unknown[]) => unknown).apply(this, args);
} as typeof Client.prototype.query;

const file = process.env.BENCH_QUERY_COUNT_FILE;
if (file) process.on('SIGUSR2', () => writeFileSync(file, String(queries)));
