import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { isTransient } from './transient-errors';

describe('isTransient', () => {
  it('retries what says nothing about the events: lost connections, terminated backends, serialisation failures', () => {
    expect(isTransient(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))).toBe(true);
    expect(isTransient(Object.assign(new Error('could not serialize access'), { code: '40001' }))).toBe(true);
    expect(isTransient(Object.assign(new Error('connection failure'), { code: '08006' }))).toBe(true);
    expect(isTransient(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isTransient(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }))).toBe(true);
    expect(isTransient(new QueryRunnerProviderAlreadyReleasedError())).toBe(true);
  });

  it('stops on what would fail the same way again: a bug, a value or row PostgreSQL refuses', () => {
    expect(isTransient(new TypeError("Cannot read properties of undefined (reading 'amount')"))).toBe(false);
    expect(isTransient(Object.assign(new Error('violates check constraint'), { code: '23514' }))).toBe(false);
    expect(isTransient(Object.assign(new Error('invalid input syntax for type integer'), { code: '22P02' }))).toBe(false);
    expect(isTransient(undefined)).toBe(false);
  });
});
