import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../support/expect';
import { registration, step } from '../support/document-steps';
import { startTestApp, type TestApp } from '../support/test-app';

describe('incoming numbers under concurrent clerks', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app?.close();
  });

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
});
