import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { DomainError, forbidden, isDomainError, notFound, ruleViolation, wrongState } from './domain-error';

describe('DomainError', () => {
  it('carries code, rule, field and a Vietnamese message', () => {
    const error = ruleViolation('NOT_SIGNED', 'Chỉ văn bản đã ký mới được phát hành', 'status');
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(DomainError);
    expect(isDomainError(error)).toBe(true);
    expect(error).toMatchObject({ name: 'DomainError', code: 'RULE_VIOLATION', rule: 'NOT_SIGNED', field: 'status', message: 'Chỉ văn bản đã ký mới được phát hành' });
  });

  it('has one helper per code; absent rule and field are left out', () => {
    expect(wrongState('Sai trạng thái')).toMatchObject({ code: 'WRONG_STATE' });
    expect('rule' in wrongState('Sai trạng thái')).toBe(false);
    expect(forbidden('CLERK_ONLY', 'Chỉ văn thư')).toMatchObject({ code: 'FORBIDDEN', rule: 'CLERK_ONLY' });
    expect(notFound('Không tìm thấy văn bản', 'id')).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    expect(isDomainError(new Error('x'))).toBe(false);
  });
});
