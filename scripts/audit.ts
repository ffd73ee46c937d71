import 'reflect-metadata';
import {
  documentStateAt, documentTimeline, listDigests, parallelOver, parseInstantOrDay, stateText, timelineText, verificationText, verifyLog, vietnameseDay,
} from '@office/audit';
import { documentStreamName } from '@office/domain';
import { verifyChains } from '@office/event-store';
import type { Platform } from '@office/runtime';
import { loadConfig } from '@office/runtime';
import { openToolPlatform } from '@office/runtime/running-postgres';
import { openAttachments } from '../apps/api/src/attachments/open-attachments';
import { fileVerificationText, verifyAttachedFiles } from '../apps/api/src/audit/verification/attached-files';
import { progressBar } from '../apps/projector/src/rebuild/progress-bar';
import { parseArgs, runCli, UsageError, type ParsedArgs } from './cli';

const USAGE = `usage: npm run audit -- <command>
  history <documentId>                      every event of a document: thời điểm (giờ Hà Nội), người thực hiện, vai trò, bước, hash
  state <documentId> --at <instant|date>    the document as it was then, replayed from the log (a date means the end of that day
                                            in Hà Nội); --json prints the whole state
  verify [--stream <streamId>] [--json]     recompute every hash chain (or one stream's) and check the published digests and
                                            that every attached file's bytes are still those its event recorded;
                                            progress on stderr; exit code 1 when something does not match
  digests                                   the published digests, oldest first (print them and keep them elsewhere)
connects like the product: DATABASE_URL (the log in EVENTSTORE_CONNECTION_STRING when set), else the embedded PostgreSQL
of DATA_DIR (./data): the running product's (found through its postmaster.pid), or started for the command`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function main(argv: string[]): Promise<void> {
  const args = parseArgs(argv, { values: ['at', 'stream'], switches: ['json'] });
  const [command, ...rest] = args.positionals;
  if (!command || command === 'help' || args.has('help')) return void console.log(USAGE);
  const run = commandFor(command, rest, args);
  const { platform, where, config } = await openToolPlatform(process.env, (line) => console.error(line));
  console.error(`kết nối: ${where}`);
  try {
    await run(platform, config.eventStoreConnectionString === undefined);
  } finally {
    await platform.close();
  }
}

type Command = (platform: Platform, logInPostgres: boolean) => Promise<void>;

function commandFor(command: string, rest: string[], args: ParsedArgs): Command {
  const json = args.has('json');
  switch (command) {
    case 'history':
      return (platform) => history(platform, documentIdOf(rest[0]));
    case 'state': {
      const id = documentIdOf(rest[0]);
      const at = args.option('at');
      if (!at) throw new UsageError('state needs --at <instant|date>, e.g. --at 2026-03-05T10:00:00+07:00 or --at 2026-03-05');
      const instant = parseInstantOrDay(at);
      if (!instant) throw new UsageError(`--at ${at} is neither an ISO instant (2026-03-05T10:00:00Z) nor a date (2026-03-05)`);
      return (platform) => state(platform, id, instant, json);
    }
    case 'verify':
      return (platform, logInPostgres) => verify(platform, args.option('stream'), json, logInPostgres);
    case 'digests':
      return (platform) => digests(platform);
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

function documentIdOf(value: string | undefined): string {
  if (!value || !UUID.test(value)) throw new UsageError('name a document by its id (UUID)');
  return value.toLowerCase();
}

async function history(platform: Platform, id: string): Promise<void> {
  const stream = documentStreamName(id);
  const events = await platform.eventStore.readStream(stream);
  if (events.length === 0) throw new Error(`Không tìm thấy văn bản ${id}`);
  const entries = documentTimeline(events, await platform.directory.organisation());
  console.log(timelineText(id, stream, entries).join('\n'));
  const chain = await verifyChains(platform.eventStore, { streamId: stream });
  console.log(chain.ok ? `Chuỗi băm của văn bản: toàn vẹn (${chain.eventsChecked} sự kiện)` : `Chuỗi băm của văn bản: ĐỨT tại phiên bản ${chain.firstBroken!.revision}: ${chain.firstBroken!.reason}`);
  if (!chain.ok) process.exitCode = 1;
}

async function state(platform: Platform, id: string, at: Date, json: boolean): Promise<void> {
  const events = await platform.eventStore.readStream(documentStreamName(id));
  if (events.length === 0) throw new Error(`Không tìm thấy văn bản ${id}`);
  const replayed = documentStateAt(events, at);
  console.log(json ? JSON.stringify(replayed, null, 2) : stateText(id, replayed).join('\n'));
}

async function verify(platform: Platform, streamId: string | undefined, json: boolean, logInPostgres: boolean): Promise<void> {
  const total = logInPostgres ? await countEvents(platform, streamId) : null;
  const bar = progressBar();
  const started = Date.now();
  const report = await verifyLog(platform.eventStore, {
    streamId,
    heads: platform.dataSource,
    parallel: parallelOver(platform.dataSource),
    onProgress: (done) => bar.update({ phase: 'reading', done, total, elapsedMs: Date.now() - started }),
  }).finally(() => bar.finish());
  const seconds = (Date.now() - started) / 1000;
  console.error(`${report.eventsChecked.toLocaleString('en-US')} events in ${seconds.toFixed(1)} s (${Math.round(report.eventsChecked / Math.max(seconds, 0.001)).toLocaleString('en-US')} events/s)`);
  // The attached files too: their bytes must be those the events recorded (DOMAIN.md §11).
  const files = await verifyAttachedFiles(platform.eventStore, (await openAttachments(loadConfig(process.env).attachments)).store, { streamId });
  console.log(json ? JSON.stringify({ ...report, ok: report.ok && files.ok, files }, null, 2) : [...verificationText(report), ...fileVerificationText(files)].join('\n'));
  if (!report.ok || !files.ok) process.exitCode = 1;
}

/** The exact count for the progress bar, when the log is the PostgreSQL adapter's table (null otherwise). */
async function countEvents(platform: Platform, streamId: string | undefined): Promise<number | null> {
  try {
    const [{ n }] = streamId === undefined
      ? await platform.dataSource.query('SELECT count(*)::int AS n FROM event_store.events')
      : await platform.dataSource.query('SELECT count(*)::int AS n FROM event_store.events WHERE stream_id = $1', [streamId]);
    return n;
  } catch {
    return null;
  }
}

async function digests(platform: Platform): Promise<void> {
  const all = await listDigests(platform.eventStore);
  if (all.length === 0) return void console.log('Chưa có bản tóm lược nào.');
  for (const d of all) {
    console.log(`${vietnameseDay(d.day)}  ${d.kind === 'daily' ? 'hằng ngày' : 'theo yêu cầu'}  vị trí ${d.headPosition}  ${d.streams} luồng  ${d.events} sự kiện`);
    console.log(`    bản tóm lược ${d.hash}  đầu luồng ${d.headsHash}  trước đó ${d.previousDigestHash ?? '—'}`);
  }
}

runCli(main, USAGE);
