import { Injectable } from '@nestjs/common';
import { stepRunnerFor } from '../../commands/step-runner';
import type { DossierCommandInput } from '../dossier-streams';
import { RunDossierStep, type DossierStepResult } from './dossier-step.handler';

/** The dossier routes' way to the bus: the mapped command with the request's context. */
@Injectable()
export class DossierSteps extends stepRunnerFor<DossierCommandInput, DossierStepResult>(RunDossierStep) {}
