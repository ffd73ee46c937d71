import { CaseFileRow } from './case-files/case-file.entity';

/** The records' tables, for the read-model data source. */
export const RECORDS_ENTITIES = [CaseFileRow];
