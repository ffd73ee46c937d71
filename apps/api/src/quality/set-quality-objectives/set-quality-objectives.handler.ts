import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  decideQualityObjectives, evolveQualityObjectives, initialQualityObjectivesState, qualityObjectivesStreamName,
  type QualityObjectivesEvent, type QualityObjectivesState,
} from '@office/domain';
import type { CommandContext } from '../../commands/command-context';
import { CommandPipeline, type Fold } from '../../commands/command-pipeline';
import type { SetQualityObjectivesRequest } from './set-quality-objectives.request';

const FOLD: Fold<QualityObjectivesState, QualityObjectivesEvent> = { initialState: initialQualityObjectivesState, evolve: evolveQualityObjectives };

export class SetQualityObjectives {
  constructor(
    readonly body: SetQualityObjectivesRequest,
    readonly context: CommandContext,
  ) {}
}

/** The year (the stream's key: a year has one policy and set of objectives) and the stream's revision. */
export interface SetQualityObjectivesResult {
  year: number;
  revision: string;
}

/** The year's policy and objectives on stream `quality-objectives-<year>`: the domain decides who and what. */
@CommandHandler(SetQualityObjectives)
export class SetQualityObjectivesHandler implements ICommandHandler<SetQualityObjectives, SetQualityObjectivesResult> {
  constructor(private readonly pipeline: CommandPipeline) {}

  async execute({ body, context }: SetQualityObjectives): Promise<SetQualityObjectivesResult> {
    const command = { type: 'set' as const, year: body.year, policy: body.policy, objectives: body.objectives, actor: context.actor, now: context.now };
    const { revision } = await this.pipeline.handle(qualityObjectivesStreamName(body.year), FOLD, context, (state) => decideQualityObjectives(command, state), { command: command.type });
    return { year: body.year, revision: revision.toString() };
  }
}
