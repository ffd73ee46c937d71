import { mkdtemp, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { attachmentsProjection } from '@office/read-models';
import { FileBlobStore } from '@office/storage';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../../../test/support/expect';
import { catchUp, openHarness, type ProjectionHarness } from '../../../../projector/src/testing/projection-harness';
import { appendAll } from '../../../../projector/src/testing/scenario';
import { collectGarbage } from './collect-garbage';

const HOUR = 3_600_000;
const CLERK = '00000000-0000-4000-8000-000000000218';

describe('npm run files -- gc (collectGarbage)', () => {
  let h: ProjectionHarness;
  let root: string;
  let store: FileBlobStore;
  const put = async (text: string, ageHours: number) => {
    const { sha256 } = await store.put(Readable.from([Buffer.from(text)]));
    const when = new Date(Date.now() - ageHours * HOUR);
    await utimes(join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256), when, when);
    return sha256;
  };
  const attach = (sha256: string, attachmentId: string) =>
    appendAll(h.store, [{
      stream: 'document-0a000000-0000-4000-8000-0000000000c1', type: 'DocumentFileAttached', actorId: CLERK,
      data: { attachmentId, sha256, name: 'Tệp.pdf', mediaType: 'application/pdf', size: 10, purpose: 'annex', by: CLERK, at: new Date().toISOString() },
    }]);

  beforeAll(async () => {
    h = await openHarness();
    root = await mkdtemp(join(tmpdir(), 'office-ledger-gc-'));
    store = await FileBlobStore.open(root);
  });
  afterAll(async () => {
    await h?.close();
    await rm(root, { recursive: true, force: true });
  });

  it('deletes old unreferenced files only: a referenced file, however old, and a fresh upload stay', async () => {
    const referencedOld = await put('attached two days ago', 48);
    const orphanOld = await put('uploaded two days ago, never attached', 48);
    const freshUpload = await put('uploaded an hour ago, not yet attached', 1);
    await attach(referencedOld, '00000000-0000-4000-8000-0000000000b1');
    await catchUp(h, [attachmentsProjection], 100);

    const dry = await collectGarbage({ store, log: h.store, dataSource: h.dataSource, now: new Date(), dryRun: true });
    expect(dry).toMatchObject({ scanned: 3, referenced: 1, young: 1, deleted: [orphanOld], dryRun: true });
    expect(await store.stat(orphanOld)).not.toBeNull();

    const report = await collectGarbage({ store, log: h.store, dataSource: h.dataSource, now: new Date() });
    expect(report.deleted).toEqual([orphanOld]);
    expect(await store.stat(orphanOld)).toBeNull();
    expect(await store.stat(referencedOld)).not.toBeNull();
    expect(await store.stat(freshUpload)).not.toBeNull();
  });

  it('refuses while the attachments projection is behind the log: a file attached a moment ago is never taken for garbage', async () => {
    const justAttached = await put('attached just now, projector not there yet', 48);
    await attach(justAttached, '00000000-0000-4000-8000-0000000000b2');
    await h.dataSource.query(`UPDATE projection_checkpoints SET position = position - 1 WHERE name = $1`, [attachmentsProjection.name]);
    const stalled = collectGarbage({ store, log: h.store, dataSource: h.dataSource, now: new Date() });
    // The projector catches up while the collection waits: the file is then seen as referenced.
    await catchUp(h, [attachmentsProjection], 100);
    expect((await stalled).deleted).toEqual([]);
    expect(await store.stat(justAttached)).not.toBeNull();
  });
});
