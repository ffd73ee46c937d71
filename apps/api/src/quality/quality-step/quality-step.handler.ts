import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandContext } from '../../commands/command-context';
import { QualityStreams, qualityIdOf, type QualityStepInput } from '../quality-streams';

/** One step on a quality record: the route maps the body, the domain decides. */
export class RunQualityStep {
  constructor(
    readonly input: QualityStepInput,
    readonly context: CommandContext,
  ) {}
}

export interface QualityStepResult {
  id: string;
  revision: string;
}

@CommandHandler(RunQualityStep)
export class RunQualityStepHandler implements ICommandHandler<RunQualityStep, QualityStepResult> {
  constructor(private readonly streams: QualityStreams) {}

  async execute({ input, context }: RunQualityStep): Promise<QualityStepResult> {
    const revision = await this.streams.run(input, context);
    return { id: qualityIdOf(input), revision: revision.toString() };
  }
}
