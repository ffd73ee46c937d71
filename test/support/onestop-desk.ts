import { dailySeriesKey, DEMO_CATALOGUE, DEMO_ORGANISATION, numberingStreamName, outgoingSeriesKey } from '@office/domain';
import { NumberAllocator } from '../../apps/api/src/documents/numbering/number-allocator';
import { seedDemoCatalogue, type DemoCataloguePlatform } from '../../apps/api/src/procedures/demo-catalogue/seed-demo-catalogue';
import { PROJECTIONS } from '../../apps/projector/src/projections';
import { catchUp } from '../../apps/projector/src/testing/projection-harness';
import { createTestDatabaseFrom } from './database';
import { departmentId, step, userId } from './document-steps';
import { openTestPlatform, startTestApp, type TestApp, type TestAppOptions } from './test-app';

export { departmentId, step, userId };

/**
 * The real product with the demo catalogue seeded (as the embedded default seeds it), so dossiers
 * can be received. Its 400-odd commands and their projection cost seconds: a test on the system
 * clock copies a database where they were done once per run; one that sets the clock, or shares
 * another app's database, seeds at its own time.
 */
export async function startOnestopApp(options: TestAppOptions = {}): Promise<TestApp> {
  if (!options.clock && !options.databaseUrl) return startTestApp({ ...options, databaseUrl: await createTestDatabaseFrom('onestop', withCatalogue, 'e2e') });
  const app = await startTestApp(options);
  await seedCatalogue(app.platform, options.clock?.() ?? new Date());
  return app;
}

/** The template of `startOnestopApp`: a test app's database with the demo catalogue seeded and projected. */
async function withCatalogue(databaseUrl: string): Promise<void> {
  const platform = await openTestPlatform(databaseUrl);
  try {
    await seedCatalogue(platform, new Date());
    await catchUp({ store: platform.eventStore, dataSource: platform.dataSource, close: platform.close }, PROJECTIONS, 500);
  } finally {
    await platform.close();
  }
}

async function seedCatalogue(platform: DemoCataloguePlatform, now: Date): Promise<void> {
  const seeded = await seedDemoCatalogue(platform, now, () => undefined);
  if (seeded.refused.length > 0) throw new Error(`demo catalogue: ${seeded.refused[0]}`);
}

/**
 * A procedure of field KH-DT (Phòng Kinh tế; office leader pho.chanh.vp.kt; committee leader
 * pho.chu.tich.kt), in force from 1/3/2026, with mandatory and optional items.
 */
export const PROCEDURE = DEMO_CATALOGUE.find((procedure) => procedure.code === '1.009646')!;

/** A complete reception of PROCEDURE: every mandatory item handed in. */
export function reception(overrides: Record<string, unknown> = {}) {
  return {
    procedureCode: PROCEDURE.code,
    applicant: { name: 'Nguyễn Thị Hoa', idNumber: '001190012345', address: 'Số 12 đường Trần Phú, phường Hòa Bình', phone: '0912345678' },
    items: PROCEDURE.version.requiredItems.filter((item) => item.mandatory).map(({ name, form, quantity }) => ({ name, form, quantity })),
    channel: 'direct',
    ...overrides,
  };
}

export const SUBMISSION = {
  leaderId: DEMO_ORGANISATION.users.find((u) => u.username === 'pho.chu.tich.kt')!.id,
  proposal: 'Kính trình đồng chí Phó Chủ tịch xem xét, ký quyết định',
  draft: { documentType: 'decision', excerpt: 'Quyết định chấp thuận điều chỉnh dự án đầu tư' },
};

/** The path of a dossier after reception, each step by its own role: [until, username, step, body]. */
export const DOSSIER_PATH = [
  ['in_department', 'motcua1', 'transfer', { toUnit: departmentId('KT'), note: 'Chuyển Phòng Kinh tế thụ lý' }],
  ['with_specialist', 'tp.kt', 'transfer', { toUserId: userId('cv.kt1') }],
  ['appraised', 'cv.kt1', 'appraise', { outcome: 'eligible', findings: 'Hồ sơ đầy đủ, hợp lệ; đủ điều kiện điều chỉnh dự án' }],
  ['submitted', 'cv.kt1', 'submit', SUBMISSION],
  ['initialled', 'pho.chanh.vp.kt', 'initial', { agree: true }],
  ['signed', 'pho.chu.tich.kt', 'sign', { decision: 'approved' }],
  ['issued', 'vanthu1', 'issue', { recipients: ['Công ty TNHH Hòa Bình', 'Lưu: VT, KT'], copies: 2 }],
  ['result_at_desk', 'motcua1', 'result-at-desk', {}],
  ['returned', 'motcua1', 'return', { receivedBy: { name: 'Nguyễn Thị Hoa', idNumber: '001190012345' }, method: 'desk' }],
] as const;

export type DossierStatusReached = 'received' | (typeof DOSSIER_PATH)[number][0];

/** Receives a dossier of PROCEDURE at the desk and carries it up to (and including) `until`. */
export async function dossierAt(app: TestApp, until: DossierStatusReached, overrides: Record<string, unknown> = {}): Promise<{ id: string; code: string; pin: string }> {
  const received = await step(app, 'motcua1', '/api/dossiers', reception(overrides));
  if (received.status !== 201) throw new Error(`receive: ${received.status} ${JSON.stringify(received.body)}`);
  const { id, code, pin } = received.body;
  for (const [status, username, name, body] of DOSSIER_PATH) {
    if (until === 'received') break;
    const result = await step(app, username, `/api/dossiers/${id}/${name}`, body);
    if (result.status !== 201) throw new Error(`${name}: ${result.status} ${JSON.stringify(result.body)}`);
    if (status === until) break;
  }
  return { id, code, pin };
}

/** The streams a desk refusal must leave as they were: today's dossier codes and slips, the year's outgoing numbers, and `more`. */
export function deskStreams(...more: string[]): string[] {
  const now = new Date().toISOString();
  return [
    numberingStreamName(dailySeriesKey('dossier', now)),
    numberingStreamName(dailySeriesKey('reception', now)),
    numberingStreamName(outgoingSeriesKey('normal', now)),
    ...more,
  ];
}

/**
 * How many events each stream holds, once every number taken so far is closed (a number's use is
 * written just after its dossier, off the request's path).
 */
export async function streamLengths(app: TestApp, streams: readonly string[]): Promise<Record<string, number>> {
  await app.api.get(NumberAllocator).drain();
  const lengths = await Promise.all(streams.map(async (stream) => [stream, (await app.platform.eventStore.readStream(stream)).length] as const));
  return Object.fromEntries(lengths);
}

/** Polls a read-model answer until `done` says it has caught up (the projector runs beside the API). */
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
