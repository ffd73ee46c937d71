import type { RegisteredDocument } from '@office/domain';
import { describe, it, jest } from '@jest/globals';
import { expect } from '../../../../../test/support/expect';
import type { CommandContext } from '../../commands/command-context';
import type { AccessRecorder } from '../access-recorder';
import type { DocumentRepository, LoadedDocument } from '../document-repository';
import { RecordedReads } from '../recorded-reads';

const auditor = { actor: { userId: 'u-kiemtoan1', roles: ['auditor'], departmentId: null }, actorRole: 'auditor', now: '2026-03-05T03:00:00.000Z' } as unknown as CommandContext;
const document = { documentId: 'd-1', confidentiality: 'normal', status: 'distributed' } as unknown as RegisteredDocument;
const loaded: LoadedDocument = { id: 'd-1', state: document as never, revision: 3n, events: [] };

/** The documents as this process knows them (`known`), and a recorder whose commit succeeds or fails. */
function reads(record: () => Promise<void>, known: RegisteredDocument | undefined = document) {
  const documents = { known: () => known, loadVisible: jest.fn(async () => loaded) } as unknown as DocumentRepository;
  return { reads: new RecordedReads(documents, { record: jest.fn(record) } as unknown as AccessRecorder), documents };
}

describe('RecordedReads: an auditor\'s read is answered only once it is on record', () => {
  it('answers from the held stream, the record committed alongside', async () => {
    const { reads: recorded, documents } = reads(async () => undefined);
    const held = jest.fn(async (_id: string) => loaded);
    expect(await recorded.load('d-1', 'history', auditor, held)).toBe(loaded);
    expect(held).toHaveBeenCalledWith('d-1');
    expect(documents.loadVisible).not.toHaveBeenCalled();
  });

  it.each([
    ['held stream', document, true],
    ['stream read and judged', document, false],
    ['document this process has not read yet', undefined, false],
  ] as const)('serves nothing when the record fails (%s)', async (_case, known, withHeld) => {
    const { reads: recorded } = reads(async () => Promise.reject(new Error('PostgreSQL unavailable')), known);
    await expect(recorded.load('d-1', 'history', auditor, withHeld ? async () => loaded : undefined)).rejects.toThrow('PostgreSQL unavailable');
  });
});
