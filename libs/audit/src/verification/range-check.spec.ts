import { chain, eventHash, verifyChains, type EventStore, type NewEvent, type RecordedEvent } from '@office/event-store';
import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { joinRanges, RangeCheck, type StoredEvent } from './range-check';

const streams = ['document-a', 'document-b', 'document-c'];

/** 24 events of three interleaved, correctly chained streams, at positions 100, 110, … */
function honestLog(): RecordedEvent[] {
  const perStream = new Map(streams.map((id) => [id, { prevHash: '0'.repeat(64), revision: -1n }]));
  return Array.from({ length: 24 }, (_, i) => {
    const streamId = streams[(i * 7) % 3 === 0 ? 0 : i % 3];
    const link = perStream.get(streamId)!;
    const fresh: NewEvent = {
      eventId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      type: 'DocumentNoted',
      data: { n: i, text: `Công văn số ${i}` },
      metadata: { actorId: 'a', actorRole: 'clerk', correlationId: 'c', causationId: null, occurredAt: '2026-03-05T02:00:00.000Z', schemaVersion: 1 },
    };
    const [chained] = chain([fresh], link.prevHash);
    link.prevHash = chained.metadata.hash;
    link.revision++;
    return { ...chained, streamId, revision: link.revision, position: BigInt(100 + 10 * i), recordedAt: '2026-03-05T02:00:00.000Z' };
  });
}

/** The single pass the ranges must agree with. */
function onePass(events: readonly RecordedEvent[]) {
  const store = {
    readAll: async ({ after = -1n, maxCount = 1000 }) => events.filter((e) => e.position > after).slice(0, maxCount),
  } as unknown as EventStore;
  return verifyChains(store, { pageSize: 4 });
}

/** The same log cut at `cuts` (indexes where a new range begins), each range read in pages of 3. */
function inRanges(events: readonly RecordedEvent[], cuts: readonly number[], upTo: bigint | null = null) {
  const bounds = [0, ...cuts, events.length];
  const summaries = bounds.slice(1).map((end, k) => {
    const check = new RangeCheck(upTo);
    const range: StoredEvent[] = events.slice(bounds[k], end);
    for (let i = 0; i < range.length && check.add(range.slice(i, i + 3)); i += 3);
    return check.summary();
  });
  return joinRanges(summaries);
}

type Tamper = (events: RecordedEvent[], i: number) => void;
const TAMPERS: Record<string, Tamper> = {
  'data altered': (events, i) => void (events[i] = { ...events[i], data: { ...events[i].data, text: 'sửa' } }),
  'event removed': (events, i) => void events.splice(i, 1),
  'prevHash rewritten and re-hashed': (events, i) => {
    const { hash: _hash, ...metadata } = { ...events[i].metadata, prevHash: 'f'.repeat(64) };
    events[i] = { ...events[i], metadata: { ...metadata, hash: eventHash({ ...events[i], metadata }) } };
  },
  'hash removed': (events, i) => void (events[i] = { ...events[i], metadata: { ...events[i].metadata, hash: undefined as never } }),
  'metadata emptied': (events, i) => void (events[i] = { ...events[i], metadata: null as never }),
};

describe('verification in ranges joined at the seams', () => {
  const cutsOf = [[], [1], [12], [5, 6, 7], [3, 9, 15, 21], Array.from({ length: 23 }, (_, i) => i + 1)];

  it('finds an honest log whole, whatever the cuts, with the counts of one pass', async () => {
    const events = honestLog();
    for (const cuts of cutsOf) expect(inRanges(events, cuts).chains).toEqual(await onePass(events));
  });

  it.each(Object.keys(TAMPERS))('names the event one pass names (%s), in the middle of a range and at every seam', async (name) => {
    for (let i = 0; i < 24; i++) {
      const events = honestLog();
      TAMPERS[name](events, i);
      const expected = await onePass(events);
      // Only removing a stream's last event leaves its chain whole (the digests catch that).
      if (name !== 'event removed') expect(expected.ok).toBe(false);
      // The tampered event opens a range (a seam), closes one, or sits inside one.
      for (const cuts of [...cutsOf, [i], [i + 1], [Math.max(1, i - 1), i + 2]]) {
        expect(inRanges(events, cuts.filter((c) => c > 0 && c < events.length)).chains, `cuts ${cuts}`).toEqual(expected);
      }
    }
  });

  it('collects each stream head at the digest position and the events up to there', () => {
    const events = honestLog();
    const upTo = events[14].position;
    const joined = inRanges(events, [4, 13, 15], upTo);
    const before = events.slice(0, 15);
    expect(joined.eventsUpTo).toBe(15);
    for (const id of streams) {
      const last = before.filter((e) => e.streamId === id).at(-1)!;
      expect(joined.heads.get(id)).toEqual({ revision: last.revision, hash: last.metadata.hash });
    }
  });
});
