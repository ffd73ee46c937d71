import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../test/support/expect';
import { openHarness, type ProjectionHarness } from '../../../apps/projector/src/testing/projection-harness';

/*
 * Every read model's table is defined once, as a TypeORM entity; the migrations stay hand-written
 * and reviewed. This proves the two agree: on a database migrated from zero, TypeORM's schema
 * builder finds no table, column or type to create or change. Indexes and foreign keys are the
 * migrations' alone (partial, GIN and covering indexes are tuned by hand there and the entities do
 * not declare them), so the builder's wish to drop them is the one difference allowed.
 */
const MIGRATIONS_OWN = /^(DROP INDEX|ALTER TABLE "[^"]+" DROP CONSTRAINT "[^"]+_fkey")/;
describe('read-model entities and migrations', () => {
  let h: ProjectionHarness;
  beforeAll(async () => {
    h = await openHarness();
  });
  afterAll(async () => h?.close());

  it('leave the schema builder nothing to change but the migrations’ own indexes and foreign keys', async () => {
    const { upQueries } = await h.dataSource.driver.createSchemaBuilder().log();
    expect(upQueries.map((q) => q.query).filter((query) => !MIGRATIONS_OWN.test(query))).toEqual([]);
  });
});
