import { Inject, Injectable, type Type } from '@nestjs/common';
import { CommandBus, type ICommand } from '@nestjs/cqrs';
import type { AuthenticatedRequest } from '../auth/authenticated-user';
import type { CommandContext } from './command-context';
import { CLOCK, contextOf, type Clock } from './request-context';

export interface StepRunner<Input, Result> {
  run(input: Input, request: AuthenticatedRequest): Promise<Result>;
}

/**
 * A context's step runner: what every route of the context does once it has mapped its body — the
 * command, with the request's context (actor, time, correlation, Idempotency-Key), through the bus.
 * `export class DossierSteps extends stepRunnerFor<DossierCommandInput, DossierStepResult>(RunDossierStep) {}`
 */
export function stepRunnerFor<Input, Result>(Command: new (input: Input, context: CommandContext) => ICommand): Type<StepRunner<Input, Result>> {
  @Injectable()
  class Runner implements StepRunner<Input, Result> {
    constructor(
      readonly commands: CommandBus,
      @Inject(CLOCK) readonly clock: Clock,
    ) {}

    run(input: Input, request: AuthenticatedRequest): Promise<Result> {
      return this.commands.execute(new Command(input, contextOf(request, this.clock)));
    }
  }
  return Runner;
}
