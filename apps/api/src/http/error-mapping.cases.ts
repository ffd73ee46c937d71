import { EventStoreUnavailableError } from '@office/event-store';
import { Client } from 'pg';
import { QueryFailedError } from 'typeorm';
import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { idempotencyKeyReused } from '../idempotency/idempotency-key-reused';
import { toErrorBody } from './error-mapping';

describe('toErrorBody for a database that is away', () => {
  it('answers 503 STORE_UNAVAILABLE whichever pool noticed it, the event store\'s or TypeORM\'s', async () => {
    const refused = (await new Client({ connectionString: 'postgres://nobody:none@127.0.0.1:1/none' }).connect().catch((e: unknown) => e)) as Error;
    for (const error of [refused, new QueryFailedError('SELECT 1', [], refused), new EventStoreUnavailableError('unreachable', refused)]) {
      expect(toErrorBody(error)).toMatchObject({ statusCode: 503, code: 'STORE_UNAVAILABLE' });
      expect(toErrorBody(error).details).toBeUndefined();
    }
  });

  it('tells an append whose answer was lost from a refusal: the same Idempotency-Key settles it', () => {
    expect(toErrorBody(new EventStoreUnavailableError('lost', undefined, true))).toMatchObject({ statusCode: 503, code: 'STORE_UNAVAILABLE', details: { outcome: 'unknown' } });
  });

  it('answers a reused Idempotency-Key 422, naming the header', () => {
    expect(toErrorBody(idempotencyKeyReused())).toMatchObject({ statusCode: 422, code: 'RULE_VIOLATION', details: { rule: 'IDEMPOTENCY_KEY_REUSED', field: 'Idempotency-Key' } });
  });

  it('keeps a bug a 500', () => {
    expect(toErrorBody(new TypeError('x is undefined'))).toMatchObject({ statusCode: 500, code: 'INTERNAL_ERROR' });
  });
});
