import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goldenEvent, readGoldenEvents, shapeOf } from '../../../../test/support/golden-events';
import { schemaVersionOf } from '../event-versions';
import { SIGNATURE_EVENT_TYPES, type SignatureEvent } from './signature.events';
import { signaturesStateFrom } from './signature.state';
import { sigCmd, signatureHistory } from './testing/signature-fixtures';

/*
 * The signatures' events are a public contract, pinned as the domain's are (event-versions.spec):
 * one fixture per type and schema version in ./testing/golden-events, recorded with
 * `GOLDEN_EVENTS=write npx vitest run libs/domain/src/signatures/signature.golden-events.spec.ts`.
 */

const DIR = join(__dirname, 'testing/golden-events');
const history = signatureHistory(sigCmd.person(), sigCmd.organisation(), sigCmd.verify());
const fold = (event: SignatureEvent) => signaturesStateFrom([event]);

describe('golden events of the signatures', () => {
  it('the history decides every event type', () => {
    expect(history.map((event) => event.type).sort()).toEqual([...SIGNATURE_EVENT_TYPES].sort());
  });

  it.each(history)('$type: the decider still writes its fixture at its current version, and it folds like today’s event', (event) => {
    const version = schemaVersionOf(event.type);
    const fixture = goldenEvent(DIR, event.type, version, event.data);
    expect(fixture, `no ${event.type}.v${version}.json: record it with GOLDEN_EVENTS=write`).toBeDefined();
    expect(shapeOf(event.data), `${event.type} no longer has the shape of v${version}: a new shape is a new version, with an upcaster`).toEqual(shapeOf(fixture?.data));
    expect(fold({ type: event.type, data: fixture!.data } as unknown as SignatureEvent)).toEqual(fold(event));
  });

  it('keeps a fixture of every version of every type', () => {
    const files = readGoldenEvents(DIR).map((f) => `${f.type}.v${f.schemaVersion}`);
    expect(files.sort()).toEqual(SIGNATURE_EVENT_TYPES.map((type) => `${type}.v${schemaVersionOf(type)}`).sort());
  });
});
