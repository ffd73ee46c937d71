import { afterAll, beforeAll } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, openPlatform, type AttachmentsConfig, type Platform } from '@office/runtime';
import type { AttachmentsRuntime, FileScanner } from '../../apps/api/src/attachments/attachments-runtime';
import { openAttachments } from '../../apps/api/src/attachments/open-attachments';
import { Registry } from 'prom-client';
import { createApi } from '../../apps/api/src/create-api';
import type { ExchangeRuntime } from '../../apps/api/src/exchange/exchange-runtime';
import type { LogSink } from '../../apps/api/src/http/quiet-logger';
import { Projector } from '../../apps/projector/src/projector';
import { PROJECTIONS } from '../../apps/projector/src/projections';
import { createTestDatabaseFrom } from './database';

/** scrypt N=2^10 instead of production's 2^17: each demo user's hash costs ~1 ms instead of ~150 ms. */
export const TEST_PASSWORD_COST = 10;

export interface TestApp {
  baseUrl: string;
  platform: Platform;
  projector: Projector;
  api: NestFastifyApplication;
  /** Logs in a demo user (password `demo`); answers the bearer token. */
  login(username: string): Promise<string>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are checked field by field in each test
  request(method: string, path: string, options?: { token?: string; body?: unknown; headers?: Record<string, string> }): Promise<{ status: number; body: any; headers: Headers }>;
  /** GET as a demo user (logged in once). */
  get(username: string, path: string, headers?: Record<string, string>): ReturnType<TestApp['request']>;
  close(): Promise<void>;
}

/** The real product on a fresh database: platform, projector and API listening on a free port. */
export interface TestAppOptions {
  /** Share another app's database: a second instance of the product, as behind a load balancer. */
  databaseUrl?: string;
  /** The API's clock (commands' `now`, "today" of the statistics); the system clock by default. */
  clock?: () => Date;
  /** Reverse proxies whose X-Forwarded-For the API believes (TRUSTED_PROXIES). */
  trustedProxies?: string[];
  /** Where citizens reach the public lookup (PUBLIC_BASE_URL). */
  publicBaseUrl?: string;
  /** Collects the API's JSON log lines at level `log` (by default only errors are written, to stderr). */
  logSink?: LogSink;
  /** Attachments: the store's folder (default: a fresh temporary folder), upload limits, a scanner (default: none). */
  attachments?: Partial<Omit<AttachmentsConfig, 'root'>> & { root?: string; scanner?: FileScanner | null };
  /** Inter-agency exchange (edXML): this instance's agency on a shared exchange; none by default. */
  exchange?: ExchangeRuntime;
  /** How long the API believes a person's status (ACCESS_CACHE_MS); production's 30 s by default. */
  accessCacheMs?: number;
}

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const config = testConfig(options.databaseUrl ?? (await createTestDatabaseFrom('e2e', migratedWithOrganisation, 'e2e')), options);
  const platform = await openPlatform(config, () => undefined);
  const projector = new Projector(platform.eventStore, platform.dataSource, PROJECTIONS, { heartbeatMs: 1_000 });
  await projector.start();
  const { attachments, removeFolder } = await testAttachments(config.attachments, options.attachments);
  const api = await createApi({ ...platform, metrics: new Registry(), clock: options.clock, trustedProxies: options.trustedProxies, publicBaseUrl: options.publicBaseUrl, attachments, exchange: options.exchange }, options.logSink ? 'log' : 'error', options.logSink);
  await api.listen({ port: 0, host: '127.0.0.1' });
  const address = api.getHttpServer().address();
  const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const tokens = new Map<string, Promise<string>>();

  const request: TestApp['request'] = async (method, path, options = {}) => {
    const headers: Record<string, string> = { ...(options.headers ?? {}) };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(baseUrl + path, { method, headers, body: options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body) });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON: keep the text */
    }
    return { status: response.status, body, headers: response.headers };
  };

  const login: TestApp['login'] = (username) => {
    // One login per user, also when 50 requests ask at once: the API throttles logins per address.
    let token = tokens.get(username);
    if (!token) {
      token = request('POST', '/api/auth/login', { body: { username, password: 'demo' } }).then(({ status, body }) => {
        if (status !== 200) throw new Error(`login ${username}: ${status} ${JSON.stringify(body)}`);
        return body.accessToken as string;
      });
      token.catch(() => tokens.delete(username));
      tokens.set(username, token);
    }
    return token;
  };

  return {
    baseUrl,
    platform,
    projector,
    api,
    request,
    login,
    get: async (username, path, headers) => request('GET', path, { token: await login(username), headers }),
    async close() {
      await api.close();
      await projector.stop();
      await platform.close();
      await removeFolder();
    },
  };
}

