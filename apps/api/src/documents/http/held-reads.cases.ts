import type { RegisteredDocument } from '@office/domain';
import { describe, it, jest } from '@jest/globals';
import { expect } from '../../../../../test/support/expect';
import type { CommandContext } from '../../commands/command-context';
import type { AccessRecorder, ReadRecord } from '../access-recorder';
import type { DocumentRepository, LoadedDocument } from '../document-repository';
import { RecordedReads } from '../recorded-reads';

const auditor = { actor: { userId: 'u-kiemtoan1', roles: ['auditor'], departmentId: null }, actorRole: 'auditor', now: '2026-03-05T03:00:00.000Z' } as unknown as CommandContext;
const document = { documentId: 'd-1', confidentiality: 'normal', status: 'distributed' } as unknown as RegisteredDocument;
const loaded: LoadedDocument = { id: 'd-1', state: document as never, revision: 3n, events: [] };

const record = { streamId: 'access-d-1', events: [], expected: 'any' } as unknown as ReadRecord;

/** The documents as this process knows them (`known`), and a recorder whose commit succeeds or fails. */
function reads(commit: () => Promise<void>, known: RegisteredDocument | undefined = document) {
  const documents = { known: () => known, loadVisible: jest.fn(async () => loaded) } as unknown as DocumentRepository;
  const access = { record: jest.fn(commit), recordOf: () => record } as unknown as AccessRecorder;
  return { reads: new RecordedReads(documents, access), documents, access };
}

describe('RecordedReads: an auditor\'s read is answered only once it is on record', () => {
  it('answers from the held stream, which appends the record in the round trip of its read', async () => {
    const { reads: recorded, documents, access } = reads(async () => undefined);
    const held = jest.fn<(id: string, record: ReadRecord | undefined) => Promise<LoadedDocument>>(async () => loaded);
    expect(await recorded.load('d-1', 'history', auditor, held)).toBe(loaded);
    expect(held.mock.calls).toEqual([['d-1', record]]);
    expect(access.record).not.toHaveBeenCalled();
    expect(documents.loadVisible).not.toHaveBeenCalled();
  });

  it.each([
    ['held stream, its append refused', document, true],
    ['stream read and judged', document, false],
    ['document this process has not read yet', undefined, false],
  ] as const)('serves nothing when the record fails (%s)', async (_case, known, withHeld) => {
    const unavailable = async () => Promise.reject(new Error('PostgreSQL unavailable'));
    const { reads: recorded } = reads(unavailable, known);
    await expect(recorded.load('d-1', 'history', auditor, withHeld ? unavailable : undefined)).rejects.toThrow('PostgreSQL unavailable');
  });
});
