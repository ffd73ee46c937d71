import { randomUUID } from 'node:crypto';
import { dailySeriesKey, DEMO_ORGANISATION, localDateOf, numberingStreamName } from '@office/domain';
import { describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { NumberAllocator } from '../../../apps/api/src/documents/numbering/number-allocator';
import { NumberReconciler } from '../../../apps/api/src/documents/numbering/number-reconciler';
import { reception, startOnestopApp, step } from '../../support/onestop-desk';
import { useTestApp } from '../../support/test-app';

describe('dossier codes: gapless per day under concurrent desks and crashes', () => {
  const app = useTestApp({ clock: () => now }, startOnestopApp);
  // 10:00 in Vietnam today: the "+5 minutes" step below never crosses midnight into the next day's series.
  let now = new Date(`${localDateOf(new Date())}T03:00:00.000Z`);

  const sequenceOf = (code: string) => Number(code.slice(-4));

  it('50 concurrent receptions get the codes 0001..0050 of the day, no gap, no duplicate', async () => {
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => step(app, 'motcua1', '/api/dossiers', reception({ applicant: { name: `Người nộp số ${i + 1}` } }))));
    expect(results.map((r) => r.status)).toEqual(Array(50).fill(201));
    const codes = results.map((r) => r.body.code as string);
    expect(new Set(codes.map((code) => code.slice(0, -4))).size).toBe(1);
    expect(codes.map(sequenceOf).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
  });

  it('a number whose dossier was never written (a crash) is voided with its reason, never skipped silently', async () => {
    const desk = DEMO_ORGANISATION.users.find((u) => u.username === 'motcua1')!;
    const key = dailySeriesKey('dossier', now.toISOString());
    const context = { actor: { userId: desk.id, roles: desk.roles, departmentId: desk.departmentId }, actorRole: 'onestop_officer', now: now.toISOString(), correlationId: randomUUID() };
    const numbers = app.api.get(NumberAllocator);
    await numbers.drain();
    const lost = await numbers.reserve(key, randomUUID(), context); // the desk crashed before writing its dossier
    expect(lost).toBe(51);

    now = new Date(now.getTime() + 5 * 60_000); // past the reconciler's grace period
    await app.api.get(NumberReconciler).run();
    const series = await app.platform.eventStore.readStream(numberingStreamName(key));
    const voided = series.filter((e) => e.type === 'NumberVoided');
    expect(voided).toHaveLength(1);
    expect(voided[0].data).toMatchObject({ number: 51, reason: expect.stringMatching(/\S/) });

    const next = await step(app, 'motcua1', '/api/dossiers', reception());
    expect(next.status).toBe(201);
    expect(sequenceOf(next.body.code)).toBe(52);
  });
});
