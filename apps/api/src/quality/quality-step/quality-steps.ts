import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { CLOCK, contextOf, type Clock } from '../../commands/request-context';
import type { QualityStepInput } from '../quality-streams';
import { RunQualityStep, type QualityStepResult } from './quality-step.handler';
import { newAggregateId } from '../../commands/command-context';

/** What every quality route does once it has mapped its body: the command with the request's context, through the bus. */
@Injectable()
export class QualitySteps {
  constructor(
    private readonly commands: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  run(input: QualityStepInput, request: AuthenticatedRequest): Promise<QualityStepResult> {
    return this.commands.execute(new RunQualityStep(input, contextOf(request, this.clock)));
  }

  /** A new record: with an Idempotency-Key its id derives from the key, so a retry answers the same record. */
  create(kind: QualityStepInput['kind'], build: (id: string) => QualityStepInput, request: AuthenticatedRequest): Promise<QualityStepResult> {
    const context = contextOf(request, this.clock);
    const id = newAggregateId(context, kind);
    return this.commands.execute(new RunQualityStep(build(id), context));
  }
}