/**
 * The app of one part (one `describe`): started before its tests, closed after them, as jest's
 * `beforeAll`/`afterAll` of the block it is called in, so a part declares it in one line and hands it
 * to the helpers as it is. `options` may be a function, for what an earlier hook prepares (a relay's
 * port); `start` is another starter of the same kind (`startOnestopApp`).
 */
export function useTestApp(options: TestAppOptions | (() => TestAppOptions | Promise<TestAppOptions>) = {}, start: (options: TestAppOptions) => Promise<TestApp> = startTestApp): TestApp {
  return usedByPart('test app', async () => start(typeof options === 'function' ? await options() : options));
}

/** `openMigratedPlatform` for one part (one `describe`), as `useTestApp` starts an app. */
export function useMigratedPlatform(prefix: string): Platform {
  return usedByPart('platform', () => openMigratedPlatform(prefix));
}

/**
 * Opens a part's app or platform in `beforeAll`, closes it in `afterAll`; answers a stand-in that
 * reaches it once open (in a test or a later hook): a part holds one name for it from the start.
 */
function usedByPart<T extends { close(): Promise<void> }>(what: string, open: () => Promise<T>): T {
  let opened: T | undefined;
  beforeAll(async () => {
    opened = await open();
  });
  afterAll(async () => {
    await opened?.close();
  });
  const reach = (key: string | symbol): T => {
    if (!opened) throw new Error(`the ${what} is not open yet: read its ${String(key)} in a test or a later hook`);
    return opened;
  };
  // Forwards reads, `in` and the listing of keys, so that the stand-in also spreads (`{ ...platform }`) as the real one.
  return new Proxy({} as T, {
    get(_, key) {
      // Not a promise, nor anything a symbol asks (inspection), before it is open either.
      if (!opened && (key === 'then' || typeof key === 'symbol')) return undefined;
      const target = reach(key);
      const value = target[key as keyof T];
      return typeof value === 'function' ? value.bind(target) : value;
    },
    has: (_, key) => key in reach(key),
    ownKeys: () => Reflect.ownKeys(reach('keys')),
    getOwnPropertyDescriptor(_, key) {
      const found = Reflect.getOwnPropertyDescriptor(reach(key), key);
      return found && { ...found, configurable: true };
    },
  });
}

function testConfig(databaseUrl: string, options: TestAppOptions = {}) {
  return loadConfig({ DATABASE_URL: databaseUrl, JWT_SECRET: 'e2e-secret-e2e-secret-e2e-secret-0123', LOG_LEVEL: 'error', SEED_DEMO_DOCUMENTS: 'false', SEED_DEMO_ORGANISATION: 'true', PASSWORD_HASH_COST: String(TEST_PASSWORD_COST), ACCESS_CACHE_MS: options.accessCacheMs?.toString() });
}

/**
 * The template every test app's database is copied from: what `openPlatform` does to an empty
 * database (read models migrated, the demo organisation seeded), which depends on no test's clock;
 * the copy's `openPlatform` then finds both done, as on a restart. The calendar seed stays with the
 * app (it records the app's clock), and so does the projector (its checkpoints start at the copy).
 */
async function migratedWithOrganisation(databaseUrl: string): Promise<void> {
  const platform = await openTestPlatform(databaseUrl);
  await platform.close();
}

/** The platform of a test app (a template's builder adds what it seeds); on an empty database, it migrates and seeds the demo organisation. */
export function openTestPlatform(databaseUrl: string): Promise<Platform> {
  return openPlatform(testConfig(databaseUrl), () => undefined);
}

/** The platform alone (no API, no projector) on a copy of the test apps' template: migrated, the demo organisation seeded. */
export async function openMigratedPlatform(prefix: string): Promise<Platform> {
  return openTestPlatform(await createTestDatabaseFrom('e2e', migratedWithOrganisation, prefix));
}

/** The attachment store of a test app: never the working folder's `data/files`. */
async function testAttachments(defaults: AttachmentsConfig, given: TestAppOptions['attachments'] = {}): Promise<{ attachments: AttachmentsRuntime; removeFolder: () => Promise<void> }> {
  const { scanner = null, root, ...limits } = given;
  // A folder the test named is the test's to remove; one made here goes with the app.
  const folder = root ?? (await mkdtemp(join(tmpdir(), 'office-ledger-files-')));
  const opened = await openAttachments({ ...defaults, clamdAddress: undefined, s3Url: undefined, ...limits, root: folder });
  return { attachments: { ...opened, scanner }, removeFolder: () => (root ? Promise.resolve() : rm(folder, { recursive: true, force: true })) };
}
