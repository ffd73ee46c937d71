import { decideDocument, documentStreamName, evolveDocument, initialDocumentState, type DocumentEvent, type DocumentState } from '@office/domain';
import { cmd, DEMO_CONTEXT, DOCUMENT_ID } from '@office/domain/testing/document-fixtures';
import { chain, GENESIS_HASH, type EventStore, type NewEvent, type ReadStreamOptions, type RecordedEvent, type StreamRead } from '@office/event-store';
import { describe, it } from '@jest/globals';
import { expect } from '../../../../../test/support/expect';
import type { ReadRecord } from '../access-recorder';
import { VerifiedDocuments } from './verified-documents';

const STREAM = documentStreamName(DOCUMENT_ID);

/** A store holding one document's stream, chained as the real one is, that counts what each read returns. */
class OneStream {
  readonly events: RecordedEvent[] = [];
  readonly reads: Array<{ fromRevision: bigint; returned: number }> = [];
  readonly appended: Array<{ streamId: string; events: NewEvent[] }> = [];
  /** Whether appends fail (the store unreachable). */
  refuse = false;
  private state: DocumentState = initialDocumentState;

  decide(...commands: Parameters<typeof decideDocument>[0][]): void {
    for (const command of commands) {
      const decided = decideDocument(command, this.state, DEMO_CONTEXT);
      this.state = decided.reduce(evolveDocument, this.state);
      const fresh = decided.map((e, i) => ({ eventId: `00000000-0000-4000-8000-${String(this.events.length + i).padStart(12, '0')}`, type: e.type, data: e.data as never, metadata: { actorId: 'a', actorRole: 'clerk', correlationId: 'c', causationId: null, occurredAt: command.now, schemaVersion: 1 } }));
      for (const event of chain(fresh, this.events.at(-1)?.metadata.hash ?? GENESIS_HASH)) {
        const revision = BigInt(this.events.length);
        this.events.push({ ...event, streamId: STREAM, revision, position: 1000n + revision, recordedAt: command.now });
      }
    }
  }

  store(): EventStore {
    const readStream = async (_stream: string, { fromRevision = 0n }: ReadStreamOptions = {}) => {
      const found = this.events.filter((e) => e.revision >= fromRevision);
      this.reads.push({ fromRevision, returned: found.length });
      return found;
    };
    return {
      readStream,
      appendAndRead: async (streamId: string, events: NewEvent[], _expected: unknown, read: StreamRead) => {
        if (this.refuse) throw new Error('PostgreSQL unavailable');
        this.appended.push({ streamId, events });
        return { appended: { nextExpectedRevision: 0n, position: 1n }, read: await readStream(read.streamId, read) };
      },
    } as unknown as EventStore;
  }
}

const fold = (events: readonly RecordedEvent[]) => events.reduce((s, e) => evolveDocument(s, e as unknown as DocumentEvent), initialDocumentState);

describe('VerifiedDocuments: the history routes\' streams, held and brought up to date by position', () => {
  it('reads a held stream only after the revision it holds, and answers what the store holds now', async () => {
    const log = new OneStream();
    log.decide(cmd.receive(), cmd.distribute(), cmd.assign());
    const documents = new VerifiedDocuments(log.store());
    const first = await documents.load(DOCUMENT_ID);
    expect(first).toEqual({ id: DOCUMENT_ID, state: fold(log.events), revision: BigInt(log.events.length - 1), events: log.events });

    expect((await documents.load(DOCUMENT_ID)).events).toEqual(log.events);
    log.decide(cmd.appraise(), cmd.submit());
    const later = await documents.load(DOCUMENT_ID);
    expect(later).toEqual({ id: DOCUMENT_ID, state: fold(log.events), revision: BigInt(log.events.length - 1), events: log.events });
    // The whole stream once, then only what lay past the held revision: nothing, then the two new events.
    expect(log.reads).toEqual([
      { fromRevision: 0n, returned: 3 },
      { fromRevision: 3n, returned: 0 },
      { fromRevision: 3n, returned: log.events.length - 3 },
    ]);
  });

  it('never holds an event that breaks its chain: the answer is still the store\'s, read past the last sound event each time', async () => {
    const log = new OneStream();
    log.decide(cmd.receive(), cmd.distribute());
    const documents = new VerifiedDocuments(log.store());
    await documents.load(DOCUMENT_ID);
    log.decide(cmd.assign());
    const tampered = log.events.length - 1;
    log.events[tampered] = { ...log.events[tampered], data: { ...log.events[tampered].data, note: 'sửa' } };

    for (let i = 0; i < 2; i++) expect((await documents.load(DOCUMENT_ID)).events).toEqual(log.events);
    expect(log.reads.map((r) => r.fromRevision)).toEqual([0n, 2n, 2n]);
  });

  it('appends a read\'s record in the round trip that reads the stream, and answers nothing when that append fails', async () => {
    const log = new OneStream();
    log.decide(cmd.receive(), cmd.distribute());
    const documents = new VerifiedDocuments(log.store());
    const record: ReadRecord = { streamId: 'access-x', events: [], expected: 'any' };
    expect((await documents.load(DOCUMENT_ID, record)).events).toEqual(log.events);
    expect((await documents.load(DOCUMENT_ID, record)).events).toEqual(log.events);
    expect(log.appended).toEqual([{ streamId: 'access-x', events: [] }, { streamId: 'access-x', events: [] }]);
    expect(log.reads.map((r) => r.fromRevision)).toEqual([0n, 2n]);

    log.refuse = true;
    await expect(documents.load(DOCUMENT_ID, record)).rejects.toThrow('PostgreSQL unavailable');
    log.refuse = false;
    expect((await documents.load(DOCUMENT_ID)).events).toEqual(log.events);
  });

  it('answers a stream that does not exist as empty, holding nothing', async () => {
    const log = new OneStream();
    const documents = new VerifiedDocuments(log.store());
    expect(await documents.load(DOCUMENT_ID)).toEqual({ id: DOCUMENT_ID, state: initialDocumentState, revision: null, events: [] });
    await documents.load(DOCUMENT_ID);
    expect(log.reads.map((r) => r.fromRevision)).toEqual([0n, 0n]);
  });
});
