import { createHash } from 'node:crypto';
import { describe, it } from '@jest/globals';
import { expect } from '../../../test/support/expect';
import { chain, eventHash, GENESIS_HASH } from './hash-chain';

const metadata = { actorId: 'u1', actorRole: 'clerk', correlationId: 'c1', causationId: null, occurredAt: '2026-03-05T01:02:03.000Z', schemaVersion: 1 };
const event = (n: number) => ({ eventId: `00000000-0000-4000-8000-00000000000${n}`, type: 'DocumentReceived', data: { b: 2, a: 'Văn bản', n }, metadata });

describe('hash chain', () => {
  it('hashes prevHash + RFC 8785 canonical JSON, keys sorted, hash itself left out', () => {
    const [first] = chain([event(1)], GENESIS_HASH);
    const canonical =
      '{"data":{"a":"Văn bản","b":2,"n":1},"eventId":"00000000-0000-4000-8000-000000000001",' +
      '"metadata":{"actorId":"u1","actorRole":"clerk","causationId":null,"correlationId":"c1","occurredAt":"2026-03-05T01:02:03.000Z","prevHash":"' +
      GENESIS_HASH + '","schemaVersion":1},"type":"DocumentReceived"}';
    expect(first.metadata.prevHash).toBe(GENESIS_HASH);
    expect(first.metadata.hash).toBe(createHash('sha256').update(GENESIS_HASH + canonical).digest('hex'));
    expect(eventHash(first)).toBe(first.metadata.hash);
  });

  it('links each event to the previous one', () => {
    const events = chain([event(1), event(2), event(3)], GENESIS_HASH);
    expect(events[1].metadata.prevHash).toBe(events[0].metadata.hash);
    expect(events[2].metadata.prevHash).toBe(events[1].metadata.hash);
  });

  it('changes when any byte of the data changes', () => {
    const [original] = chain([event(1)], GENESIS_HASH);
    const altered = { ...original, data: { ...original.data, n: 2 } };
    expect(eventHash(altered)).not.toBe(original.metadata.hash);
  });
});
