import type { DataSource, EntityManager } from 'typeorm';

/** Where a rebuild builds its copies of the live tables, under the same names. */
export const REBUILD_SCHEMA = 'projection_rebuild';

type Db = DataSource | EntityManager;

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/** Table names go into SQL text: only plain lower-case identifiers are accepted. */
function checked(table: string): string {
  if (!IDENTIFIER.test(table)) throw new Error(`read-model table "${table}" must be a plain lower-case identifier`);
  return table;
}

/** The schema a live table resolves to through the search_path (normally `public`). */
export async function liveSchemaOf(db: Db, table: string): Promise<string> {
  const [row] = await db.query(`SELECT n.nspname AS schema FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = to_regclass($1)`, [checked(table)]);
  if (!row) throw new Error(`read-model table ${table} does not exist (migrations not run?)`);
  return row.schema;
}

/**
 * Empty copies of the live tables in the rebuild schema: columns, defaults, NOT NULL and CHECK
 * constraints, and the keys (same constraint names, so upserts find their conflict target). The
 * other indexes come after the load (`createShadowIndexes`), which is faster than maintaining them.
 */
export async function createShadowTables(db: Db, tables: readonly string[]): Promise<void> {
  await db.query(`CREATE SCHEMA IF NOT EXISTS ${REBUILD_SCHEMA}`);
  for (const table of tables.map(checked)) {
    const live = await liveSchemaOf(db, table);
    await db.query(`DROP TABLE IF EXISTS ${REBUILD_SCHEMA}.${table}`);
    await db.query(`CREATE TABLE ${REBUILD_SCHEMA}.${table} (LIKE ${live}.${table} INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING IDENTITY INCLUDING STORAGE)`);
    const keys: Array<{ name: string; def: string }> = await db.query(
      `SELECT quote_ident(conname) AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = $1::regclass AND contype IN ('p', 'u', 'x') ORDER BY conname`,
      [`${live}.${table}`],
    );
    for (const key of keys) await db.query(`ALTER TABLE ${REBUILD_SCHEMA}.${table} ADD CONSTRAINT ${key.name} ${key.def}`);
  }
}

/**
 * The live tables' other indexes, under their own names, on the copies: `which` says whether only
 * those named (needed while loading), or all the others (after loading, then fresh statistics).
 */
export async function createShadowIndexes(db: Db, tables: readonly string[], which: { only: readonly string[] } | { except: readonly string[] }): Promise<void> {
  for (const table of tables.map(checked)) {
    const live = await liveSchemaOf(db, table);
    const indexes: Array<{ name: string; def: string }> = await db.query(
      `SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS def FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
        WHERE i.indrelid = $1::regclass AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
        ORDER BY i.indexrelid`,
      [`${live}.${table}`],
    );
    for (const { name, def } of indexes) {
      if ('only' in which ? !which.only.includes(name) : which.except.includes(name)) continue;
      const onShadow = def.replace(new RegExp(` ON (ONLY )?${live}\\.${table} `), ` ON $1${REBUILD_SCHEMA}.${table} `);
      if (onShadow === def) throw new Error(`cannot place index on the rebuilt ${table}: ${def}`);
      await db.query(onShadow);
    }
    if ('except' in which) await db.query(`ANALYZE ${REBUILD_SCHEMA}.${table}`);
  }
}

/**
 * In the caller's transaction: the live tables are dropped and the copies take their place (with
 * their indexes, constraints and names). Readers of the old tables finish first; later ones see
 * the new tables.
 */
export async function swapInShadowTables(tx: EntityManager, tables: readonly string[]): Promise<void> {
  for (const table of tables.map(checked)) {
    const live = await liveSchemaOf(tx, table);
    await tx.query(`DROP TABLE ${live}.${table}`);
    await tx.query(`ALTER TABLE ${REBUILD_SCHEMA}.${table} SET SCHEMA ${live}`);
  }
}

export async function dropShadowTables(db: Db, tables: readonly string[]): Promise<void> {
  for (const table of tables.map(checked)) await db.query(`DROP TABLE IF EXISTS ${REBUILD_SCHEMA}.${table}`);
}

/** Inside a transaction: unqualified table names resolve to the copies first. */
export async function useShadowTables(tx: EntityManager): Promise<void> {
  await tx.query(`SELECT set_config('search_path', '${REBUILD_SCHEMA}, ' || current_setting('search_path'), true)`);
}
