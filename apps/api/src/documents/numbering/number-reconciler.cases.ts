import { randomUUID } from 'node:crypto';
import { dossierStreamName, evolveNumberSeries, initialNumberSeriesState, numberingStreamName, numberStatus, type NumberSeriesEvent, type NumberSeriesKey } from '@office/domain';
import { createPostgresEventStore, type EventStore } from '@office/event-store';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../../../test/support/expect';
import { createTestDatabase } from '../../../../../test/support/database';
import type { CommandContext } from '../../commands/command-context';
import { NumberAllocator } from './number-allocator';
import { NumberReconciler } from './number-reconciler';

const clerk: CommandContext = { actor: { userId: randomUUID(), roles: ['clerk'], departmentId: null }, actorRole: 'clerk', now: '2026-03-05T02:00:00.000Z', correlationId: 'test' };
const outgoing: NumberSeriesKey = { direction: 'outgoing', year: 2026, series: 'normal' };
const metadata = { actorId: clerk.actor.userId, actorRole: 'clerk', correlationId: 'test', causationId: null, occurredAt: clerk.now, schemaVersion: 1 };

describe('NumberReconciler: outgoing numbers left open by a crash', () => {
  let store: EventStore;
  beforeAll(async () => {
    store = await createPostgresEventStore(await createTestDatabase('reconciler'));
  });
  afterAll(() => store?.close());

  it('closes a number the record was issued with, and voids one whose record exists but was never issued with it', async () => {
    const crashed = new NumberAllocator(store);
    const issued = randomUUID();
    const notIssued = randomUUID();
    // Both dossiers exist long before their results are issued: existing proves nothing.
    for (const id of [issued, notIssued]) await store.append(dossierStreamName(id), [{ eventId: randomUUID(), type: 'DossierReceived', data: { dossierId: id }, metadata }], 'no_stream');
    const first = await crashed.reserve(outgoing, issued, clerk);
    const second = await crashed.reserve(outgoing, notIssued, clerk);
    await store.append(dossierStreamName(issued), [{ eventId: randomUUID(), type: 'DossierResultIssued', data: { outgoingNumber: first, outgoingYear: 2026 }, metadata }], 0n);

    const later = new Date('2026-03-05T02:10:00.000Z');
    const survivor = new NumberAllocator(store);
    await new NumberReconciler(survivor, store, () => later).run();
    await survivor.drain();
    const state = (await store.readStream(numberingStreamName(outgoing))).map((e) => e as unknown as NumberSeriesEvent).reduce(evolveNumberSeries, initialNumberSeriesState);
    expect([numberStatus(state, first), numberStatus(state, second)]).toEqual(['used', 'voided']);
  });
});
