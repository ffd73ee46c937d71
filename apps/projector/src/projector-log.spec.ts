import { randomUUID } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { createPostgresEventStore, type EventStore } from '@office/event-store';
import { createReadModelDataSource, migrateReadModels, type Projection } from '@office/read-models';
import { logFatal, logLevelsUpTo, QuietLogger } from '@office/runtime';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../test/support/expect';
import { createTestDatabase } from '../../../test/support/database';
import { ChildProcessSupervisor } from '../../server/src/child-process-supervisor';
import { Projector } from './projector';
import { nestProjectorLogger } from './projector-log';
import { waitFor } from '../../../test/support/until-passes';

interface Line {
  level: string;
  pid: number;
  timestamp: number;
  message: string;
  context: string;
  [field: string]: unknown;
}

/** Refuses every `Poison` event: the projection stops there, and says so. */
const poisoned: Projection = {
  name: 'poisoned-log.test',
  handles: new Set(['Tick', 'Poison']),
  tables: [],
  async apply(events) {
    const poison = events.find((e) => e.type === 'Poison');
    if (poison) throw new TypeError(`cannot read property "amount" of event ${poison.eventId}`);
  },
};

async function append(store: EventStore, type: string): Promise<bigint> {
  const metadata = { actorId: randomUUID(), actorRole: 'test', correlationId: randomUUID(), causationId: null, occurredAt: new Date().toISOString(), schemaVersion: 1 };
  return (await store.append(`tick-${randomUUID()}`, [{ eventId: randomUUID(), type, data: {}, metadata }], 'any')).position;
}

/** Issue 18 §10: the projector and the launcher write one JSON object per line, as the API does. */
describe('projector and launcher logs', () => {
  const lines: Line[] = [];
  const sink = (line: string) => void lines.push(JSON.parse(line));
  beforeAll(() => {
    // As both processes do at start (projector/src/main.ts, server/src/main.ts).
    Logger.overrideLogger(new QuietLogger({ logLevels: logLevelsUpTo('log') }, sink));
  });
  afterAll(() => {
    Logger.overrideLogger(true);
  });

  it('writes a line with level, timestamp, message, context and its own fields beside them', () => {
    lines.length = 0;
    nestProjectorLogger().warn('projection documents: its checkpoint moved under this process; reloading it', { projection: 'document-summaries.v1', position: 9_007_199_254_740_993n });
    nestProjectorLogger().log('no fields');
    expect(lines).toEqual([
      { level: 'warn', pid: process.pid, timestamp: expect.any(Number), message: 'projection documents: its checkpoint moved under this process; reloading it', context: 'Projector', projection: 'document-summaries.v1', position: '9007199254740993' },
      { level: 'log', pid: process.pid, timestamp: expect.any(Number), message: 'no fields', context: 'Projector' },
    ]);
  });

  describe('a running projector', () => {
    let store: EventStore;
    let db: DataSource;
    beforeAll(async () => {
      const url = await createTestDatabase('projlog');
      store = await createPostgresEventStore(url, { poolSize: 2 });
      db = createReadModelDataSource(url, 2);
      await db.initialize();
      await migrateReadModels(db);
    });
    afterAll(async () => {
      await db?.destroy();
      await store?.close();
    });

    it('names the projection and the positions when it takes projections and when one stops', async () => {
      lines.length = 0;
      await append(store, 'Tick');
      const poison = await append(store, 'Poison');
      const projector = new Projector(store, db, [poisoned], { instanceId: 'log-test', heartbeatMs: 60_000, lockPollMs: 100 });
      await projector.start();
      try {
        await waitFor(async () => lines.some((line) => line.level === 'error'), 20_000, 'the projection stops');
      } finally {
        await projector.stop();
      }
      expect(lines.find((line) => line.message.startsWith('log-test runs'))).toMatchObject({ level: 'log', context: 'Projector', instance: 'log-test', projections: ['poisoned-log.test from -1'] });
      const stopped = lines.find((line) => line.level === 'error')!;
      expect(stopped).toMatchObject({ context: 'Projector', projection: 'poisoned-log.test', failedPosition: poison.toString(), message: expect.stringContaining('poisoned-log.test STOPPED') });
      expect(BigInt(stopped.position as string)).toBeLessThan(poison);
      // Every line the projector wrote is a JSON object with the same four keys first.
      for (const line of lines) expect(Object.keys(line).slice(0, 5)).toEqual(['level', 'pid', 'timestamp', 'message', 'context']);
    });
  });

  it("logs the launcher's child process restarts with the child's name, pid, exit code and backoff", async () => {
    lines.length = 0;
    const script = join(tmpdir(), `exits-${randomUUID()}.js`);
    writeFileSync(script, 'process.exit(3);\n');
    const supervisor = new ChildProcessSupervisor('projector', script, process.env);
    supervisor.start();
    try {
      await waitFor(async () => lines.some((line) => line.level === 'error'), 20_000, 'the child exits');
    } finally {
      await supervisor.stop();
      rmSync(script, { force: true });
    }
    expect(lines[0]).toMatchObject({ level: 'error', context: 'projector', message: 'projector exited (3); restarting in 500 ms', child: 'projector', pid: expect.any(Number), exit: 3, restartInMs: 500 });
  });

  it('writes the fatal line of a process that cannot start as JSON too, with the stack of an error', () => {
    const fatal: Line[] = [];
    logFatal('DATABASE_URL is required to run the projector on its own', 'Projector', (line) => void fatal.push(JSON.parse(line)));
    logFatal(new Error('listen EADDRINUSE: address already in use :::3000'), 'Office Ledger', (line) => void fatal.push(JSON.parse(line)));
    expect(fatal).toEqual([
      { level: 'fatal', pid: process.pid, timestamp: expect.any(Number), message: 'DATABASE_URL is required to run the projector on its own', context: 'Projector' },
      { level: 'fatal', pid: process.pid, timestamp: expect.any(Number), message: 'listen EADDRINUSE: address already in use :::3000', context: 'Office Ledger', stack: expect.stringContaining('Error: listen EADDRINUSE') },
    ]);
  });
});
