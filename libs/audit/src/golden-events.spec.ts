import { join } from 'node:path';
import { describe, it } from '@jest/globals';
import { expect } from '../../../test/support/expect';
import { asRecorded, goldenEvent, readGoldenEvents, shapeOf } from '../../../test/support/golden-events';
import type { AuditRecordViewed } from './access-log/access-log.events';
import { digestRecord, HEADS_ALGORITHM, type DigestPublished } from './digests/digest.events';

/*
 * The audit's own stored events, pinned like the domain's (libs/domain/src/event-versions.spec.ts).
 * Both are at schema version 1 and have no upcasters yet. They are written by I/O code (the digest
 * publisher, the API's auditor-reads interceptor), so the typed values below stand for what they write.
 */

const DIR = join(__dirname, 'testing/golden-events');
const AUDITOR = '00000000-0000-4000-8000-000000000212';

const DIGEST: DigestPublished = {
  type: 'DigestPublished',
  data: {
    kind: 'daily', day: '2026-03-05', headPosition: '1042', streams: 12, events: 96, headsAlgorithm: HEADS_ALGORITHM,
    headsHash: 'a'.repeat(64), previousDigestHash: 'b'.repeat(64), previousHeadPosition: '980', publishedAt: '2026-03-05T16:59:00.000Z', by: AUDITOR,
  },
};
const RECORD_VIEWED: AuditRecordViewed = {
  type: 'AuditRecordViewed',
  data: { resource: '/api/audit/verify', query: 'stream=document-1', because: 'auditor', by: AUDITOR, role: 'auditor', at: '2026-03-05T03:00:00.000Z' },
};

describe('golden events of the audit', () => {
  it.each([DIGEST, RECORD_VIEWED])('$type: still written with the shape of its v1 fixture', ({ type, data }) => {
    const fixture = goldenEvent(DIR, type, 1, data);
    expect(fixture, `no ${type}.v1.json: record it with GOLDEN_EVENTS=write`).toBeDefined();
    expect(shapeOf(data), `${type} changed shape: a new shape is a new version, with an upcaster`).toEqual(shapeOf(fixture?.data));
  });

  it('keep only the versions there are', () => {
    expect(readGoldenEvents(DIR).map((f) => f.file)).toEqual(['AuditRecordViewed.v1.json', 'DigestPublished.v1.json']);
  });

  it('a stored digest still reads as the record auditors print', () => {
    const stored = asRecorded(readGoldenEvents(DIR).find((f) => f.type === 'DigestPublished')!);
    expect(digestRecord(stored)).toMatchObject({ day: '2026-03-05', headsAlgorithm: HEADS_ALGORITHM, publishedBy: AUDITOR, hash: stored.metadata.hash });
  });
});
