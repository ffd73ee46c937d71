import { randomUUID } from 'node:crypto';
import { evolveNumberSeries, initialNumberSeriesState, numberingStreamName, numberStatus, type NumberSeriesEvent, type NumberSeriesKey } from '@office/domain';
import { createPostgresEventStore, type EventStore } from '@office/event-store';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../../../test/support/expect';
import { createTestDatabase } from '../../../../../test/support/database';
import type { CommandContext } from '../../commands/command-context';
import { NumberAllocator } from './number-allocator';

const clerk: CommandContext = { actor: { userId: randomUUID(), roles: ['clerk'], departmentId: null }, actorRole: 'clerk', now: '2026-03-05T02:00:00.000Z', correlationId: 'test' };

describe('NumberAllocator on PostgreSQL', () => {
  let store: EventStore;
  let other: EventStore;
  beforeAll(async () => {
    const url = await createTestDatabase('numbers');
    store = await createPostgresEventStore(url);
    other = await createPostgresEventStore(url);
  });
  afterAll(async () => {
    await store?.close();
    await other?.close();
  });

  const key = (series = randomUUID().slice(0, 8)): NumberSeriesKey => ({ direction: 'incoming', year: 2026, series: series as 'normal' });
  const stateOf = async (k: NumberSeriesKey) => (await store.readStream(numberingStreamName(k))).map((e) => e as unknown as NumberSeriesEvent).reduce(evolveNumberSeries, initialNumberSeriesState);

  it('numbers 200 concurrent requests from two instances 1..200 without gap or duplicate', async () => {
    const k = key();
    const a = new NumberAllocator(store);
    const b = new NumberAllocator(other);
    const numbers = await Promise.all(Array.from({ length: 200 }, (_, i) => (i % 2 ? a : b).reserve(k, randomUUID(), clerk)));
    expect([...numbers].sort((x, y) => x - y)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
  });

  it('gives a document that already holds a reservation the same number again', async () => {
    const k = key();
    const allocator = new NumberAllocator(store);
    const id = randomUUID();
    expect(await allocator.reserve(k, id, clerk)).toBe(1);
    expect(await allocator.reserve(k, id, clerk)).toBe(1);
  });

  it('voids the number when the write fails, and closes it when the write succeeds', async () => {
    const k = key();
    const allocator = new NumberAllocator(store);
    await expect(allocator.afterDecision(k, randomUUID(), clerk, async (take) => Promise.reject(new Error(`disk full, number ${await take()}`)))).rejects.toThrow('disk full');
    expect(await allocator.afterDecision(k, randomUUID(), clerk, async (take) => take())).toBe(2);
    await allocator.drain();
    const state = await stateOf(k);
    expect(numberStatus(state, 1)).toBe('voided');
    expect(numberStatus(state, 2)).toBe('used');
  });

  it('takes a number only once the write asks for it: a refusal before takes none, a decision taken twice stamps one', async () => {
    const k = key();
    const allocator = new NumberAllocator(store);
    await expect(allocator.afterDecision(k, randomUUID(), clerk, async () => Promise.reject(new Error('refused')))).rejects.toThrow('refused');
    expect(await allocator.afterDecision(k, randomUUID(), clerk, async (take) => [await take(), await take()])).toEqual([1, 1]);
    await allocator.drain();
    const events = await store.readStream(numberingStreamName(k));
    expect(events.map((e) => e.type)).toEqual(['NumbersReserved', 'NumberUsed']);
  });

  it('settles reservations a crashed instance left open: used if the document exists, voided if not', async () => {
    const k = key();
    const crashed = new NumberAllocator(store);
    const written = randomUUID();
    await crashed.reserve(k, randomUUID(), clerk);
    await crashed.reserve(k, written, clerk);
    const survivor = new NumberAllocator(other);
    const settled = await survivor.reconcile(k, { ...clerk, now: '2026-03-05T02:10:00.000Z' }, 60_000, async (id) => id === written);
    expect(settled).toEqual({ used: 1, voided: 1 });
    const state = await stateOf(k);
    expect([numberStatus(state, 1), numberStatus(state, 2)]).toEqual(['voided', 'used']);
    expect(await survivor.reserve(k, randomUUID(), clerk)).toBe(3);
  });

  it('leaves young reservations alone: they may be in flight elsewhere', async () => {
    const k = key();
    await new NumberAllocator(store).reserve(k, randomUUID(), clerk);
    const settled = await new NumberAllocator(other).reconcile(k, { ...clerk, now: '2026-03-05T02:00:30.000Z' }, 60_000, async () => false);
    expect(settled).toEqual({ used: 0, voided: 0 });
  });
});
