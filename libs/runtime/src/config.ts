import { resolve } from 'node:path';
import { DEFAULT_PASSWORD_COST } from './password';

export interface AppConfig {
  port: number;
  /** Where the embedded PostgreSQL keeps its files (and the generated JWT secret). */
  dataDir: string;
  /** External PostgreSQL; undefined means: start the embedded one under dataDir. */
  databaseUrl?: string;
  /** EventStoreDB for the log; undefined means: the PostgreSQL adapter. */
  eventStoreConnectionString?: string;
  /** undefined: generated once and kept in dataDir (embedded default only). */
  jwtSecret?: string;
  /** Seed the demo organisation (users with password `demo`) when no user exists yet; by default only on the embedded PostgreSQL. */
  seedDemoOrganisation: boolean;
  /** Register a small demo set of documents on an empty log. */
  seedDemoDocuments: boolean;
  logLevel: 'error' | 'warn' | 'log' | 'debug';
  /** API processes sharing the port (node:cluster); 1 runs the API in the launcher itself. */
  apiWorkers: number;
  /** log2 of scrypt's N for new password hashes (17 in production; tests lower it to keep hashing cheap). */
  passwordCost: number;
  /**
   * Addresses or CIDR ranges of reverse proxies whose X-Forwarded-For is believed: the client address
   * that throttling counts by. Empty: the socket's address (no proxy in front).
   */
  trustedProxies: string[];
  /**
   * The address citizens reach the product at (the public lookup the appointment slip's QR code
   * opens), e.g. `https://motcua.example.gov.vn`; undefined: the address the desk's browser used.
   */
  publicBaseUrl?: string;
  /** Attached files (DOMAIN.md §11): where they are kept, the upload limits, the malware scanner. */
  attachments: AttachmentsConfig;
  /**
   * Mail server for notices (issue 16), e.g. `smtp://user:pass@mail.example.vn:587`
   * (`smtps://` for implicit TLS); undefined: no e-mail is sent.
   */
  smtpUrl?: string;
  /** Sender of notice e-mails (`MAIL_FROM`), e.g. `Văn phòng UBND tỉnh <thongbao@vpubnd.example.vn>`. */
  mailFrom: string;
  /** Minutes between two sweeps for due-soon and overdue notices (`NOTICE_SWEEP_MINUTES`). */
  noticeSweepMinutes: number;
  /**
   * How long an API process believes a person's status (active, roles, password change due) before
   * reading it again (`ACCESS_CACHE_MS`): a deactivated person's token stops working on every
   * instance within this time.
   */
  accessCacheMs: number;
}

export interface AttachmentsConfig {
  /** The embedded store's folder (`ATTACHMENTS_DIR`, default `<DATA_DIR>/files`); unused when `s3Url` is set. */
  root: string;
  /** `ATTACHMENTS_S3_URL` (`s3://bucket[/prefix]?endpoint=…`): an S3-compatible store instead of the folder. */
  s3Url?: string;
  /** `ATTACHMENT_MAX_BYTES`: the largest file accepted (default 50 MB). */
  maxFileBytes: number;
  /** `ATTACHMENT_REQUEST_MAX_BYTES`: the largest upload request, all its files together (default 200 MB). */
  maxRequestBytes: number;
  /** `ATTACHMENT_MAX_FILES`: files in one upload request (default 10). */
  maxFiles: number;
  /** `CLAMD_ADDRESS` (`host:port` or a Unix socket path): scan every upload with ClamAV; undefined: no scanning. */
  clamdAddress?: string;
}

const MB = 1024 * 1024;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

const LOG_LEVELS = ['error', 'warn', 'log', 'debug'] as const;

