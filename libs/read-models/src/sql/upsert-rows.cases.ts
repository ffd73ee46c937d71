import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import type { DataSource } from 'typeorm';
import { createTestDatabase } from '../../../../test/support/database';
import { createReadModelDataSource } from '../data-source';
import { MAX_BIND_PARAMETERS, rowsPerStatement, upsertRows, type UpsertColumn } from './upsert-rows';

interface Row {
  id: number;
  label: string;
  position: bigint;
}

const COLUMNS: UpsertColumn<Row>[] = [
  { name: 'id', type: 'integer', value: (r) => r.id },
  { name: 'label', type: 'text', value: (r) => r.label },
  ...Array.from({ length: 7 }, (_, i) => ({ name: `extra_${i}`, type: 'integer', value: (r: Row) => r.id + i })),
  { name: 'last_position', type: 'bigint', value: (r) => r.position.toString() },
];
const TARGET = { table: 'upsert_probe', columns: COLUMNS, key: ['id'], guard: 'last_position' };

describe('upsertRows', () => {
  let db: DataSource;
  beforeAll(async () => {
    db = createReadModelDataSource(await createTestDatabase('upsert'), 2);
    await db.initialize();
    await db.query(`CREATE TABLE upsert_probe (id integer PRIMARY KEY, label text NOT NULL, ${Array.from({ length: 7 }, (_, i) => `extra_${i} integer NOT NULL`).join(', ')}, last_position bigint NOT NULL)`);
  });
  afterAll(async () => db?.destroy());

  it('sizes statements below the 65,535 bind-parameter limit', () => {
    expect(rowsPerStatement(10)).toBe(6553);
    expect(rowsPerStatement(10) * 10).toBeLessThanOrEqual(MAX_BIND_PARAMETERS);
    expect(rowsPerStatement(100_000)).toBe(1);
  });

  it('writes more rows than one statement may carry (7,000 rows × 10 columns = 70,000 parameters)', async () => {
    const rows = Array.from({ length: 7_000 }, (_, i) => ({ id: i, label: `v1-${i}`, position: 10n }));
    await db.transaction((tx) => upsertRows(tx, TARGET, rows));
    const [{ count }] = await db.query('SELECT count(*)::int AS count FROM upsert_probe');
    expect(count).toBe(7_000);
  });

  it('overwrites a row only with a newer position, so replaying an old batch changes nothing', async () => {
    await db.transaction((tx) => upsertRows(tx, TARGET, [{ id: 1, label: 'newer', position: 11n }, { id: 2, label: 'older', position: 9n }]));
    await db.transaction((tx) => upsertRows(tx, TARGET, [{ id: 1, label: 'replayed', position: 11n }]));
    const rows = await db.query('SELECT id, label, last_position FROM upsert_probe WHERE id IN (1, 2) ORDER BY id');
    expect(rows).toEqual([
      { id: 1, label: 'newer', last_position: '11' },
      { id: 2, label: 'v1-2', last_position: '10' },
    ]);
  });

  it('keeps positions beyond 2^53 exact (bigint as string, never a JS number)', async () => {
    const max = 2n ** 63n - 1n;
    await db.transaction((tx) => upsertRows(tx, TARGET, [{ id: 3, label: 'max', position: max }]));
    const [{ last_position }] = await db.query('SELECT last_position FROM upsert_probe WHERE id = 3');
    expect(BigInt(last_position)).toBe(max);
  });
});
