import { randomUUID } from 'node:crypto';
import { DomainError } from '@office/domain';
import { createPostgresEventStore, derivedUuid, WrongExpectedVersionError, type EventStore } from '@office/event-store';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { createTestDatabase } from '../../../../test/support/database';
import { envelope, type CommandContext } from './command-context';
import { CommandPipeline, type Fold } from './command-pipeline';

type Added = { type: 'Added'; data: { amount: number } };
const counter: Fold<number, Added> = { initialState: 0, evolve: (total, event) => total + event.data.amount };
const add = (amount: number) => (total: number): Added[] => {
  if (total + amount > 10) throw new DomainError('RULE_VIOLATION', 'Vượt quá 10', { rule: 'TOO_MUCH' });
  return [{ type: 'Added', data: { amount } }];
};

const ADD = { command: 'add' };

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
    const first = await pipeline.handle(stream, counter, context(), add(3), ADD);
    const second = await pipeline.handle(stream, counter, context(), add(4), ADD);
    expect([first.revision, second.revision, second.state]).toEqual([0n, 1n, 7]);
    expect((await store.readStream(stream)).map((e) => e.metadata.actorRole)).toEqual(['clerk', 'clerk']);
  });

  it('decides again on the stored state when what this process remembers is stale', async () => {
    const mine = new CommandPipeline(store);
    const other = new CommandPipeline(store);
    const stream = `counter-${randomUUID()}`;
    await mine.handle(stream, counter, context(), add(2), ADD);
    await other.handle(stream, counter, context(), add(7), ADD); // mine still believes the total is 2
    const refused = mine.handle(stream, counter, context(), add(2), ADD);
    await expect(refused).rejects.toMatchObject({ rule: 'TOO_MUCH' }); // 9 + 2 > 10, decided on the fresh state
    const accepted = await mine.handle(stream, counter, context(), add(1), ADD);
    expect([accepted.revision, accepted.state]).toEqual([2n, 10]);
  });

  it('replays a request already applied with the same Idempotency-Key, appending nothing', async () => {
    const pipeline = new CommandPipeline(store);
    const stream = `counter-${randomUUID()}`;
    const retried = context('key-1');
    const first = await pipeline.handle(stream, counter, retried, add(5), ADD);
    await pipeline.handle(stream, counter, context(), add(1), ADD);
    const again = await new CommandPipeline(store).handle(stream, counter, retried, add(5), ADD);
    expect(again).toMatchObject({ replayed: true, revision: first.revision, events: [] });
    expect(await store.readStream(stream)).toHaveLength(2);
  });

  it('refuses a key reused for another command on the same stream (422 IDEMPOTENCY_KEY_REUSED), writing nothing', async () => {
    const pipeline = new CommandPipeline(store);
    const stream = `counter-${randomUUID()}`;
    const request = context('key-2');
    await pipeline.handle(stream, counter, request, add(2), ADD);
    const other = pipeline.handle(stream, counter, { ...request, correlationId: randomUUID() }, add(2), { command: 'add-again' });
    await expect(other).rejects.toMatchObject({ code: 'RULE_VIOLATION', rule: 'IDEMPOTENCY_KEY_REUSED', field: 'Idempotency-Key' });
    expect(await store.readStream(stream)).toHaveLength(1);
  });

  it('lets the commands one request runs on one stream share its key when named in `after`, and replays each', async () => {
    const stream = `counter-${randomUUID()}`;
    const request = context('key-3');
    const both = (pipeline: CommandPipeline) =>
      pipeline.handle(stream, counter, request, add(1), { command: 'claim' }).then(() => pipeline.handle(stream, counter, request, add(2), { command: 'record', after: ['claim'] }));
    const first = await both(new CommandPipeline(store));
    const retried = await both(new CommandPipeline(store));
    expect([first.replayed, retried.replayed, retried.revision, retried.state]).toEqual([false, true, 1n, 3]);
    expect(await store.readStream(stream)).toHaveLength(2);
  });

  it('replays what was stored before ids named their command (seeds re-run at start), never writing it twice', async () => {
    const stream = `counter-${randomUUID()}`;
    const request = context('seed-1');
    const legacyId = derivedUuid(request.actor.userId, 'seed-1', stream, '0');
    await store.append(stream, envelope([{ type: 'Added', data: { amount: 4 } }], [legacyId], request), 'no_stream');
    const again = await new CommandPipeline(store).handle(stream, counter, request, add(4), ADD);
    expect(again).toMatchObject({ replayed: true, revision: 0n, state: 4 });
    expect(await store.readStream(stream)).toHaveLength(1);
  });

  it('awaits a decision that takes something once it stands (a number); a refusal takes nothing', async () => {
    const pipeline = new CommandPipeline(store);
    const stream = `counter-${randomUUID()}`;
    let taken = 0;
    const numbered = (amount: number) => async (total: number) => {
      const decided = add(amount)(total);
      taken++;
      return decided;
    };
    await pipeline.handle(stream, counter, context(), numbered(6), ADD);
    await expect(pipeline.handle(stream, counter, context(), numbered(6), ADD)).rejects.toMatchObject({ rule: 'TOO_MUCH' });
    expect([taken, (await store.readStream(stream)).length]).toEqual([1, 1]);
  });

  it('reports a lost race as a conflict, or re-decides it when the command allows', async () => {
    const stream = `counter-${randomUUID()}`;
    await new CommandPipeline(store).handle(stream, counter, context(), add(1), ADD);
    const racing = (retries: number) =>
      Promise.allSettled(Array.from({ length: 4 }, () => new CommandPipeline(store).handle(stream, counter, context(), add(1), { ...ADD, retries })));
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
    await expect(pipeline.handle(stream, counter, context(), add(1), { ...ADD, visible: hidden })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await store.readStream(stream)).toHaveLength(0);
  });
});
