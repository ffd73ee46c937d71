import { randomUUID } from 'node:crypto';
import { DomainError } from '@office/domain';
import { createPostgresEventStore, type EventStore } from '@office/event-store';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { createTestDatabase } from '../../../../test/support/database';
import type { CommandContext } from './command-context';
import { CommandPipeline, type Fold } from './command-pipeline';

type Added = { type: 'Added'; data: { amount: number } };
const counter: Fold<number, Added> = { initialState: 0, evolve: (total, event) => total + event.data.amount };
const add = (amount: number) => (total: number): Added[] => {
  if (total + amount > 10) throw new DomainError('RULE_VIOLATION', 'Vượt quá 10', { rule: 'TOO_MUCH' });
  return [{ type: 'Added', data: { amount } }];
};
const CREATE = { command: 'add', creates: true };

function context(idempotencyKey?: string): CommandContext {
  return { actor: { userId: randomUUID(), roles: ['clerk'], departmentId: null }, actorRole: 'clerk', now: new Date().toISOString(), correlationId: randomUUID(), idempotencyKey };
}

/** The store, counting stream reads: what `creates` saves is one read per new stream. */
function counting(store: EventStore): { store: EventStore; reads: () => number } {
  let reads = 0;
  const counted = new Proxy(store, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (property === 'readStream') return (...args: Parameters<EventStore['readStream']>) => (reads++, target.readStream(...args));
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { store: counted, reads: () => reads };
}

describe('CommandPipeline with `creates`: a new stream is decided without reading it', () => {
  let store: EventStore;
  beforeAll(async () => {
    store = await createPostgresEventStore(await createTestDatabase('pipeline_creates'), { poolSize: 4 });
  });
  afterAll(() => store?.close());

  it('appends a new stream with no read', async () => {
    const { store: counted, reads } = counting(store);
    const stream = `counter-${randomUUID()}`;
    const first = await new CommandPipeline(counted).handle(stream, counter, context(), add(3), CREATE);
    expect([first.revision, first.state, reads()]).toEqual([0n, 3, 0]);
    expect((await store.readStream(stream)).map((e) => e.data)).toEqual([{ amount: 3 }]);
  });

  it('decides again on the stored state when the stream exists after all (never on the assumed empty one)', async () => {
    const stream = `counter-${randomUUID()}`;
    await new CommandPipeline(store).handle(stream, counter, context(), add(9), { command: 'add' });
    const { store: counted, reads } = counting(store);
    // 0 + 2 would be accepted; 9 + 2 is refused: the refusal proves the decision was taken on what is stored.
    await expect(new CommandPipeline(counted).handle(stream, counter, context(), add(2), CREATE)).rejects.toMatchObject({ rule: 'TOO_MUCH' });
    const accepted = await new CommandPipeline(counted).handle(stream, counter, context(), add(1), CREATE);
    expect([accepted.revision, accepted.state]).toEqual([1n, 10]);
    expect(reads()).toBe(2);
  });

  it('reads first under an Idempotency-Key, so a retry is answered as the replay it is', async () => {
    const { store: counted, reads } = counting(store);
    const stream = `counter-${randomUUID()}`;
    const retried = context('key-creates');
    const first = await new CommandPipeline(counted).handle(stream, counter, retried, add(4), CREATE);
    const again = await new CommandPipeline(counted).handle(stream, counter, retried, add(4), CREATE);
    expect([first.replayed, again.replayed, again.revision, again.state]).toEqual([false, true, 0n, 4]);
    expect(reads()).toBe(2);
    expect(await store.readStream(stream)).toHaveLength(1);
  });
});
