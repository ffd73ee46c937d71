import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goldenEvent, readGoldenEvents, shapeOf } from '../../../../test/support/golden-events';
import { schemaVersionOf } from '../event-versions';
import { INTERNAL_AUDIT_EVENT_TYPES } from './internal-audit.events';
import { LEGAL_CHANGE_EVENT_TYPES } from './legal-change.events';
import { MANAGEMENT_REVIEW_EVENT_TYPES, QMS_DECLARATION_EVENT_TYPES } from './management-review.events';
import { NC_PROPOSAL_EVENT_TYPES } from './nc-proposal.events';
import { NONCONFORMITY_EVENT_TYPES } from './nonconformity.events';
import { QUALITY_OBJECTIVES_EVENT_TYPES } from './quality-objectives.events';
import { qualityHistories } from './testing/quality-histories';
import { qualityObjectivesHistory } from './testing/quality-objectives-history';

/*
 * The quality system's events are a public contract, pinned as the domain's are (event-versions.spec):
 * one fixture per type and schema version in ./testing/golden-events, recorded with
 * `GOLDEN_EVENTS=write npx vitest run libs/domain/src/quality/quality.golden-events.spec.ts`.
 */

const DIR = join(__dirname, 'testing/golden-events');
const TYPES = [...LEGAL_CHANGE_EVENT_TYPES, ...NONCONFORMITY_EVENT_TYPES, ...INTERNAL_AUDIT_EVENT_TYPES, ...MANAGEMENT_REVIEW_EVENT_TYPES, ...QMS_DECLARATION_EVENT_TYPES, ...NC_PROPOSAL_EVENT_TYPES, ...QUALITY_OBJECTIVES_EVENT_TYPES];
const history = [...qualityHistories(), ...qualityObjectivesHistory()];
/** The first event of each type the spring decides. */
const decisions = TYPES.map((type) => history.find((event) => event.type === type)!).filter(Boolean);

describe('golden events of the quality system', () => {
  it('the spring decides every event type', () => {
    expect(decisions.map((d) => d.type).sort()).toEqual([...TYPES].sort());
  });

  it.each(decisions)('$type: the deciders still write its fixture at its current version, and it folds like today’s event', ({ type, data, fold }) => {
    const version = schemaVersionOf(type);
    const fixture = goldenEvent(DIR, type, version, data);
    expect(fixture, `no ${type}.v${version}.json: record it with GOLDEN_EVENTS=write`).toBeDefined();
    expect(shapeOf(data), `${type} no longer has the shape of v${version}: a new shape is a new version, with an upcaster`).toEqual(shapeOf(fixture?.data));
    expect(fold(fixture!.data)).toEqual(fold(data));
  });

  it('keeps a fixture of every version of every type decided', () => {
    const files = readGoldenEvents(DIR).map((f) => `${f.type}.v${f.schemaVersion}`);
    expect(files.sort()).toEqual(decisions.map((d) => `${d.type}.v${schemaVersionOf(d.type)}`).sort());
  });
});
