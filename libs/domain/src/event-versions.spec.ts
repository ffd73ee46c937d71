import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Upcasters } from '@office/event-store';
import { beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../test/support/expect';
import { asRecorded, goldenEvent, readGoldenEvents, shapeOf } from '../../../test/support/golden-events';
import { EVENT_UPCASTERS, schemaVersionOf } from './event-versions';
import { GOLDEN_CONTEXTS } from './testing/golden-events/contexts';
import { firstOfEachType } from './testing/golden-events/golden-decisions';

/*
 * Events are a public contract: what the deciders write is pinned by a golden fixture per type and
 * schema version, and every version ever written must still reach today's evolve through the
 * upcasters, applied by the very code the store reads with. Every context of the domain is in one
 * registry (testing/golden-events/contexts.ts); a new type or version is recorded with
 * `GOLDEN_EVENTS=write npx jest libs/domain/src/event-versions.spec.ts`, then checked in.
 */

const upcasters = new Upcasters(EVENT_UPCASTERS);
/** Each context's decisions, the first of each type. */
const contexts = GOLDEN_CONTEXTS.map((context) => ({ ...context, fixtures: join(__dirname, context.fixtures), decided: firstOfEachType(context.decisions()) }));
const decisions = contexts.flatMap(({ context, fixtures, decided }) => decided.map((decision) => ({ ...decision, context, fixtures })));
const registered = contexts.flatMap(({ types }) => types);
const fixtureDirs = [...new Set(contexts.map((c) => c.fixtures))];
const fixtures = fixtureDirs.flatMap((dir) => readGoldenEvents(dir).map((fixture) => ({ ...fixture, dir })));

/** Every `*_EVENT_TYPES` list exported by an `*.events.ts` module of the domain, by its export name. */
async function eventTypeLists(): Promise<Map<string, readonly string[]>> {
  const files = readdirSync(__dirname, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.events.ts'));
  const lists = new Map<string, readonly string[]>();
  for (const file of files) {
    const exports = (await import(join(__dirname, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) if (name.endsWith('_EVENT_TYPES') && Array.isArray(value)) lists.set(`${file}: ${name}`, value);
  }
  return lists;
}

describe('golden events of the domain', () => {
  let stored: Map<string, readonly string[]>;
  beforeAll(async () => {
    stored = await eventTypeLists();
  });

  it('the registry holds every stored event type of every context, each once', () => {
    expect(stored.size).toBeGreaterThan(20);
    const missing = [...stored].flatMap(([list, types]) => types.filter((type) => !registered.includes(type)).map((type) => `${list} ${type}`));
    expect(missing, 'add the context to libs/domain/src/testing/golden-events/contexts.ts').toEqual([]);
    expect(registered.filter((type, i) => registered.indexOf(type) !== i)).toEqual([]);
  });

  it.each(contexts)('$context: its golden decisions write one event of every type it stores', ({ types, decided }) => {
    expect(decided.map((d) => d.type).sort()).toEqual([...types].sort());
  });

  it.each(decisions)('$context $type: the deciders still write its fixture at its current version', ({ type, data, fixtures: dir }) => {
    const version = schemaVersionOf(type);
    const fixture = goldenEvent(dir, type, version, data);
    expect(fixture, `no ${type}.v${version}.json: record it with GOLDEN_EVENTS=write`).toBeDefined();
    expect(shapeOf(data), `${type} no longer has the shape of v${version}: a new shape is a new version, with an upcaster`).toEqual(shapeOf(fixture?.data));
  });

  it('keep every version of every type, from 1 to the current one, in its context’s folder, and nothing else', () => {
    const found = fixtures.map((f) => `${f.dir}/${f.type}.v${f.schemaVersion}`).sort();
    const expected = contexts.flatMap(({ types, fixtures: dir }) => types.flatMap((type) => Array.from({ length: schemaVersionOf(type) }, (_, i) => `${dir}/${type}.v${i + 1}`)));
    expect(found.filter((f) => !expected.includes(f)), 'fixtures of no registered type and version').toEqual([]);
    expect(expected.filter((e) => !found.includes(e)), 'versions without a fixture').toEqual([]);
  });

  // Each version's fixture is the same decision as written at that version: once upcast, it must be today's fixture and fold like it.
  it.each(fixtures)('$file: read through the upcasters, it is current and folds like today’s event', (golden) => {
    const today = fixtures.find((f) => f.type === golden.type && f.schemaVersion === schemaVersionOf(golden.type));
    const current = upcasters.upcast(asRecorded(golden));
    expect(current.metadata.schemaVersion).toBe(schemaVersionOf(golden.type));
    expect(current.data).toEqual(today?.data);
    const fold = decisions.find((d) => d.type === golden.type)?.fold;
    if (fold && today) expect(fold(current.data)).toEqual(fold(today.data));
  });
});
