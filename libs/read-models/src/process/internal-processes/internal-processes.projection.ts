import { evolveProcedure, INTERNAL_PROCESS_EVENT_TYPES, type InternalProcessState, type ProcedureEvent } from '@office/domain';
import { entityColumns } from '../../directives/entity-columns';
import { loadRows, upsertColumns } from '../../onestop/row-columns';
import type { Projection } from '../../projection';
import { PROJECTION_NAMES } from '../../projection-names';
import { upsertRows } from '../../sql/upsert-rows';
import { InternalProcessRow } from './internal-process.entity';

const COLUMNS = entityColumns(InternalProcessRow);

/**
 * `internal-processes.v1`: the catalogue's internal processes (rm_internal_processes), folded by the
 * catalogue's own `evolveProcedure`. Approvals (ProcedureVersionApproved) are shared with procedures:
 * one for a code that is not an internal process has no row and changes nothing. Idempotent by the
 * row's last position.
 */
export const internalProcessesProjection: Projection = {
  name: PROJECTION_NAMES.internalProcesses,
  handles: new Set<string>([...INTERNAL_PROCESS_EVENT_TYPES, 'ProcedureVersionApproved']),
  tables: ['rm_internal_processes'],
  async apply(events, tx) {
    if (events.length === 0) return;
    const codes = [...new Set(events.map((e) => (e.data as ProcedureEvent['data']).code))];
    const rows = new Map((await loadRows(tx, 'rm_internal_processes', COLUMNS, 't.code = ANY($1)', [codes])).map((r) => [r.code, r]));
    const changed = new Set<string>();
    for (const recorded of events) {
      const event = recorded as unknown as ProcedureEvent;
      const before = rows.get(event.data.code);
      if (before ? recorded.position <= before.lastPosition : event.type !== 'InternalProcessRegistered') continue;
      const state = evolveProcedure(before?.state ?? { status: 'none' }, event);
      if (state.status !== 'internal_process') continue;
      rows.set(state.code, { code: state.code, name: state.name, state: state as InternalProcessState, lastPosition: recorded.position });
      changed.add(state.code);
    }
    await upsertRows(tx, { table: 'rm_internal_processes', columns: upsertColumns(COLUMNS), key: ['code'], guard: 'last_position' }, [...changed].map((code) => rows.get(code)!));
  },
};
