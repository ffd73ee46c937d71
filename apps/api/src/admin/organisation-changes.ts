import { randomInt } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  decideOrganisation, evolveOrganisation, initialOrganisationState, ORGANISATION_STREAM,
  type OrganisationCommand, type OrganisationEvent, type OrganisationState,
} from '@office/domain';
import { OrganisationDirectory } from '@office/read-models';
import { AccountStatus } from '../auth/account-status';
import { PasswordChecker } from '../auth/password-checker';
import type { AuthenticatedRequest } from '../auth/authenticated-user';
import { CommandPipeline, type Fold } from '../commands/command-pipeline';
import { CLOCK, contextOf, type Clock } from '../commands/request-context';
import type { OmitEach } from '../dossiers/dossier-streams';

export const ORGANISATION_FOLD: Fold<OrganisationState, OrganisationEvent> = { initialState: initialOrganisationState, evolve: evolveOrganisation };

/** An organisation command as a route maps it: who and when come from the request. */
export type OrganisationCommandInput = OmitEach<OrganisationCommand, 'actor' | 'now'>;

export interface ChangeAnswer {
  id: string;
  revision: string;
}

/** Letters and digits that cannot be mistaken for one another when read out or copied from a screen. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY346789';

/**
 * Every change of the organisation: through the pipeline on the one stream `organisation` (a
 * concurrent change is a 409), then applied to the tables at once, in this process, so that the
 * next request of anyone (a queue, a decision, the person's own token) sees it.
 */
@Injectable()
export class OrganisationChanges {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly directory: OrganisationDirectory,
    private readonly accounts: AccountStatus,
    private readonly passwords: PasswordChecker,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async run(input: OrganisationCommandInput, request: AuthenticatedRequest, subject: string): Promise<ChangeAnswer> {
    const context = contextOf(request, this.clock);
    const command = { ...input, actor: context.actor, now: context.now } as OrganisationCommand;
    const handled = await this.pipeline.handle(ORGANISATION_STREAM, ORGANISATION_FOLD, context, (state) => decideOrganisation(command, state), { command: input.type });
    await this.directory.catchUp();
    for (const event of handled.events) if ('userId' in event.data) this.accounts.forget(event.data.userId);
    return { id: subject, revision: handled.revision.toString() };
  }

  /** The organisation's state as its stream folds it (for a user's username before the password rule). */
  async state(): Promise<OrganisationState> {
    return (await this.pipeline.read(ORGANISATION_STREAM, ORGANISATION_FOLD)).state;
  }

  /** A temporary password, shown once to the administrator, in the vault as a hash only. */
  async temporaryCredential(userId: string): Promise<{ credentialId: string; temporaryPassword: string }> {
    const temporaryPassword = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
    return { credentialId: await this.directory.storeCredential(userId, await this.passwords.hash(temporaryPassword)), temporaryPassword };
  }

  /** A password the person chose, in the vault as a hash. */
  async credential(userId: string, password: string): Promise<string> {
    return this.directory.storeCredential(userId, await this.passwords.hash(password));
  }
}
