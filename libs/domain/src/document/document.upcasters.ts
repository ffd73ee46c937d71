import { INCOMING_DOCUMENTS_PROCESS_V1 } from '../deadlines';
import type { Upcaster } from '../shared';
import type { DocumentArchived, DocumentDistributed, DocumentReceived, DocumentSigned } from './document.events';

/*
 * The older schema versions of the document's events, and the steps that bring them to the current
 * one. The store applies them on read; golden fixtures of every version are in testing/golden-events.
 */

/** `DocumentSigned` v1, before signing capacities: every leader signed in their own name. */
export type DocumentSignedV1 = { type: 'DocumentSigned'; data: Omit<DocumentSignedV2['data'], 'capacity'> };

export const DOCUMENT_SIGNED_V1_TO_V2: Upcaster<DocumentSignedV1['data'], DocumentSignedV2['data']> = {
  type: 'DocumentSigned',
  fromVersion: 1,
  upcast: (data) => ({ ...data, capacity: 'own' }),
};

/** `DocumentSigned` v2, before delegations: the capacity was always `own`, for nobody else. */
export type DocumentSignedV2 = { type: 'DocumentSigned'; data: Omit<DocumentSigned['data'], 'capacity' | 'onBehalfOf' | 'delegationId'> & { capacity: 'own' } };

export const DOCUMENT_SIGNED_V2_TO_V3: Upcaster<DocumentSignedV2['data'], DocumentSigned['data']> = {
  type: 'DocumentSigned',
  fromVersion: 2,
  upcast: (data) => ({ ...data, onBehalfOf: null, delegationId: null }),
};

/** `DocumentDistributed` v1, before distribution for information (để biết): nobody besides the lead department. */
export type DocumentDistributedV1 = { type: 'DocumentDistributed'; data: Omit<DocumentDistributed['data'], 'forInformation'> };

export const DOCUMENT_DISTRIBUTED_V1_TO_V2: Upcaster<DocumentDistributedV1['data'], DocumentDistributed['data']> = {
  type: 'DocumentDistributed',
  fromVersion: 1,
  upcast: (data) => ({ ...data, forInformation: { departmentIds: [], userIds: [] } }),
};

/** `DocumentArchived` v1, before case files (hồ sơ công việc): archived by file code alone, in no case file. */
export type DocumentArchivedV1 = { type: 'DocumentArchived'; data: Omit<DocumentArchived['data'], 'caseFileId' | 'caseFileCode'> };

export const DOCUMENT_ARCHIVED_V1_TO_V2: Upcaster<DocumentArchivedV1['data'], DocumentArchived['data']> = {
  type: 'DocumentArchived',
  fromVersion: 1,
  upcast: (data) => ({ ...data, caseFileId: null, caseFileCode: null }),
};

/**
 * `DocumentReceived` v1, before documents recorded their process: every deadline was computed with
 * the limits of DOMAIN.md §3, which are QT-VB-01 version 1.
 */
export type DocumentReceivedV1 = { type: 'DocumentReceived'; data: Omit<DocumentReceived['data'], 'process'> };

export const DOCUMENT_RECEIVED_V1_TO_V2: Upcaster<DocumentReceivedV1['data'], DocumentReceived['data']> = {
  type: 'DocumentReceived',
  fromVersion: 1,
  upcast: (data) => ({ ...data, process: INCOMING_DOCUMENTS_PROCESS_V1 }),
};

export const DOCUMENT_UPCASTERS = [
  DOCUMENT_SIGNED_V1_TO_V2, DOCUMENT_SIGNED_V2_TO_V3, DOCUMENT_DISTRIBUTED_V1_TO_V2, DOCUMENT_ARCHIVED_V1_TO_V2, DOCUMENT_RECEIVED_V1_TO_V2,
] as const;
