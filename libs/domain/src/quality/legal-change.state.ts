import { localDateOf, type LocalDate } from '../calendar';
import type { LegalChangeEvent, LegalImpact } from './legal-change.events';

export type Incorporation = { procedureCode: string; version: number; approvedOn: LocalDate; at: string };

type Registered = {
  docSymbol: string;
  excerpt: string;
  issuedOn: LocalDate;
  effectiveFrom: LocalDate;
  dueOn: LocalDate;
  procedureCodes: string[];
  registeredAt: string;
  assessment: { impact: LegalImpact; note: string; by: string; at: string } | null;
  incorporations: Incorporation[];
};

/**
 * A legal change (stream `legal-change-<id>`): `registered` waits for its assessment; `revising`
 * for a new approved version of every affected procedure; `no_impact` and `incorporated` are done.
 */
export const LEGAL_CHANGE_STATUSES = ['registered', 'revising', 'no_impact', 'incorporated'] as const;

export type LegalChangeState = { status: 'none' } | (Registered & { status: (typeof LEGAL_CHANGE_STATUSES)[number] });

export type KnownLegalChange = Exclude<LegalChangeState, { status: 'none' }>;

export const initialLegalChangeState: LegalChangeState = { status: 'none' };

export function evolveLegalChange(state: LegalChangeState, event: LegalChangeEvent): LegalChangeState {
  switch (event.type) {
    case 'LegalChangeRegistered': {
      const { by: _by, at, ...change } = event.data;
      return { status: 'registered', ...change, registeredAt: at, assessment: null, incorporations: [] };
    }
    case 'LegalChangeAssessed': {
      if (state.status === 'none') return state;
      return { ...state, status: event.data.impact === 'none' ? 'no_impact' : 'revising', assessment: { ...event.data } };
    }
    case 'LegalChangeIncorporated': {
      if (state.status === 'none') return state;
      const { procedureCode, version, approvedOn, at } = event.data;
      const incorporations = [...state.incorporations, { procedureCode, version, approvedOn, at }];
      const done = state.procedureCodes.every((code) => incorporations.some((i) => i.procedureCode === code));
      return { ...state, status: done ? 'incorporated' : state.status, incorporations };
    }
    default:
      return state;
  }
}

/**
 * The day the system was brought up to date, null while it is not: the assessment's day when
 * nothing had to change, else the day the last affected procedure's new version was approved.
 */
export function legalChangeDoneOn(state: KnownLegalChange): LocalDate | null {
  if (state.status === 'no_impact') return localDateOf(state.assessment!.at);
  if (state.status !== 'incorporated') return null;
  return state.incorporations.map((i) => i.approvedOn).reduce((a, b) => (a > b ? a : b));
}
