import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, it } from '@jest/globals';
import { expect } from '../support/expect';
import { verifyLog } from '@office/audit';
import { documentStreamName } from '@office/domain';
import { loadConfig, openPlatform, type Platform } from '@office/runtime';
import { backupProduct } from '@office/runtime/backup-source';
import { restoreBackup } from '@office/runtime/restore';
import { documentAt, registration, step } from '../support/document-steps';
import { keepRegistering, wholeLog } from '../support/office-at-work';
import { startTestApp, TEST_PASSWORD_COST, type TestApp } from '../support/test-app';

/*
 * The backup drill of the runbook (README, "Backup and restore"), on the product's embedded default
 * in a folder of its own: the office works through the API; `npm run backup`'s code backs the
 * running PostgreSQL up while clerks go on registering; `npm run restore`'s code lays it out as a
 * new DATA_DIR; the product starts on it and every chain, every digest and every acknowledged
 * command is there.
 */
describe('backup drill: back up while the office works, restore, start on the restored folder', () => {
  const root = mkdtempSync(join(tmpdir(), 'office-ledger-backup-drill-'));
  const env = { LOG_LEVEL: 'error', SEED_DEMO_DOCUMENTS: 'false', PASSWORD_HASH_COST: String(TEST_PASSWORD_COST) };
  const open: Array<Platform | TestApp> = [];
  const opened = <T extends Platform | TestApp>(thing: T): T => (open.push(thing), thing);

  afterAll(async () => {
    for (const thing of open.reverse()) await thing.close().catch(() => undefined);
    rmSync(root, { recursive: true, force: true });
  });

  it('restores a consistent copy taken under load, on which the product starts and verifies', async () => {
    const dataDir = join(root, 'data');
    // The embedded default, as the launcher opens it: PostgreSQL in DATA_DIR/postgres, the JWT secret in DATA_DIR.
    const original = opened(await openPlatform(loadConfig({ ...env, DATA_DIR: dataDir }), () => undefined));
    const app = opened(await startTestApp({ databaseUrl: original.databaseUrl }));
    const issued = await documentAt(app, 'issued');
    expect((await step(app, 'quantri', '/api/audit/digests', undefined)).status).toBe(201);

    const office = keepRegistering(app, 2);
    while (office.acknowledged.length < 5 && office.refused.length === 0) await new Promise((r) => setTimeout(r, 20));
    const acknowledgedBefore = [issued, ...office.acknowledged];
    const manifest = await backupProduct({ ...env, DATA_DIR: dataDir }, join(root, 'backup'), () => undefined);
    const acknowledgedDuring = office.acknowledged.length - (acknowledgedBefore.length - 1);
    await office.stop();
    expect(office.refused).toEqual([]);
    expect(acknowledgedDuring).toBeGreaterThan(0);
    expect(manifest).toMatchObject({ source: `embedded PostgreSQL of ${dataDir}`, jwtSecret: true, headPosition: expect.stringMatching(/^\d+$/) });
    expect(manifest.verified.walSegments).toBeGreaterThan(0);
    const originalLog = await wholeLog(original.eventStore, async () => BigInt((await original.dataSource.query('SELECT max(position)::text AS p FROM event_store.events'))[0].p));
    await app.close();
    await original.close();
    // With the product stopped, the backup starts DATA_DIR's PostgreSQL for itself: its head is the last event.
    const offline = await backupProduct({ ...env, DATA_DIR: dataDir }, join(root, 'backup-offline'), () => undefined);
    expect(offline.headPosition).toBe(originalLog.at(-1)!.position.toString());

    const restoredDir = join(root, 'restored');
    await restoreBackup(join(root, 'backup'), restoredDir);
    await expect(restoreBackup(join(root, 'backup'), restoredDir)).rejects.toThrow(/is not empty/);
    expect(readdirSync(restoredDir).sort()).toEqual(['jwt-secret', 'postgres']);

    // Opening it runs the event store's migrate(), which refuses a log whose transaction counter went back.
    const restored = opened(await openPlatform(loadConfig({ ...env, DATA_DIR: restoredDir }), () => undefined));
    expect(restored.jwtSecret).toBe(original.jwtSecret);
    const verification = await verifyLog(restored.eventStore, { heads: restored.dataSource });
    expect(verification).toMatchObject({ ok: true, digests: { ok: true, checked: 1, headsChecked: true } });

    // The restored log is the original's as of some moment at or after the backup's start: a prefix holding the manifest's head.
    const restoredLog = await wholeLog(restored.eventStore);
    const head = BigInt(manifest.headPosition!);
    expect(restoredLog.at(-1)!.position).toBeGreaterThanOrEqual(head);
    expect(restoredLog.map((e) => e.metadata.hash)).toEqual(originalLog.slice(0, restoredLog.length).map((e) => e.metadata.hash));
    for (const id of acknowledgedBefore) expect((await restored.eventStore.readStream(documentStreamName(id))).length, id).toBeGreaterThan(0);

    // The product works on it: reads what was there, and new commands land after the old log.
    const again = opened(await startTestApp({ databaseUrl: restored.databaseUrl }));
    expect((await again.request('GET', `/api/documents/${issued}`, { token: await again.login('vanthu1') })).status).toBe(200);
    const registered = await step(again, 'vanthu1', '/api/documents', registration());
    expect(registered.status).toBe(201);
    const [first] = await restored.eventStore.readStream(documentStreamName(registered.body.id));
    expect(first.position).toBeGreaterThan(restoredLog.at(-1)!.position);
  });

  it('refuses a damaged copy of the backup and leaves the target folder empty', async () => {
    const damaged = join(root, 'damaged');
    cpSync(join(root, 'backup'), damaged, { recursive: true });
    const tar = readFileSync(join(damaged, 'base.tar'));
    // PG_VERSION's content, in the block after its header: "18" becomes "19".
    let header = 0;
    while (header < tar.length && tar.subarray(header, header + 11).toString('latin1') !== 'PG_VERSION\0') header += 512;
    expect(header).toBeLessThan(tar.length);
    tar[header + 513] ^= 1;
    writeFileSync(join(damaged, 'base.tar'), tar);
    await expect(restoreBackup(damaged, join(root, 'from-damaged'))).rejects.toThrow(/PG_VERSION: content differs from the manifest's SHA-256/);
    expect(readdirSync(join(root, 'from-damaged'))).toEqual([]);
  });
});
