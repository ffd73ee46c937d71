import type { Upcaster } from '../shared';
import type { DocumentSigned } from './document.events';

/*
 * The older schema versions of the document's events, and the steps that bring them to the current
 * one. The store applies them on read; golden fixtures of every version are in testing/golden-events.
 */

/** `DocumentSigned` v1, before signing capacities: every leader signed in their own name. */
export type DocumentSignedV1 = { type: 'DocumentSigned'; data: Omit<DocumentSigned['data'], 'capacity'> };

export const DOCUMENT_SIGNED_V1_TO_V2: Upcaster<DocumentSignedV1['data'], DocumentSigned['data']> = {
  type: 'DocumentSigned',
  fromVersion: 1,
  upcast: (data) => ({ ...data, capacity: 'own' }),
};

export const DOCUMENT_UPCASTERS = [DOCUMENT_SIGNED_V1_TO_V2] as const;
