import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { FoldBuffer } from './fold-buffer';

describe('FoldBuffer', () => {
  it('lets go of the least recently touched entries beyond its capacity, never of one touched by the current batch', () => {
    const buffer = new FoldBuffer<string>(2);
    buffer.set('a', 'a1');
    buffer.set('b', 'b1');
    buffer.set('c', 'c1');
    buffer.set('a', 'a2'); // touched again: now the most recent
    expect(buffer.evict(new Set(['b']))).toEqual(['c1']);
    expect(buffer.size).toBe(2);
    expect(buffer.get('a')).toBe('a2');
    expect(buffer.get('c')).toBeUndefined();
  });

  it('keeps more than its capacity when the whole batch is still being folded, and gives everything back at the end', () => {
    const buffer = new FoldBuffer<number>(1);
    for (const [id, n] of [['x', 1], ['y', 2], ['z', 3]] as const) buffer.set(id, n);
    expect(buffer.evict(new Set(['x', 'y', 'z']))).toEqual([]);
    expect(buffer.drain().sort()).toEqual([1, 2, 3]);
    expect(buffer.size).toBe(0);
  });
});
