import type { Upcaster } from '../shared';
import type { DocumentDistributed, DocumentSigned } from './document.events';

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

/** `DocumentDistributed` v1, before distribution for information (để biết): nobody besides the lead department. */
export type DocumentDistributedV1 = { type: 'DocumentDistributed'; data: Omit<DocumentDistributed['data'], 'forInformation'> };

export const DOCUMENT_DISTRIBUTED_V1_TO_V2: Upcaster<DocumentDistributedV1['data'], DocumentDistributed['data']> = {
  type: 'DocumentDistributed',
  fromVersion: 1,
  upcast: (data) => ({ ...data, forInformation: { departmentIds: [], userIds: [] } }),
};

export const DOCUMENT_UPCASTERS = [DOCUMENT_SIGNED_V1_TO_V2, DOCUMENT_DISTRIBUTED_V1_TO_V2] as const;
