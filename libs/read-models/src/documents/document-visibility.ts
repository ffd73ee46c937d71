import { canView, type Actor, type DocumentState, type Organisation } from '@office/domain';
import type { DataSource } from 'typeorm';
import { DelegationQueries } from '../delegations/delegation.queries';

/**
 * `canView` for one document, weighing the delegations the viewer holds (DOMAIN.md §10: a deputy
 * under a live delegation reads what awaits the signature of the leader who gave it). They are read
 * only when the rest of the rule says no and a submission names a leader: the rare case.
 */
export class DocumentVisibility {
  private readonly delegations: DelegationQueries;

  constructor(dataSource: DataSource) {
    this.delegations = new DelegationQueries(dataSource);
  }

  async canView(state: DocumentState, viewer: Actor, organisation: Organisation, at: string): Promise<boolean> {
    if (canView(state, viewer, organisation)) return true;
    if (state.status === 'none' || state.submission === null) return false;
    return canView(state, viewer, organisation, { delegations: await this.delegations.heldBy(viewer.userId), now: at });
  }
}
