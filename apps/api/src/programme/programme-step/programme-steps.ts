import { Injectable } from '@nestjs/common';
import { stepRunnerFor } from '../../commands/step-runner';
import type { ProgrammeCommandInput } from '../programme-streams';
import { RunProgrammeStep, type ProgrammeStepResult } from './programme-step.handler';

/** The programme routes' way to the bus: the mapped command with the request's context. */
@Injectable()
export class ProgrammeSteps extends stepRunnerFor<ProgrammeCommandInput, ProgrammeStepResult>(RunProgrammeStep) {}
