import { join } from 'node:path';
import { Upcasters } from '@office/event-store';
import { describe, expect, it } from 'vitest';
import { asRecorded, goldenEvent, readGoldenEvents, shapeOf } from '../../../test/support/golden-events';
import { ACCESS_EVENT_TYPES } from './access';
import { CALENDAR_YEAR_EVENT_TYPES } from './calendar';
import { DOCUMENT_EVENT_TYPES } from './document';
import { DOSSIER_EVENT_TYPES, RECEPTION_EVENT_TYPES } from './dossiers';
import { EVENT_UPCASTERS, schemaVersionOf } from './event-versions';
import { NUMBER_SERIES_EVENT_TYPES } from './numbering';
import { PROCEDURE_EVENT_TYPES } from './procedures';
import { goldenDecisions } from './testing/golden-events/golden-decisions';

/*
 * Events are a public contract: what the deciders write is pinned by a golden fixture per type and
 * schema version, and every version ever written must still reach today's evolve through the
 * upcasters, applied by the very code the store reads with. A new type or version is recorded with
 * `GOLDEN_EVENTS=write npx vitest run libs/domain/src/event-versions.spec.ts`, then checked in.
 */

const DIR = join(__dirname, 'testing/golden-events');
const STORED_TYPES = [
  ...DOCUMENT_EVENT_TYPES, ...NUMBER_SERIES_EVENT_TYPES, ...PROCEDURE_EVENT_TYPES, ...DOSSIER_EVENT_TYPES, ...RECEPTION_EVENT_TYPES, ...ACCESS_EVENT_TYPES, ...CALENDAR_YEAR_EVENT_TYPES,
];
const decisions = goldenDecisions();
const upcasters = new Upcasters(EVENT_UPCASTERS);
const fixtures = readGoldenEvents(DIR);

describe('golden events of the domain', () => {
  it('cover every stored event type', () => {
    expect(decisions.map((d) => d.type).sort()).toEqual([...STORED_TYPES].sort());
  });

  it.each(decisions)('$type: the deciders still write its fixture at its current version', ({ type, data }) => {
    const version = schemaVersionOf(type);
    const fixture = goldenEvent(DIR, type, version, data);
    expect(fixture, `no ${type}.v${version}.json: record it with GOLDEN_EVENTS=write`).toBeDefined();
    expect(shapeOf(data), `${type} no longer has the shape of v${version}: a new shape is a new version, with an upcaster`).toEqual(shapeOf(fixture?.data));
  });

  it('keep every version of every type, from 1 to the current one', () => {
    const versions = new Map<string, number[]>();
    for (const { type, schemaVersion } of fixtures) versions.set(type, [...(versions.get(type) ?? []), schemaVersion]);
    for (const type of STORED_TYPES) {
      expect(versions.get(type)?.sort(), type).toEqual(Array.from({ length: schemaVersionOf(type) }, (_, i) => i + 1));
    }
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
