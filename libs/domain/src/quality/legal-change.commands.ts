import type { LocalDate } from '../calendar';
import type { Actor } from '../shared';
import type { LegalImpact } from './legal-change.events';

interface CommandBase {
  legalChangeId: string;
  actor: Actor;
  now: string;
}

/** POST /api/quality/legal-changes (ISO secretary). */
export interface RegisterLegalChange extends CommandBase {
  type: 'register';
  docSymbol: string;
  excerpt: string;
  issuedOn: LocalDate;
  effectiveFrom: LocalDate;
  procedureCodes: string[];
}

/** POST /api/quality/legal-changes/:id/assess (ISO secretary). */
export interface AssessLegalChange extends CommandBase {
  type: 'assess';
  impact: LegalImpact;
  note: string;
}

/** POST /api/quality/legal-changes/:id/incorporate (ISO secretary): the approved version that takes it in. */
export interface IncorporateLegalChange extends CommandBase {
  type: 'incorporate';
  procedureCode: string;
  version: number;
}

export type LegalChangeCommand = RegisterLegalChange | AssessLegalChange | IncorporateLegalChange;
