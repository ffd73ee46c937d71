import { DataSource } from 'typeorm';
import { Organisation1763800000000 } from './migrations/1763800000000-organisation';
import { Projector1763800000100 } from './migrations/1763800000100-projector';
import { Idempotency1763800000200 } from './migrations/1763800000200-idempotency';
import { DocumentSummaries1763800001000 } from './migrations/1763800001000-document-summaries';
import { Registers1763800001100 } from './migrations/1763800001100-registers';
import { ProcessSteps1763800001200 } from './migrations/1763800001200-process-steps';
import { DocumentSearch1763800001300 } from './migrations/1763800001300-document-search';
import { StatisticsIndexes1763800001400 } from './migrations/1763800001400-statistics-indexes';
import { Audit1763800005000 } from './migrations/1763800005000-audit';
import { DepartmentRow, FieldRow, UserRow } from './organisation/organisation.entities';
import { DocumentSearchRow, DocumentSummaryRow } from './documents/document-summary.entity';
import { IncomingRegisterRow, OutgoingRegisterRow } from './registers/register.entities';
import { ProcessDocumentRow, ProcessStepRow } from './process/process.entities';

export const READ_MODEL_ENTITIES = [DepartmentRow, UserRow, FieldRow, DocumentSummaryRow, DocumentSearchRow, IncomingRegisterRow, OutgoingRegisterRow, ProcessDocumentRow, ProcessStepRow];
export const READ_MODEL_MIGRATIONS = [
  Organisation1763800000000,
  Projector1763800000100,
  Idempotency1763800000200,
  DocumentSummaries1763800001000,
  Registers1763800001100,
  ProcessSteps1763800001200,
  DocumentSearch1763800001300,
  StatisticsIndexes1763800001400,
  Audit1763800005000,
];

// Any constant will do; it only has to be the same in every process that migrates.
const MIGRATION_LOCK = 7_341_001;

export function createReadModelDataSource(url: string, poolSize = 10): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: READ_MODEL_ENTITIES,
    migrations: READ_MODEL_MIGRATIONS,
    migrationsTableName: 'read_model_migrations',
    synchronize: false,
    extra: { max: poolSize },
  });
}

/** Runs pending migrations; several processes starting at once take turns. Answers the names applied now. */
export async function migrateReadModels(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}
