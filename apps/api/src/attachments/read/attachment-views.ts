import type { RecordedEvent } from '@office/event-store';
import type { AttachmentListing } from '@office/read-models';

/** An attachment as the API answers it: the read model's facts (the owner is in the path) and where its bytes are. */
export type AttachmentView = Omit<AttachmentListing, 'ownerKind' | 'ownerId' | 'itemCode'> & { itemCode?: string | null; contentUrl: string };

export const ATTACHMENT_SCHEMA = {
  type: 'object',
  properties: {
    attachmentId: { type: 'string', format: 'uuid' },
    purpose: { type: 'string', example: 'scan' },
    itemCode: { type: 'string', nullable: true, description: 'dossiers: the item as received' },
    name: { type: 'string', example: 'Công văn 512-SKHĐT.pdf' },
    mediaType: { type: 'string', example: 'application/pdf' },
    size: { type: 'integer', example: 48213 },
    sha256: { type: 'string', example: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' },
    attachedBy: { type: 'string', format: 'uuid' },
    attachedAt: { type: 'string', format: 'date-time' },
    contentUrl: { type: 'string', example: '/api/documents/5f0c6a52-6a41-4c44-9a7e-0d3c2b1a0001/attachments/9b2e0c1d-0000-4000-8000-0000000000a1/content' },
  },
};

export const ATTACHMENT_LIST_SCHEMA = {
  type: 'object',
  properties: { id: { type: 'string', format: 'uuid' }, attachments: { type: 'array', items: ATTACHMENT_SCHEMA }, projectedPosition: { type: 'string' } },
};

export const ATTACHED_SCHEMA = {
  type: 'object',
  properties: { id: { type: 'string', format: 'uuid' }, revision: { type: 'string' }, ...ATTACHMENT_SCHEMA.properties },
};

export function contentUrlOf(owner: 'documents' | 'dossiers', ownerId: string, attachmentId: string): string {
  return `/api/${owner}/${ownerId}/attachments/${attachmentId}/content`;
}

export function listingView(owner: 'documents' | 'dossiers', listing: AttachmentListing): AttachmentView {
  const { ownerKind: _kind, ownerId, itemCode, ...rest } = listing;
  return { ...rest, ...(owner === 'dossiers' ? { itemCode } : {}), contentUrl: contentUrlOf(owner, ownerId, listing.attachmentId) };
}

type AttachedData = { attachmentId: string; name: string; mediaType: string; size: number; sha256: string; purpose: string; itemCode?: string | null; by: string; at: string };

/** The attaching event of `attachmentId` in a stream, read from the store (exact, whatever the projector's lag). */
export function attachedIn(events: readonly RecordedEvent[], type: string, attachmentId: string): AttachedData | undefined {
  const event = events.find((e) => e.type === type && (e.data as { attachmentId?: string }).attachmentId === attachmentId);
  return event?.data as unknown as AttachedData | undefined;
}
