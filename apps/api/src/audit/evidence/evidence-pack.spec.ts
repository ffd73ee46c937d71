import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { unzip } from '@office/audit/testing/unzip';
import { localDateOf } from '@office/domain';
import { OrganisationDirectory } from '@office/read-models';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { lastWritten } from '../../../../../test/support/database';
import { expect } from '../../../../../test/support/expect';
import { documentAt, registration, step, userId } from '../../../../../test/support/document-steps';
import { startTestApp, type TestApp } from '../../../../../test/support/test-app';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { ComplianceQueries } from '../../read-models/iso/compliance-queries';
import { RegisterQueries } from '../../read-models/registers/register-queries';
import { EvidencePacks, type EvidenceDeps } from './evidence-pack';

/**
 * The pack whose events and registers a worker thread writes beside the compliance table and the
 * quality figures is, file for file and byte for byte, the pack whose events and registers this
 * thread writes; and a part failing meanwhile stops the worker and leaves no folder behind.
 */
describe('the evidence pack with its events and registers written beside the other parts', () => {
  let app: TestApp;
  let deps: EvidenceDeps;
  // The app's clock, fixed: the documents are written on the day the packs are asked for, midnight or not.
  const now = new Date('2026-11-20T09:00:00+07:00');
  const today = localDateOf(now);
  const secretary: AuthenticatedUser = { id: userId('thuky.iso'), username: 'thuky.iso', roles: ['iso_secretary'], departmentId: null };
  const bytes = async (zip: Readable) => {
    const chunks: Buffer[] = [];
    for await (const chunk of zip) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  };

  beforeAll(async () => {
    app = await startTestApp({ clock: () => now });
    await documentAt(app, 'issued');
    await documentAt(app, 'received', { excerpt: 'Về việc đề nghị hỗ trợ kinh phí sửa chữa trường học' });
    await step(app, 'vanthu1', '/api/documents', registration({ confidentiality: 'confidential', excerpt: 'Về việc bảo vệ bí mật nhà nước năm 2026' }));
    const listed = async () => Number((await app.platform.dataSource.query('SELECT count(*) AS n FROM rm_document_summaries'))[0].n);
    for (let tries = 0; tries < 300 && (await listed()) < 3; tries++) await new Promise((resolve) => setTimeout(resolve, 100));
    const { eventStore: store, dataSource } = app.platform;
    const get = <T>(type: abstract new (...args: never[]) => T) => app.api.get(type, { strict: false });
    deps = { store, dataSource, directory: get(OrganisationDirectory), registers: get(RegisterQueries), compliance: get(ComplianceQueries), clock: () => now };
  });
  afterAll(async () => app?.close());

  it('has the same manifest and the same zip whether a worker thread writes the events and registers or this thread does', async () => {
    // Every read waits for the projections to reach the last event written: both packs read the same read models.
    const minPosition = (await lastWritten(deps.dataSource)).toString();
    const pack = (workerFromDocuments: number) => new EvidencePacks({ ...deps, workerFromDocuments }).prepare({ from: today, to: today, minPosition }, secretary);
    const [beside, here] = [await pack(0), await pack(Number.POSITIVE_INFINITY)];
    try {
      expect(beside.manifest.counts).toMatchObject({ documents: 3, withheld: 1 });
      expect(beside.manifest).toEqual(here.manifest);
      const [zipBeside, zipHere] = [await bytes(beside.zip()), await bytes(here.zip())];
      expect(unzip(zipBeside).map((e) => e.name)).toEqual(['manifest.json', ...here.manifest.files.map((f) => f.name)]);
      expect(zipBeside.equals(zipHere)).toBe(true);
    } finally {
      await Promise.all([beside.dispose(), here.dispose()]);
    }
  });

  it('stops the worker and removes the pack\'s folder when another part fails meanwhile', async () => {
    const compliance = Object.create(deps.compliance) as ComplianceQueries;
    compliance.compliance = async () => {
      await new Promise((resolve) => setTimeout(resolve, 200));
      throw new Error('the compliance table is unreadable');
    };
    const folder = await mkdtemp(join(tmpdir(), 'evidence-pack-'));
    const previous = process.env.TMPDIR;
    process.env.TMPDIR = folder;
    try {
      await expect(new EvidencePacks({ ...deps, compliance, workerFromDocuments: 0 }).prepare({ from: today, to: today }, secretary)).rejects.toThrow('the compliance table is unreadable');
      expect(await readdir(folder)).toEqual([]);
    } finally {
      process.env.TMPDIR = previous;
      await rm(folder, { recursive: true, force: true });
    }
  });
});
