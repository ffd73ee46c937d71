import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { RunDocumentStep, type StepResult } from '../document-step.command';
import { DocumentStreams } from '../document-streams';

/** One step on a document (any but registration and issue, which take a number): the route maps the body, the domain decides, the pipeline appends. */
@CommandHandler(RunDocumentStep)
export class RunDocumentStepHandler implements ICommandHandler<RunDocumentStep, StepResult> {
  constructor(private readonly documents: DocumentStreams) {}

  async execute({ input, context }: RunDocumentStep): Promise<StepResult> {
    const { revision } = await this.documents.run(input, context);
    return { id: input.documentId, revision: revision.toString() };
  }
}
