import { Injectable } from '@nestjs/common';
import { stepRunnerFor } from '../../commands/step-runner';
import type { HandoverCommandInput } from '../handover-streams';
import { RunHandoverStep, type HandoverStepResult } from './handover-step.handler';

/** The hand-over routes' way to the bus: the mapped command with the request's context. */
@Injectable()
export class HandoverSteps extends stepRunnerFor<HandoverCommandInput, HandoverStepResult>(RunHandoverStep) {}
