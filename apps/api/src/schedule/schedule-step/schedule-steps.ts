import { Injectable } from '@nestjs/common';
import { stepRunnerFor } from '../../commands/step-runner';
import type { ScheduleCommandInput } from '../schedule-streams';
import { RunScheduleStep, type ScheduleStepResult } from './schedule-step.handler';

/** The schedule routes' way to the bus: the mapped command with the request's context. */
@Injectable()
export class ScheduleSteps extends stepRunnerFor<ScheduleCommandInput, ScheduleStepResult>(RunScheduleStep) {}
