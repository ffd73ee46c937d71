import { DataSource } from 'typeorm';
import { Programme1763800022000 } from './migrations/1763800022000-programme';
import { PROGRAMME_ENTITIES } from './programme/programme.entities';
import { Organisation1763800000000 } from './migrations/1763800000000-organisation';
import { Projector1763800000100 } from './migrations/1763800000100-projector';
import { Idempotency1763800000200 } from './migrations/1763800000200-idempotency';
import { DocumentSummaries1763800001000 } from './migrations/1763800001000-document-summaries';
import { Registers1763800001100 } from './migrations/1763800001100-registers';
import { ProcessSteps1763800001200 } from './migrations/1763800001200-process-steps';
import { DocumentSearch1763800001300 } from './migrations/1763800001300-document-search';
import { StatisticsIndexes1763800001400 } from './migrations/1763800001400-statistics-indexes';
import { RateLimits1763800004000 } from './migrations/1763800004000-rate-limits';
import { Onestop1763800002000 } from './migrations/1763800002000-onestop';
import { OnestopStatistics1763800002500 } from './migrations/1763800002500-onestop-statistics';
import { Audit1763800005000 } from './migrations/1763800005000-audit';
import { Directives1763800006000 } from './migrations/1763800006000-directives';
import { Quality1763800007000 } from './migrations/1763800007000-quality';
import { Attachments1763800009000 } from './migrations/1763800009000-attachments';
import { QualityNcProposals1763800008100 } from './migrations/1763800008100-quality-nc-proposals';
import { Notices1763800010000 } from './migrations/1763800010000-notices';
import { QualityObjectives1763800013000 } from './migrations/1763800013000-quality-objectives';
import { Handovers1763800015000 } from './migrations/1763800015000-handovers';
import { HandoverRow } from './handover/handover.entity';
import { DocumentListFilters1763800011000 } from './migrations/1763800011000-document-list-filters';
import { ForInformation1763800012000 } from './migrations/1763800012000-for-information';
import { NOTICES_ENTITIES } from './notices/notices.entities';
import { Delegations1763800016000 } from './migrations/1763800016000-delegations';
import { DELEGATIONS_ENTITIES } from './delegations/delegation.entity';
import { ABSENCES_ENTITIES } from './absences/absence.entity';
import { Absences1763800025000 } from './migrations/1763800025000-absences';
import { ORGANISATION_ENTITIES } from './organisation/organisation.entities';
import { OrganisationHistory1763800019000 } from './migrations/1763800019000-organisation-history';
import { DocumentSearchRow, DocumentSummaryRow } from './documents/document-summary.entity';
import { REGISTER_ENTITIES } from './registers/register.entities';
import { RegisterTotals1763800029000 } from './migrations/1763800029000-register-totals';
import { ProcessDocumentRow, ProcessStepRow } from './process/process.entities';
import { InternalProcessRow } from './process/internal-processes/internal-process.entity';
import { InternalProcesses1763800026000 } from './migrations/1763800026000-internal-processes';
import { ONESTOP_ENTITIES } from './onestop/onestop.entities';
import { DIRECTIVES_ENTITIES } from './directives/directives.entities';
import { RECORDS_ENTITIES } from './records/records.entities';
import { Records1763800014000 } from './migrations/1763800014000-records';
import { QUALITY_ENTITIES } from './quality/quality.entities';
import { AttachmentRow } from './attachments/attachment.entity';
import { EXCHANGE_ENTITIES } from './exchange/exchange.entities';
import { Exchange1763800018000 } from './migrations/1763800018000-exchange';
import { Schedule1763800023000 } from './migrations/1763800023000-schedule';
import { MeetingSessions1763800024000 } from './migrations/1763800024000-meeting-sessions';
import { SCHEDULE_ENTITIES } from './schedule/schedule.entities';

export const READ_MODEL_ENTITIES = [...ORGANISATION_ENTITIES, DocumentSummaryRow, DocumentSearchRow, ...REGISTER_ENTITIES, ProcessDocumentRow, ProcessStepRow, InternalProcessRow, ...ONESTOP_ENTITIES, ...DIRECTIVES_ENTITIES, ...QUALITY_ENTITIES, ...NOTICES_ENTITIES, ...DELEGATIONS_ENTITIES, ...ABSENCES_ENTITIES, AttachmentRow, HandoverRow, ...EXCHANGE_ENTITIES, ...RECORDS_ENTITIES, ...SCHEDULE_ENTITIES, ...PROGRAMME_ENTITIES];
export const READ_MODEL_MIGRATIONS = [
  Organisation1763800000000,
  Projector1763800000100,
  Idempotency1763800000200,
  DocumentSummaries1763800001000,
  Registers1763800001100,
  ProcessSteps1763800001200,
  InternalProcesses1763800026000,
  DocumentSearch1763800001300,
  StatisticsIndexes1763800001400,
  Onestop1763800002000,
  OnestopStatistics1763800002500,
  RateLimits1763800004000,
  Audit1763800005000,
  Directives1763800006000,
  Quality1763800007000,
  QualityNcProposals1763800008100,
  Attachments1763800009000,
  Notices1763800010000,
  QualityObjectives1763800013000,
  DocumentListFilters1763800011000,
  ForInformation1763800012000,
  Handovers1763800015000,
  Delegations1763800016000,
  Absences1763800025000,
  OrganisationHistory1763800019000,
  Exchange1763800018000,
  Records1763800014000,
  Schedule1763800023000,
  MeetingSessions1763800024000,
  Programme1763800022000,
  RegisterTotals1763800029000,
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
    // A PostgreSQL that does not answer (link cut, host gone) fails the request in seconds, as 503, rather than holding it.
    connectTimeoutMS: 5_000,
    extra: { max: poolSize, keepAlive: true },
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
