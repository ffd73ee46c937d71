import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { describeDocumentExchangeConformance } from '../testing/document-exchange.conformance';
import { FolderExchange } from './folder-exchange';

const A = { organId: '000.00.31.H01', organName: 'Văn phòng UBND tỉnh An Thành' };
const B = { organId: '000.00.32.H01', organName: 'Sở Kế hoạch và Đầu tư' };

describeDocumentExchangeConformance('folders', async () => {
  const root = await mkdtemp(join(tmpdir(), 'exchange-'));
  return { sender: await FolderExchange.open(root, A), receiver: await FolderExchange.open(root, B), teardown: () => rm(root, { recursive: true, force: true }) };
});

describe('folder exchange', () => {
  it('writes through tmp/ and leaves nothing there; a handled message is kept under processed/ or rejected/', async () => {
    const root = await mkdtemp(join(tmpdir(), 'exchange-'));
    try {
      const a = await FolderExchange.open(root, A);
      const b = await FolderExchange.open(root, B);
      const [kept, refused] = [randomUUID(), randomUUID()];
      await a.sendPackage(B.organId, kept, '<x/>');
      await a.sendPackage(B.organId, refused, '<y/>');
      expect(await readdir(join(root, B.organId, 'tmp'))).toEqual([]);
      await b.settle('package', kept, 'processed');
      await b.settle('package', refused, 'rejected');
      expect(await readdir(join(root, B.organId, 'processed', 'packages'))).toEqual([`${kept}.edxml`]);
      expect(await readdir(join(root, B.organId, 'rejected', 'packages'))).toEqual([`${refused}.edxml`]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('a send into an inbox that cannot be written fails and leaves no temporary file; once writable, the same send goes through', async () => {
    const root = await mkdtemp(join(tmpdir(), 'exchange-'));
    try {
      const a = await FolderExchange.open(root, A);
      const b = await FolderExchange.open(root, B);
      const inbox = join(root, B.organId, 'inbox', 'packages');
      // Unwritable even for root: the inbox folder is replaced by a plain file.
      await rename(inbox, `${inbox}.away`);
      await writeFile(inbox, '');
      const id = randomUUID();
      await expect(a.sendPackage(B.organId, id, '<x/>')).rejects.toThrow(/ENOTDIR/);
      expect(await readdir(join(root, B.organId, 'tmp'))).toEqual([]);
      await rm(inbox);
      await rename(`${inbox}.away`, inbox);
      await a.sendPackage(B.organId, id, '<x/>');
      expect(await b.receivePackages()).toEqual([{ id, xml: '<x/>' }]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('refuses ids that are not plain file names', async () => {
    const root = await mkdtemp(join(tmpdir(), 'exchange-'));
    try {
      const a = await FolderExchange.open(root, A);
      await FolderExchange.open(root, B);
      await expect(a.sendPackage(B.organId, '../../etc/passwd', '<x/>')).rejects.toThrow(/safe file name/);
      await expect(a.sendPackage('../B', randomUUID(), '<x/>')).rejects.toThrow(/safe file name/);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
