import { DomainError } from '@office/domain';

/**
 * 422 IDEMPOTENCY_KEY_REUSED, naming the header: the key was used before for another request (the HTTP
 * record's body differs) or, on the stream being written, for another command. Answering either as a
 * replay would answer a request that was not this one; writing would break the key's promise.
 */
export function idempotencyKeyReused(): DomainError {
  return new DomainError('RULE_VIOLATION', 'Idempotency-Key này đã dùng cho một yêu cầu khác', { rule: 'IDEMPOTENCY_KEY_REUSED', field: 'Idempotency-Key' });
}
