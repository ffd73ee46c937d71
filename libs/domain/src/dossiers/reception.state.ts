import type { ReceptionEvent, ReceptionRefused, SupplementRequestedAtReception } from './dossier.events';

/*
 * A slip given at the desk without opening a dossier (stream `reception-<id>`): Mẫu 02 (every
 * missing item with its reason) or Mẫu 03 (refusal with its reason and legal basis). One slip
 * per stream: the desk gives the applicant everything at once.
 */
export type ReceptionState =
  | { status: 'none' }
  | ({ status: 'supplement_requested' } & SupplementRequestedAtReception['data'])
  | ({ status: 'refused' } & ReceptionRefused['data']);

export const initialReceptionState: ReceptionState = { status: 'none' };

/** Folds one event; never throws; a second slip on the same stream is ignored. */
export function evolveReception(state: ReceptionState, event: ReceptionEvent): ReceptionState {
  if (state.status !== 'none') return state;
  switch (event.type) {
    case 'SupplementRequestedAtReception':
      return { status: 'supplement_requested', ...event.data };
    case 'ReceptionRefused':
      return { status: 'refused', ...event.data };
    default:
      return state;
  }
}
