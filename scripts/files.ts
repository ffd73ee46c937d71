import 'reflect-metadata';
import { loadConfig } from '@office/runtime';
import { openToolPlatform } from '@office/runtime/running-postgres';
import { collectGarbage, UNATTACHED_GRACE_MS } from '../apps/api/src/attachments/gc/collect-garbage';
import { openAttachments } from '../apps/api/src/attachments/open-attachments';
import { parseArgs, runCli, UsageError } from './cli';

const USAGE = `usage: npm run files -- <command>
  gc [--dry-run] [--json]   delete stored files that no event references and that were stored more than 24 h ago
                            (an upload not yet attached survives); a referenced file is never deleted. Waits for the
                            attachments projection to reach the log's head, and refuses when it does not (projector down)
the store: ATTACHMENTS_S3_URL, else ATTACHMENTS_DIR (default <DATA_DIR>/files);
connects like the product: DATABASE_URL, else the embedded PostgreSQL of DATA_DIR (./data)`;

async function main(argv: string[]): Promise<void> {
  const args = parseArgs(argv, { switches: ['dry-run', 'json'] });
  const [command, ...rest] = args.positionals;
  if (!command || command === 'help' || args.has('help')) return void console.log(USAGE);
  if (command !== 'gc') throw new UsageError(`unknown command "${command}"`);
  if (rest.length > 0) throw new UsageError(`gc takes no arguments (got "${rest.join(' ')}")`);
  const { platform, where } = await openToolPlatform(process.env, (line) => console.error(line));
  console.error(`kết nối: ${where}`);
  try {
    const { store } = await openAttachments(loadConfig(process.env).attachments);
    console.error(`kho tệp: ${store.describe()}`);
    const report = await collectGarbage({ store, log: platform.eventStore, dataSource: platform.dataSource, now: new Date(), dryRun: args.has('dry-run') });
    if (args.has('json')) return void console.log(JSON.stringify(report, null, 2));
    console.log(`${report.scanned} tệp trong kho: ${report.referenced} được sự kiện tham chiếu, ${report.young} tải lên chưa quá ${UNATTACHED_GRACE_MS / 3_600_000} giờ`);
    console.log(`${report.dryRun ? 'Sẽ xóa' : 'Đã xóa'} ${report.deleted.length} tệp không được tham chiếu${report.deleted.length ? ':' : ''}`);
    for (const sha256 of report.deleted) console.log(`  ${sha256}`);
  } finally {
    await platform.close();
  }
}

runCli(main, USAGE);
