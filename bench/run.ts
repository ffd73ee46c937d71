import 'reflect-metadata';
import { printTable, type Figure } from './harness';
import { commandsBench } from './commands.bench';
import { storeBench } from './store.bench';

const BENCHES: Record<string, () => Promise<Figure[]>> = {
  store: storeBench,
  commands: commandsBench,
  projector: () => import('./projector.bench.js').then((m) => m.projectorBench()),
  audit: () => import('./audit.bench.js').then((m) => m.auditBench()),
  onestop: () => import('./onestop.bench.js').then((m) => m.onestopBench()),
  attachments: () => import('./attachments.bench.js').then((m) => m.attachmentsBench()),
  evidence: () => import('./evidence.bench.js').then((m) => m.evidenceBench()),
  peers: () => import('./peers.bench.js').then((m) => m.peersBench()),
  scale: () => import('./scale.bench.js').then((m) => m.scaleBench()),
};

/** `npm run bench -- [name …]`: runs the named benchmarks (all by default), prints JSON lines then a table. */
async function main(): Promise<void> {
  const names = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const unknown = names.filter((n) => !BENCHES[n]);
  if (unknown.length > 0) throw new Error(`unknown benchmark ${unknown.join(', ')}; choose from ${Object.keys(BENCHES).join(', ')}`);
  const figures: Figure[] = [];
  for (const name of names.length > 0 ? names : Object.keys(BENCHES)) figures.push(...(await BENCHES[name]()));
  printTable(figures);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  },
);
