import { describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { departmentId, documentAt, registration, step, userId } from '../../support/document-steps';
import { useTestApp } from '../../support/test-app';

describe('two API instances on one database (behind a load balancer)', () => {
  const first = useTestApp();
  const second = useTestApp(() => ({ databaseUrl: first.platform.databaseUrl }));

  it('never decides on a state another instance has moved on from', async () => {
    const id = await documentAt(first, 'received'); // the first instance now holds it at revision 0
    const distribute = { departmentId: departmentId('KT'), direction: 'Giao Phòng Kinh tế' };
    expect((await step(second, 'pho.chanh.vp.kt', `/api/documents/${id}/distribute`, distribute)).status).toBe(201);

    const again = await step(first, 'pho.chanh.vp.kt', `/api/documents/${id}/distribute`, distribute);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('WRONG_STATE');

    const assign = await step(first, 'tp.kt', `/api/documents/${id}/assign`, { specialistId: userId('cv.kt1') });
    expect(assign.status).toBe(201);
    expect(assign.body.revision).toBe('2');
  });

  it('shares the yearly numbers: registrations on both instances get distinct consecutive numbers', async () => {
    const results = await Promise.all(Array.from({ length: 16 }, (_, i) => step(i % 2 ? first : second, 'vanthu1', '/api/documents', registration({ excerpt: `Hai máy chủ ${i}` }))));
    expect(results.map((r) => r.status)).toEqual(Array(16).fill(201));
    const numbers = results.map((r) => r.body.incomingNumber).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(16);
    expect(numbers[15] - numbers[0]).toBe(15);
  });

  it('answers an Idempotency-Key retry the same on either instance', async () => {
    const headers = { 'Idempotency-Key': 'two-instances-1' };
    const a = await step(first, 'vanthu2', '/api/documents', registration(), headers);
    const b = await step(second, 'vanthu2', '/api/documents', registration(), headers);
    expect(b.body).toEqual(a.body);
  });
});
