import { CASE_FILE_EVENT_TYPES, caseFileStreamName, evolveCaseFile, initialCaseFileState } from '@office/domain';
import { entityColumns } from '../../directives/entity-columns';
import { applyToStreamRows } from '../../directives/stream-rows';
import type { Projection } from '../../projection';
import { PROJECTION_NAMES } from '../../projection-names';
import { caseFileRowOf } from './case-file-row';
import { CaseFileRow } from './case-file.entity';

const CASE_FILES = {
  table: 'rm_case_files',
  prefix: caseFileStreamName(''),
  columns: entityColumns(CaseFileRow),
  initialState: initialCaseFileState,
  evolve: evolveCaseFile,
  rowOf: caseFileRowOf,
};

/** `case-files.v1`: the office's case files (hồ sơ công việc) and their deposit, one row per `case-file-<id>` stream. */
export const caseFilesProjection: Projection = {
  name: PROJECTION_NAMES.caseFiles,
  handles: new Set<string>(CASE_FILE_EVENT_TYPES),
  tables: ['rm_case_files'],
  apply: (events, tx) => applyToStreamRows(CASE_FILES, events, tx),
};