/** Reads and checks the environment once at start; every problem is reported together, naming the variable and the rule. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const problems: string[] = [];
  const port = integer(env, 'PORT', 3000, 1, 65535, problems);
  const apiWorkers = integer(env, 'API_WORKERS', 1, 1, 16, problems);
  const passwordCost = integer(env, 'PASSWORD_HASH_COST', DEFAULT_PASSWORD_COST, 10, 20, problems);
  const trustedProxies = (blankToUndefined(env.TRUSTED_PROXIES) ?? '').split(',').map((p) => p.trim()).filter(Boolean);
  for (const proxy of trustedProxies) if (!/^[0-9a-fA-F.:]+(\/\d{1,3})?$/.test(proxy)) problems.push(`TRUSTED_PROXIES must list IP addresses or CIDR ranges separated by commas (got "${proxy}")`);
  const publicBaseUrl = blankToUndefined(env.PUBLIC_BASE_URL)?.replace(/\/+$/, '');
  if (publicBaseUrl && !/^https?:\/\/[^/\s?#]+(\/[^\s?#]*)?$/.test(publicBaseUrl)) problems.push(`PUBLIC_BASE_URL must be an http(s) address without query or fragment (got "${publicBaseUrl}")`);
  const databaseUrl = blankToUndefined(env.DATABASE_URL);
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) problems.push(`DATABASE_URL must start with postgres:// or postgresql:// (got "${redact(databaseUrl)}")`);
  const eventStoreConnectionString = blankToUndefined(env.EVENTSTORE_CONNECTION_STRING);
  if (eventStoreConnectionString && !/^(esdb|esdb\+discover|kurrentdb|kurrentdb\+discover|kdb):\/\//.test(eventStoreConnectionString)) {
    problems.push(`EVENTSTORE_CONNECTION_STRING must start with esdb:// or esdb+discover:// (got "${redact(eventStoreConnectionString)}")`);
  }
  const jwtSecret = blankToUndefined(env.JWT_SECRET);
  if (jwtSecret && jwtSecret.length < 32) problems.push('JWT_SECRET must be at least 32 characters');
  if (!jwtSecret && databaseUrl) problems.push('JWT_SECRET is required when DATABASE_URL points to an external PostgreSQL (several API instances must share it)');
  const logLevel = (blankToUndefined(env.LOG_LEVEL) ?? 'log') as AppConfig['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${logLevel}")`);
  // A known password (`demo`) must never appear on a real, external database unless asked for.
  const seedDemoOrganisation = flag(env, 'SEED_DEMO_ORGANISATION', !databaseUrl, problems);
  const seedDemoDocuments = flag(env, 'SEED_DEMO_DOCUMENTS', !databaseUrl, problems);
  const dataDir = resolve(blankToUndefined(env.DATA_DIR) ?? './data');
  const attachments = attachmentsConfig(env, dataDir, problems);
  const smtpUrl = blankToUndefined(env.SMTP_URL);
  if (smtpUrl && !/^smtps?:\/\/[^/\s]+/.test(smtpUrl)) problems.push(`SMTP_URL must start with smtp:// or smtps:// (got "${redact(smtpUrl)}")`);
  const mailFrom = blankToUndefined(env.MAIL_FROM) ?? 'Văn phòng UBND tỉnh <thongbao@vpubnd.example.vn>';
  const noticeSweepMinutes = integer(env, 'NOTICE_SWEEP_MINUTES', 10, 1, 1440, problems);
  // At most a minute: the promise made to administrators who deactivate someone (issue 17).
  const accessCacheMs = integer(env, 'ACCESS_CACHE_MS', 30_000, 0, 60_000, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    port,
    dataDir,
    databaseUrl,
    eventStoreConnectionString,
    jwtSecret,
    seedDemoOrganisation,
    seedDemoDocuments,
    logLevel,
    apiWorkers,
    passwordCost,
    trustedProxies,
    publicBaseUrl,
    attachments,
    smtpUrl,
    mailFrom,
    noticeSweepMinutes,
    accessCacheMs,
  };
}

function attachmentsConfig(env: NodeJS.ProcessEnv, dataDir: string, problems: string[]): AttachmentsConfig {
  const s3Url = blankToUndefined(env.ATTACHMENTS_S3_URL);
  if (s3Url && !s3Url.startsWith('s3://')) problems.push(`ATTACHMENTS_S3_URL must start with s3:// (got "${redact(s3Url)}")`);
  const maxFileBytes = integer(env, 'ATTACHMENT_MAX_BYTES', 50 * MB, 1, 4096 * MB, problems);
  const maxRequestBytes = integer(env, 'ATTACHMENT_REQUEST_MAX_BYTES', 200 * MB, 1, 16384 * MB, problems);
  if (maxRequestBytes < maxFileBytes) problems.push(`ATTACHMENT_REQUEST_MAX_BYTES (${maxRequestBytes}) must be at least ATTACHMENT_MAX_BYTES (${maxFileBytes})`);
  return {
    root: resolve(blankToUndefined(env.ATTACHMENTS_DIR) ?? resolve(dataDir, 'files')),
    s3Url,
    maxFileBytes,
    maxRequestBytes,
    maxFiles: integer(env, 'ATTACHMENT_MAX_FILES', 10, 1, 100, problems),
    clamdAddress: blankToUndefined(env.CLAMD_ADDRESS),
  };
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number, problems: string[]): number {
  const raw = blankToUndefined(env[name]);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) problems.push(`${name} must be an integer from ${min} to ${max} (got "${raw}")`);
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean, problems: string[]): boolean {
  const raw = blankToUndefined(env[name]);
  if (raw === undefined) return fallback;
  if (['1', 'true', 'yes'].includes(raw)) return true;
  if (['0', 'false', 'no'].includes(raw)) return false;
  problems.push(`${name} must be true or false (got "${raw}")`);
  return fallback;
}

function blankToUndefined(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

/** Never print passwords from connection strings. */
function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
