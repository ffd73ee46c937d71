import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { ensureDatabase } from '../../libs/runtime/src/databases';

/** A fresh, empty database on the test server; its connection string. */
export function createTestDatabase(prefix = 'test'): Promise<string> {
  return ensureDatabase(inject('pgAdminUrl'), `${prefix}_${randomBytes(6).toString('hex')}`);
}
