import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JsonObject, RecordedEvent } from '@office/event-store';

/*
 * Golden fixtures of stored events (STYLE.md: events are a public contract, every old version is kept
 * in tests): one file `<Type>.v<schemaVersion>.json` per type and version, holding
 * `{ type, schemaVersion, data }` exactly as the event was written at that version.
 */

export interface GoldenEvent {
  type: string;
  schemaVersion: number;
  data: JsonObject;
}

const FILE_NAME = /^(\w+)\.v(\d+)\.json$/;

/** Every fixture in `dir`, each checked to say in its content what its name says. */
export function readGoldenEvents(dir: string): Array<GoldenEvent & { file: string }> {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const event = JSON.parse(readFileSync(join(dir, file), 'utf8')) as GoldenEvent;
      const [, type, version] = FILE_NAME.exec(file) ?? [];
      if (event.type !== type || event.schemaVersion !== Number(version)) throw new Error(`${file} holds ${event.type} v${event.schemaVersion}`);
      return { ...event, file };
    });
}

/**
 * The fixture of `type` at `schemaVersion`, or undefined when there is none. A run with
 * `GOLDEN_EVENTS=write` records a missing one from `data` (a new type, or the new version an upcaster
 * introduced); an existing fixture is never rewritten, so a changed shape needs a new version.
 */
export function goldenEvent(dir: string, type: string, schemaVersion: number, data: object): GoldenEvent | undefined {
  const file = join(dir, `${type}.v${schemaVersion}.json`);
  if (!existsSync(file) && process.env.GOLDEN_EVENTS === 'write') {
    writeFileSync(file, `${JSON.stringify({ type, schemaVersion, data }, null, 2)}\n`);
  }
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as GoldenEvent) : undefined;
}

/**
 * The shape of some JSON: the keys of each object and the kind of each value (`string`, `number`,
 * `boolean`, `null`), not the values themselves, which follow the fixed inputs (a calendar version).
 */
export function shapeOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shapeOf);
  if (value === null) return 'null';
  if (typeof value !== 'object') return typeof value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shapeOf(inner)]));
}

/** A golden event as an adapter hands it over: stored form, before any upcasting. */
export function asRecorded(event: GoldenEvent): RecordedEvent {
  return {
    streamId: 'golden',
    revision: 0n,
    position: 0n,
    eventId: '00000000-0000-4000-8000-000000000000',
    type: event.type,
    data: event.data,
    metadata: {
      actorId: 'golden',
      actorRole: 'golden',
      correlationId: 'golden',
      causationId: null,
      occurredAt: '2025-04-24T02:00:00.000Z',
      schemaVersion: event.schemaVersion,
      prevHash: '0'.repeat(64),
      hash: '0'.repeat(64),
    },
    recordedAt: '2025-04-24T02:00:00.000Z',
  };
}
