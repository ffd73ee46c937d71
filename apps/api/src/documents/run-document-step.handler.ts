import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decideDocument, type DocumentCommand } from '@office/domain';
import { DelegationQueries } from '@office/read-models';
import { DataSource } from 'typeorm';
import { DocumentRepository } from './document-repository';
import { RunDocumentStep, type StepResult } from './document-step.command';

/** read stream -> fold -> decide -> append with the expected revision (a lost race is 409 CONCURRENCY_CONFLICT). */
@CommandHandler(RunDocumentStep)
export class RunDocumentStepHandler implements ICommandHandler<RunDocumentStep, StepResult> {
  private readonly delegations: DelegationQueries;

  constructor(
    private readonly documents: DocumentRepository,
    dataSource: DataSource,
  ) {
    this.delegations = new DelegationQueries(dataSource);
  }

  execute({ input, context }: RunDocumentStep): Promise<StepResult> {
    return this.documents.withDocument(input.documentId, context, async (loaded) => {
      const replayed = this.documents.appliedBefore(loaded, context);
      if (replayed !== null) return { id: loaded.id, revision: replayed.toString() };
      const command = { ...input, actor: context.actor, now: context.now } as DocumentCommand;
      // The sign step weighs the delegations the signer holds, read now (DOMAIN.md §10); the decider judges which stand at `now`.
      const delegations = input.type === 'sign' ? await this.delegations.heldBy(context.actor.userId) : [];
      const events = decideDocument(command, loaded.state, { ...(await this.documents.decisionContext()), delegations });
      const { nextExpectedRevision } = await this.documents.append(loaded, events, context);
      return { id: loaded.id, revision: nextExpectedRevision.toString() };
    });
  }
}
