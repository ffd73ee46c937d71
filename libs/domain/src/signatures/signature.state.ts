import type { DocumentSignatureVerified, RecordedSignatureData, SignatureEvent } from './signature.events';

/*
 * A document's digital signatures: none → person recorded → organisation recorded; verifications
 * are added at any time and change nothing else.
 */
export type SignatureVerification = DocumentSignatureVerified['data'];

export interface SignaturesState {
  person: RecordedSignatureData | null;
  organisation: (RecordedSignatureData & { personSerial: string }) | null;
  verifications: SignatureVerification[];
}

export const initialSignaturesState: SignaturesState = { person: null, organisation: null, verifications: [] };

export function evolveSignatures(state: SignaturesState, event: SignatureEvent): SignaturesState {
  switch (event.type) {
    case 'SignaturePersonRecorded':
      return { ...state, person: event.data };
    case 'SignatureOrganisationRecorded':
      return { ...state, organisation: event.data };
    case 'DocumentSignatureVerified':
      return { ...state, verifications: [...state.verifications, event.data] };
  }
}

export function signaturesStateFrom(events: readonly SignatureEvent[]): SignaturesState {
  return events.reduce(evolveSignatures, initialSignaturesState);
}
