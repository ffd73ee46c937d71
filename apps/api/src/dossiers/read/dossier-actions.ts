import { Inject, Injectable } from '@nestjs/common';
import { dossierActions, dossierStateFrom, dossierStreamName, type DossierEvent, type DossierStep } from '@office/domain';
import { EVENT_STORE, type EventStore } from '@office/event-store';
import { OrganisationDirectory } from '@office/read-models';
import type { AuthenticatedUser } from '../../auth/authenticated-user';

/**
 * The steps a person may take on a dossier now (the web's buttons), from the dossier's own stream
 * and the domain's turns table — the same table the decider refuses by — never from the read
 * model, which may trail the last command by a moment.
 */
@Injectable()
export class DossierActions {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly directory: OrganisationDirectory,
  ) {}

  async of(dossierId: string, user: AuthenticatedUser): Promise<DossierStep[]> {
    const [events, organisation] = await Promise.all([this.store.readStream(dossierStreamName(dossierId)), this.directory.organisation()]);
    const state = dossierStateFrom(events as unknown as DossierEvent[]);
    return dossierActions(state, { userId: user.id, roles: user.roles, departmentId: user.departmentId }, organisation);
  }
}
