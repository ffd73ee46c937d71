import { DIRECTIVE_EVENT_TYPES, directiveStreamName, evolveDirective, initialDirectiveState } from '@office/domain';
import type { Projection } from '../../projection';
import { PROJECTION_NAMES } from '../../projection-names';
import { entityColumns } from '../entity-columns';
import { applyToStreamRows } from '../stream-rows';
import { directiveRowOf } from './directive-row';
import { DirectiveRow } from './directive.entity';

const TASKS = {
  table: 'rm_directives',
  prefix: directiveStreamName(''),
  columns: entityColumns(DirectiveRow),
  initialState: initialDirectiveState,
  evolve: evolveDirective,
  rowOf: directiveRowOf,
};

/** `directives.v1`: the task register (Sổ theo dõi nhiệm vụ), one row per `directive-<id>` stream. */
export const directivesProjection: Projection = {
  name: PROJECTION_NAMES.directives,
  handles: new Set<string>(DIRECTIVE_EVENT_TYPES),
  tables: ['rm_directives'],
  apply: (events, tx) => applyToStreamRows(TASKS, events, tx),
};
