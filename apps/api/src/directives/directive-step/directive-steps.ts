import { Injectable } from '@nestjs/common';
import { stepRunnerFor } from '../../commands/step-runner';
import type { DirectiveCommandInput } from '../directive-streams';
import { RunDirectiveStep, type DirectiveStepResult } from './directive-step.handler';

/** The directive routes' way to the bus: the mapped command with the request's context. */
@Injectable()
export class DirectiveSteps extends stepRunnerFor<DirectiveCommandInput, DirectiveStepResult>(RunDirectiveStep) {}
