import { restoreBackup } from '@office/runtime/restore';
import { sayingBackupErrors } from '@office/runtime/backup-error';
import { parseArgs, runCli, UsageError } from './cli';

const USAGE = `usage: npm run restore -- --from <DIR> --data-dir <NEW>
  lays a backup of \`npm run backup\` out as a new DATA_DIR (NEW must be new or empty): the cluster in NEW/postgres,
  checked file by file against the backup's manifest while it is unpacked, and the JWT secret of the embedded default.
  Then start the product on it (DATA_DIR=NEW npm start); PostgreSQL replays the backup's WAL as it starts, and
  \`DATA_DIR=NEW npm run audit -- verify\` checks every chain and digest.
  A backup of an external server (DATABASE_URL): NEW/postgres is a data folder for a PostgreSQL of the same major version.`;

async function main(argv: string[]): Promise<void> {
  const args = parseArgs(argv, { values: ['from', 'data-dir'] });
  if (argv.length === 0 || args.has('help')) return void console.log(USAGE);
  if (args.positionals.length > 0) throw new UsageError(`unexpected argument "${args.positionals[0]}"`);
  const from = args.option('from');
  const dataDir = args.option('data-dir');
  if (!from || !dataDir) throw new UsageError('--from <DIR> and --data-dir <NEW> are both required');
  const manifest = await restoreBackup(from, dataDir);
  console.log(`restored into ${dataDir}: the backup of ${manifest.source} taken ${manifest.startedAt} (PostgreSQL ${manifest.server.version})`);
  console.log(manifest.headPosition === null ? 'no event log in this backup' : `the event log holds at least every event up to position ${manifest.headPosition}`);
}

runCli(sayingBackupErrors(main), USAGE);
