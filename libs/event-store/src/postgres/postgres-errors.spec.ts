import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { QueryFailedError } from 'typeorm';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { createTestDatabase } from '../../../../test/support/database';
import { ChainedEventStore } from '../chained-event-store';
import { EventStoreUnavailableError } from '../errors';
import type { NewEvent } from '../event-store.port';
import { createPostgresEventStore } from './create-postgres-event-store';
import { isConnectionLoss } from './postgres-errors';
import { PostgresEventStore } from './postgres-event-store';

describe('PostgreSQL connection loss', () => {
  let url: string;
  let admin: Client;
  beforeAll(async () => {
    url = await createTestDatabase('errors');
    admin = new Client({ connectionString: url });
    await admin.connect();
  });
  afterAll(async () => {
    await admin?.end();
  });

  it('is true when the server cannot be reached or has dropped the connection, however wrapped', async () => {
    const refused = await new Client({ connectionString: 'postgres://nobody:none@127.0.0.1:1/none' }).connect().catch((e: unknown) => e);
    expect(isConnectionLoss(refused)).toBe(true);
    expect(isConnectionLoss(new QueryFailedError('SELECT 1', [], refused as Error))).toBe(true);

    const victim = new Client({ connectionString: url });
    victim.on('error', () => undefined);
    await victim.connect();
    const [{ pid }] = (await victim.query('SELECT pg_backend_pid() AS pid')).rows;
    await admin.query('SELECT pg_terminate_backend($1)', [pid]);
    const terminated = await victim.query('SELECT 1').catch((e: unknown) => e);
    expect(isConnectionLoss(terminated)).toBe(true);
    const unusable = await victim.query('SELECT 1').catch((e: unknown) => e);
    expect(isConnectionLoss(unusable)).toBe(true);
    await victim.end().catch(() => undefined);
  });

  it('is false for what the server refused and for bugs: retrying would fail the same way', async () => {
    const syntax = await admin.query('SELEC 1').catch((e: unknown) => e);
    expect(isConnectionLoss(syntax)).toBe(false);
    const unique = await admin.query('CREATE TEMP TABLE t (id int PRIMARY KEY); INSERT INTO t VALUES (1), (1)').catch((e: unknown) => e);
    expect(isConnectionLoss(new QueryFailedError('INSERT', [], unique as Error))).toBe(false);
    expect(isConnectionLoss(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(false);
    expect(isConnectionLoss(undefined)).toBe(false);
  });

  it('says an append may have landed only when it had gone out before the connection was lost', async () => {
    const unreachable = new ChainedEventStore(new PostgresEventStore({ connectionString: 'postgres://nobody:none@127.0.0.1:1/none' }));
    const notSent = await unreachable.append(`s-${randomUUID()}`, [newEvent()], 'no_stream').catch((e: unknown) => e);
    expect(notSent).toBeInstanceOf(EventStoreUnavailableError);
    expect((notSent as EventStoreUnavailableError).appendMayHaveLanded).toBe(false);
    await unreachable.close();

    const store = await createPostgresEventStore(url);
    await admin.query('BEGIN');
    await admin.query('LOCK TABLE event_store.events IN ACCESS EXCLUSIVE MODE'); // the append waits here, sent and unanswered
    const inFlight = store.append(`s-${randomUUID()}`, [newEvent()], 'no_stream').catch((e: unknown) => e);
    let pid: number | undefined;
    while (pid === undefined) {
      const { rows } = await admin.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND wait_event_type = 'Lock'`);
      pid = rows[0]?.pid;
      if (pid === undefined) await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await admin.query('SELECT pg_terminate_backend($1)', [pid]);
    await admin.query('ROLLBACK');
    const lost = await inFlight;
    expect(lost).toBeInstanceOf(EventStoreUnavailableError);
    expect((lost as EventStoreUnavailableError).appendMayHaveLanded).toBe(true);
    await store.close();
  });
});

function newEvent(): NewEvent {
  return { eventId: randomUUID(), type: 'ConnectionChecked', data: {}, metadata: { actorId: 'spec', actorRole: 'clerk', correlationId: randomUUID(), causationId: null, occurredAt: new Date().toISOString(), schemaVersion: 1 } };
}
