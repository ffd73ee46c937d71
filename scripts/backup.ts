import { backupProduct } from '@office/runtime/backup-source';
import { sayingBackupErrors } from '@office/runtime/backup-error';
import { parseArgs, runCli, UsageError } from './cli';

const USAGE = `usage: npm run backup -- --out <DIR>
  a consistent online physical backup of the product's PostgreSQL into DIR (new or empty): base.tar (the cluster and the
  WAL it needs), backup_manifest (PostgreSQL's, a SHA-256 per file), the JWT secret of the embedded default, and
  office-ledger-backup.json (server version, system identifier, the event log's head position at the start, times);
  verified before it says done. The product keeps running and writing meanwhile.
connects like the product: DATABASE_URL (a role with the REPLICATION attribute), else the embedded PostgreSQL of
DATA_DIR (./data): the running product's (found through its postmaster.pid), or started for the backup
restore with: npm run restore -- --from <DIR> --data-dir <NEW>`;

async function main(argv: string[]): Promise<void> {
  const args = parseArgs(argv, { values: ['out'] });
  if (argv.length === 0 || args.has('help')) return void console.log(USAGE);
  if (args.positionals.length > 0) throw new UsageError(`unexpected argument "${args.positionals[0]}"`);
  const out = args.option('out');
  if (!out) throw new UsageError('--out <DIR> is required');
  const manifest = await backupProduct(process.env, out, (line) => console.error(line));
  const { files, bytes, walSegments } = manifest.verified;
  console.log(`backup verified in ${out}: PostgreSQL ${manifest.server.version} (system ${manifest.server.systemIdentifier}), ${files} files, ${(bytes / 2 ** 20).toFixed(1)} MiB, ${walSegments} WAL segment(s)`);
  console.log(manifest.headPosition === null ? 'no event log in this PostgreSQL' : `event log head at the start: position ${manifest.headPosition}`);
}

runCli(sayingBackupErrors(main), USAGE);
