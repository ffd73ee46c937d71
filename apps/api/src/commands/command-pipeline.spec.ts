import { randomUUID } from 'node:crypto';
import { DomainError } from '@office/domain';
import { createPostgresEventStore, WrongExpectedVersionError, type EventStore } from '@office/event-store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../test/support/database';
import type { CommandContext } from './command-context';
import { CommandPipeline, type Fold } from './command-pipeline';

type Added = { type: 'Added'; data: { amount: number } };
const counter: Fold<number, Added> = { initialState: 0, evolve: (total, event) => total + event.data.amount };
const add = (amount: number) => (total: number): Added[] => {
  if (total + amount > 10) throw new DomainError('RULE_VIOLATION', 'Vượt quá 10', { rule: 'TOO_MUCH' });
  return [{ type: 'Added', data: { amount } }];
};

function context(idempotencyKey?: string): CommandContext {
  return { actor: { userId: randomUUID(), roles: ['clerk'], departmentId: null }, actorRole: 'clerk', now: new Date().toISOString(), correlationId: randomUUID(), idempotencyKey };
}

describe('CommandPipeline: load or remember, fold, decide, append with the exact revision', () => {
  let store: EventStore;
  beforeAll(async () => {
    store = await createPostgresEventStore(await createTestDatabase('pipeline'), { poolSize: 4 });
  });
  afterAll(() => store.close());

  it('appends the decision and answers the new revision and state', async () => {
    const pipeline = new CommandPipeline(store);
    const stream = `counter-${randomUUID()}`;
    const first = await pipeline.handle(stream, counter, context(), add(3));
    const second = await pipeline.handle(stream, counter, context(), add(4));
    expect([first.revision, second.revision, second.state]).toEqual([0n, 1n, 7]);
    expect((await store.readStream(stream)).map((e) => e.metadata.actorRole)).toEqual(['clerk', 'clerk']);
  });

  it('decides again on the stored state when what this process remembers is stale', async () => {
    const mine = new CommandPipeline(store);
    const other = new CommandPipeline(store);
    const stream = `counter-${randomUUID()}`;
    await mine.handle(stream, counter, context(), add(2));
    await other.handle(stream, counter, context(), add(7)); // mine still believes the total is 2
    const refused = mine.handle(stream, counter, context(), add(2));
    await expect(refused).rejects.toMatchObject({ rule: 'TOO_MUCH' }); // 9 + 2 > 10, decided on the fresh state
    const accepted = await mine.handle(stream, counter, context(), add(1));
    expect([accepted.revision, accepted.state]).toEqual([2n, 10]);
  });

  it('replays a request already applied with the same Idempotency-Key, appending nothing', async () => {
    const pipeline = new CommandPipeline(store);
    const stream = `counter-${randomUUID()}`;
    const retried = context('key-1');
    const first = await pipeline.handle(stream, counter, retried, add(5));
    await pipeline.handle(stream, counter, context(), add(1));
    const again = await new CommandPipeline(store).handle(stream, counter, retried, add(5));
    expect(again).toMatchObject({ replayed: true, revision: first.revision, events: [] });
    expect(await store.readStream(stream)).toHaveLength(2);
  });

  it('reports a lost race as a conflict, or re-decides it when the command allows', async () => {
    const stream = `counter-${randomUUID()}`;
    await new CommandPipeline(store).handle(stream, counter, context(), add(1));
    const racing = (retries: number) =>
      Promise.allSettled(Array.from({ length: 4 }, () => new CommandPipeline(store).handle(stream, counter, context(), add(1), { retries })));
    const strict = await racing(0);
    expect(strict.filter((r) => r.status === 'fulfilled').length).toBeGreaterThanOrEqual(1);
    for (const r of strict) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(WrongExpectedVersionError);
    const before = (await store.readStream(stream)).length;
    const lenient = await racing(10);
    expect(lenient.every((r) => r.status === 'fulfilled')).toBe(true);
    expect(await store.readStream(stream)).toHaveLength(before + 4);
  });

  it('refuses before deciding when the caller may not see the stream', async () => {
    const pipeline = new CommandPipeline(store);
    const stream = `counter-${randomUUID()}`;
    const hidden = () => {
      throw new DomainError('NOT_FOUND', 'Không tìm thấy');
    };
    await expect(pipeline.handle(stream, counter, context(), add(1), { visible: hidden })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await store.readStream(stream)).toHaveLength(0);
  });
});
