import { describe, it } from '@jest/globals';
import { expect } from '../../../test/support/expect';
import { derivedUuid } from './derived-uuid';

describe('derivedUuid', () => {
  it('gives the same UUID for the same parts, in every process', () => {
    expect(derivedUuid('u-1', 'key-1', 'document-a', '0')).toBe(derivedUuid('u-1', 'key-1', 'document-a', '0'));
    expect(derivedUuid('u-1', 'key-1', 'document-a', '0')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  // apps/api derives event ids as derivedUuid(userId, idempotencyKey, streamId, index) (command-context.ts, eventIdsFor):
  // one request that writes to several streams gets ids of its own in each, so EventStoreDB, which has no global id
  // index (capability globalEventIdUniqueness: false), never meets an id of one stream in another.
  it('gives one request different ids in every stream it writes to', () => {
    const streams = ['document-a', 'document-b', 'numbering-2026', 'access-document-a'];
    const ids = streams.flatMap((stream) => [0, 1, 2].map((i) => derivedUuid('u-1', 'key-1', stream, String(i))));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
