import { rmSync } from 'node:fs';

/** Stops the run's embedded PostgreSQL started by global-setup (jest shares globalThis between the two). */
export default async function teardown(): Promise<void> {
  const started = (globalThis as { officeLedgerTestRoot?: { stop: () => Promise<void>; root: string } }).officeLedgerTestRoot;
  if (!started) return;
  await started.stop();
  rmSync(started.root, { recursive: true, force: true });
}
