import { describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { documentAt, registration, step, submission } from '../../support/document-steps';
import { useTestApp } from '../../support/test-app';

describe('incoming numbers under concurrent clerks', () => {
  const app = useTestApp();

  it('gives 20 concurrent registrations the numbers 1..20, with no gap and no duplicate', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => step(app, i % 2 ? 'vanthu1' : 'vanthu2', '/api/documents', registration({ excerpt: `Văn bản số ${i}` }))));
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(201));
    expect(results.map((r) => r.body.incomingNumber).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('numbers confidential documents in their own series', async () => {
    const secret = await step(app, 'vanthu1', '/api/documents', registration({ confidentiality: 'secret' }));
    expect(secret.status).toBe(201);
    expect(secret.body.incomingNumber).toBe(1);
    const normal = await step(app, 'vanthu1', '/api/documents', registration());
    expect(normal.body.incomingNumber).toBe(21);
  });

  it('refuses an issue whose symbol cannot be made before it takes an outgoing number', async () => {
    const id = await documentAt(app, 'appraised');
    const letter = { ...submission(), draft: { documentType: 'official_letter', excerpt: 'Về việc đôn đốc báo cáo tình hình giải ngân' } };
    for (const [user, action, body] of [['cv.kt1', 'submit', letter], ['pho.chanh.vp.kt', 'initial', { agree: true }], ['pho.chu.tich.kt', 'sign', { decision: 'approved' }]] as const) {
      expect((await step(app, user, `/api/documents/${id}/${action}`, body)).status).toBe(201);
    }
    const issue = (symbolSuffix: string) => step(app, 'vanthu1', `/api/documents/${id}/issue`, { recipients: ['Sở Tài chính'], copies: 1, symbolSuffix });
    // A công văn's symbol needs the drafting unit's code, without spaces (ND30 Appendix I).
    expect((await issue('K T')).body).toMatchObject({ code: 'RULE_VIOLATION', details: { rule: 'UNIT_CODE_REQUIRED' } });
    // No number was taken for the refusal (it would have been voided): the register's first number goes to the issue.
    expect((await issue('KT')).body).toMatchObject({ outgoingNumber: 1, symbol: '01/UBND-KT' });
  });
});
