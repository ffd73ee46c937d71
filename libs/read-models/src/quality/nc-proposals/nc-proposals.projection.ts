import { evolveNcProposal, initialNcProposalState, NC_PROPOSAL_EVENT_TYPES, ncProposalStreamName, type NcProposalEvent } from '@office/domain';
import { entityColumns } from '../../directives/entity-columns';
import { upsertColumns } from '../../onestop/row-columns';
import type { Projection } from '../../projection';
import { PROJECTION_NAMES } from '../../projection-names';
import { upsertRows } from '../../sql/upsert-rows';
import { NcProposalRow } from './nc-proposal.entity';

const PREFIX = ncProposalStreamName('');
const COLUMNS = upsertColumns(entityColumns(NcProposalRow));

/**
 * `quality-nc-proposals.v1`: one row per decided proposal. A proposal is decided by exactly one
 * event (the decider refuses a second), so each event makes its row from nothing; the guard keeps
 * a replay from changing anything.
 */
export const ncProposalsProjection: Projection = {
  name: PROJECTION_NAMES.qualityNcProposals,
  handles: new Set<string>(NC_PROPOSAL_EVENT_TYPES),
  tables: ['rm_quality_nc_proposals'],
  apply: async (events, tx) => {
    const rows: NcProposalRow[] = [];
    for (const recorded of events) {
      if (!recorded.streamId.startsWith(PREFIX)) continue;
      const state = evolveNcProposal(initialNcProposalState, recorded as unknown as NcProposalEvent);
      if (state.status === 'none') continue;
      const { subject } = state;
      rows.push({
        key: state.key,
        status: state.status,
        dossierId: subject.kind === 'dossier' ? subject.dossierId : null,
        documentId: subject.kind === 'step' ? subject.documentId : null,
        step: subject.kind === 'step' ? subject.step : null,
        nonconformityId: state.status === 'accepted' ? state.nonconformityId : null,
        decidedAt: state.decidedAt,
        state,
        lastPosition: recorded.position,
      });
    }
    await upsertRows(tx, { table: 'rm_quality_nc_proposals', columns: COLUMNS, key: ['key'], guard: 'last_position' }, rows);
  },
};
