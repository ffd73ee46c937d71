import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandContext } from '../../commands/command-context';
import { DossierStreams, type DossierCommandInput } from '../dossier-streams';

/** One step on a dossier that takes no number: the route maps the body, the domain decides. */
export class RunDossierStep {
  constructor(
    readonly input: DossierCommandInput,
    readonly context: CommandContext,
  ) {}
}

export interface DossierStepResult {
  id: string;
  revision: string;
}

@CommandHandler(RunDossierStep)
export class RunDossierStepHandler implements ICommandHandler<RunDossierStep, DossierStepResult> {
  constructor(private readonly dossiers: DossierStreams) {}

  async execute({ input, context }: RunDossierStep): Promise<DossierStepResult> {
    const { revision } = await this.dossiers.run(input, context);
    return { id: input.dossierId, revision: revision.toString() };
  }
}
