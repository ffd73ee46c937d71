import { Injectable } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { stepRunnerFor } from '../../commands/step-runner';
import type { CommandContext } from '../../commands/command-context';
import { AbsenceStreams, type AbsenceCommandInput, type AbsenceStepResult } from '../absence-streams';

/** One step on an absence: the route maps the body, the domain decides. */
export class RunAbsenceStep {
  constructor(
    readonly input: AbsenceCommandInput,
    readonly context: CommandContext,
  ) {}
}

@CommandHandler(RunAbsenceStep)
export class RunAbsenceStepHandler implements ICommandHandler<RunAbsenceStep, AbsenceStepResult> {
  constructor(private readonly absences: AbsenceStreams) {}

  async execute({ input, context }: RunAbsenceStep): Promise<AbsenceStepResult> {
    const { revision } = await this.absences.run(input, context);
    return { id: input.absenceId, revision: revision.toString() };
  }
}

/** The absence routes' way to the bus: the mapped command with the request's context. */
@Injectable()
export class AbsenceSteps extends stepRunnerFor<AbsenceCommandInput, AbsenceStepResult>(RunAbsenceStep) {}
