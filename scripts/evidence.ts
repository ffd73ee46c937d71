import 'reflect-metadata';
import { createWriteStream } from 'node:fs';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Role } from '@office/domain';
import type { Platform } from '@office/runtime';
import { openToolPlatform } from '@office/runtime/running-postgres';
import type { AuthenticatedUser } from '../apps/api/src/auth/authenticated-user';
import { EvidencePacks, type EvidenceRequest } from '../apps/api/src/audit/evidence/evidence-pack';
import { SYSTEM_ACTOR_ID } from '../apps/api/src/documents/numbering/number-reconciler';
import { ComplianceQueries } from '../apps/api/src/read-models/iso/compliance-queries';
import { ProjectionPositions } from '../apps/api/src/read-models/projection-positions';
import { RegisterQueries } from '../apps/api/src/read-models/registers/register-queries';
import { parseArgs, runCli, UsageError } from './cli';

const USAGE = `usage: npm run evidence -- --from <YYYY-MM-DD> --to <YYYY-MM-DD> [--field <code>] [--as <username>] [--verify log] --out <pack.zip>
  the ISO evidence pack of the period (the same zip as GET /api/iso/evidence): manifest.json with the SHA-256 of every
  file, registers (CSV + XLSX), compliance table, every event of the period's documents with hashes (CSV + JSON lines),
  chain verification report, one-page PDF summary in Vietnamese; the quality system's parts (process register, performance
  per procedure and per step, legal-change log, audits, NC/CA log, review minutes, declarations, satisfaction, objectives,
  self-check list) as CSV and a one-page ISO summary (tom-tat-ho-so-iso.pdf) with the digest of every file before it.
  --as <username>: see what that user may see (confidential data withheld otherwise); default: everything, as an auditor.
  --verify log: also verify the whole log against the latest digest (default: the chains of the pack's documents).
  The PDF needs a TrueType font with Vietnamese letters: DejaVu Sans from the system, or PDF_FONT=/path/to/font.ttf.
connects like the product: DATABASE_URL, else the embedded PostgreSQL of DATA_DIR (./data), the running product's if any`;


async function main(argv: string[]): Promise<void> {
  const args = parseArgs(argv, { values: ['out', 'verify', 'from', 'to', 'field', 'as'] });
  if (argv.length === 0 || args.has('help')) return void console.log(USAGE);
  if (args.positionals.length > 0) throw new UsageError(`unexpected argument "${args.positionals[0]}"`);
  const out = args.option('out');
  if (!out) throw new UsageError('--out <pack.zip> is required');
  const verify = args.option('verify');
  if (verify !== undefined && verify !== 'documents' && verify !== 'log') throw new UsageError('--verify is documents or log');
  const request: EvidenceRequest = { from: args.option('from'), to: args.option('to'), fieldCode: args.option('field'), verify };
  const { platform, where } = await openToolPlatform(process.env, (line) => console.error(line));
  console.error(`kết nối: ${where}`);
  try {
    await build(platform, request, args.option('as'), resolve(out));
  } finally {
    await platform.close();
  }
}

async function build(platform: Platform, request: EvidenceRequest, as: string | undefined, out: string): Promise<void> {
  const clock = () => new Date();
  const positions = new ProjectionPositions(platform.dataSource);
  const packs = new EvidencePacks({
    store: platform.eventStore,
    dataSource: platform.dataSource,
    directory: platform.directory,
    registers: new RegisterQueries(platform.dataSource, positions, clock),
    compliance: new ComplianceQueries(platform.dataSource, positions, clock),
    clock,
  });
  const requester = await requesterOf(platform, as);
  const started = Date.now();
  const pack = await packs.prepare(request, requester);
  try {
    await pipeline(pack.zip(), createWriteStream(out));
  } finally {
    await pack.dispose();
  }
  const m = pack.manifest;
  console.log(`${out}: kỳ ${m.period.from} – ${m.period.to}${m.fieldCode ? `, lĩnh vực ${m.fieldCode}` : ''}; ${m.counts.documents} văn bản, ${m.counts.events} sự kiện, ${m.files.length + 1} tệp`);
  console.log(`mã băm danh mục tệp (in trong tom-tat-ho-so-iso.pdf): ${m.filesDigest}`);
  console.log(`kiểm tra chuỗi băm: ${m.verification.ok ? 'toàn vẹn' : 'PHÁT HIỆN SAI LỆCH'}; vị trí nhật ký ${m.storeHeadPosition}; ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (!m.verification.ok) process.exitCode = 1;
}

async function requesterOf(platform: Platform, username: string | undefined): Promise<AuthenticatedUser> {
  const operator = `dòng lệnh (${userInfo().username})`;
  if (!username) return { id: SYSTEM_ACTOR_ID, username: operator, roles: ['auditor' as Role], departmentId: null };
  const user = (await platform.directory.organisation()).users.find((u) => u.username === username);
  if (!user) throw new UsageError(`no user "${username}"`);
  return { id: user.id, username: user.username, roles: user.roles, departmentId: user.departmentId };
}

runCli(main, USAGE);
