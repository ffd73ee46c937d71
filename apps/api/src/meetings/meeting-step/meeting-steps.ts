import { Injectable } from '@nestjs/common';
import { stepRunnerFor } from '../../commands/step-runner';
import type { MeetingCommandInput } from '../meeting-streams';
import { RunMeetingStep, type MeetingStepResult } from './meeting-step.handler';

/** The meeting routes' way to the bus: the mapped command with the request's context. */
@Injectable()
export class MeetingSteps extends stepRunnerFor<MeetingCommandInput, MeetingStepResult>(RunMeetingStep) {}
