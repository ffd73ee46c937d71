import { createHash } from 'node:crypto';
import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { compareStreamIds, HeadsHasher, headsHashOf } from './heads-hash';

describe('stream heads hash', () => {
  it('is SHA-256 over sorted "streamId:revision:hash" lines (golden vector)', () => {
    const heads = new Map([
      ['document-b', { revision: 3n, hash: 'b'.repeat(64) }],
      ['access-x', { revision: 0n, hash: 'a'.repeat(64) }],
      ['document-a', { revision: 10n, hash: 'c'.repeat(64) }],
    ]);
    const lines = `access-x:0:${'a'.repeat(64)}\ndocument-a:10:${'c'.repeat(64)}\ndocument-b:3:${'b'.repeat(64)}\n`;
    expect(headsHashOf(heads)).toEqual({ hash: createHash('sha256').update(lines).digest('hex'), streams: 3 });
    expect(headsHashOf(new Map()).hash).toBe(createHash('sha256').digest('hex'));
  });

  it('orders stream ids by code point, as PostgreSQL COLLATE "C" orders their UTF-8 bytes', () => {
    const ids = ['b', 'a', 'Z', 'a-1', 'a\uffff', 'a\u{1f600}', 'é'];
    const byBytes = [...ids].sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y)));
    expect([...ids].sort(compareStreamIds)).toEqual(byBytes);
  });

  it('refuses heads fed out of order (a hash in the wrong order would never match)', () => {
    const hasher = new HeadsHasher();
    hasher.add({ streamId: 'b', revision: 0n, hash: 'x' });
    expect(() => hasher.add({ streamId: 'a', revision: 0n, hash: 'x' })).toThrow(/stream-id order/);
  });
});
