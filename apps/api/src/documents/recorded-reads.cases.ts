import { notFound, type Actor, type DocumentView, type RegisteredDocument } from '@office/domain';
import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import type { CommandContext } from '../commands/command-context';
import type { AccessRecorder } from './access-recorder';
import type { DocumentRepository, LoadedDocument } from './document-repository';
import { RecordedReads } from './recorded-reads';

const auditor: Actor = { userId: 'kt', roles: ['auditor'], departmentId: null };
const clerk: Actor = { userId: 'vt', roles: ['clerk'], departmentId: 'hctc' };
const context = (actor: Actor) => ({ actor, actorRole: actor.roles[0], now: '2026-03-05T03:00:00.000Z' }) as unknown as CommandContext;
const document = (confidentiality: string) => ({ documentId: 'd1', status: 'received', confidentiality }) as unknown as RegisteredDocument;

/**
 * Records what happens in order. A load waits until a record starts or the event loop turns once:
 * a record made alongside the load shows before the load ends, one made after it shows after.
 */
function harness(known: RegisteredDocument | undefined, stored: RegisteredDocument | null) {
  const steps: string[] = [];
  let release!: () => void;
  const loadGate = new Promise<void>((resolve) => (release = resolve));
  const documents = {
    known: () => known,
    loadVisible: async (id: string): Promise<LoadedDocument> => {
      steps.push('load started');
      await loadGate;
      steps.push('load ended');
      if (!stored) throw notFound(`Không tìm thấy văn bản ${id}`, 'id');
      return { id, state: stored, revision: 0n, events: [] };
    },
  } as unknown as DocumentRepository;
  const access = {
    record: async (d: RegisteredDocument, view: DocumentView) => {
      steps.push(`recorded ${view} of ${d.confidentiality}`);
      release();
    },
  } as unknown as AccessRecorder;
  setImmediate(() => release());
  return { reads: new RecordedReads(documents, access), steps };
}

describe('recorded reads of a document', () => {
  it('records while it loads when the facts the record needs are known and settle the reader\'s right to see it', async () => {
    const { reads, steps } = harness(document('secret'), document('secret'));
    await reads.load('d1', 'history', context(auditor));
    expect(steps).toEqual(['load started', 'recorded history of secret', 'load ended']);
  });

  it('loads first, and records only what the reader may see, when the process does not know the document', async () => {
    const { reads, steps } = harness(undefined, document('normal'));
    await reads.load('d1', 'state', context(auditor));
    expect(steps).toEqual(['load started', 'load ended', 'recorded state of normal']);
  });

  it('loads first for a confidential document read by someone whose right to see it may have changed, and records nothing it refused', async () => {
    const { reads, steps } = harness(document('confidential'), null);
    await expect(reads.load('d1', 'history', context(clerk))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(steps).toEqual(['load started', 'load ended']);
  });
});
