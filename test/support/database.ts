import { randomBytes } from 'node:crypto';
import { ensureDatabase } from '../../libs/runtime/src/databases';

/** The environment variable through which global-setup tells the test workers where the test server is. */
export const PG_ADMIN_URL = 'OFFICE_LEDGER_TEST_PG_ADMIN_URL';

/** A fresh, empty database on the test server; its connection string. */
export function createTestDatabase(prefix = 'test'): Promise<string> {
  const adminUrl = process.env[PG_ADMIN_URL];
  if (!adminUrl) throw new Error(`${PG_ADMIN_URL} is not set: run the tests with jest (test/support/global-setup.ts starts the server)`);
  return ensureDatabase(adminUrl, `${prefix}_${randomBytes(6).toString('hex')}`);
}
