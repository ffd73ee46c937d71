import { Injectable } from '@nestjs/common';
import { stepRunnerFor } from '../../commands/step-runner';
import { RunDocumentStep, type StepInput, type StepResult } from '../document-step.command';

/** The document routes' way to the bus: the mapped command with the request's context. */
@Injectable()
export class DocumentSteps extends stepRunnerFor<StepInput, StepResult>(RunDocumentStep) {}
