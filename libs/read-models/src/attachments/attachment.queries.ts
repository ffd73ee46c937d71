import type { DataSource, EntityManager } from 'typeorm';

/** An attached file as the lists show it (no `contentUrl`: the API knows its routes). */
export interface AttachmentListing {
  attachmentId: string;
  ownerKind: 'document' | 'dossier';
  ownerId: string;
  purpose: string;
  itemCode: string | null;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
  attachedBy: string;
  attachedAt: string;
}

const COLUMNS = `attachment_id AS "attachmentId", owner_kind AS "ownerKind", owner_id AS "ownerId", purpose, item_code AS "itemCode", name,
  media_type AS "mediaType", size::float8 AS size, sha256, attached_by AS "attachedBy", attached_at AS "attachedAt"`;

function listing(row: AttachmentListing & { attachedAt: Date | string }): AttachmentListing {
  return { ...row, attachedAt: new Date(row.attachedAt).toISOString() };
}

/** Reads of `attachments.v1`; visibility of the owner is the caller's to check first. */
export class AttachmentQueries {
  constructor(private readonly db: DataSource | EntityManager) {}

  /** A document's or dossier's files, in the order they were attached. */
  async of(ownerKind: 'document' | 'dossier', ownerId: string): Promise<AttachmentListing[]> {
    const rows = await this.db.query(`SELECT ${COLUMNS} FROM rm_attachments WHERE owner_id = $1 AND owner_kind = $2 ORDER BY position`, [ownerId, ownerKind]);
    return rows.map(listing);
  }

  /** Files attached in [from, to), for the evidence pack. */
  async attachedBetween(from: Date, to: Date): Promise<AttachmentListing[]> {
    const rows = await this.db.query(`SELECT ${COLUMNS} FROM rm_attachments WHERE attached_at >= $1 AND attached_at < $2 ORDER BY attached_at, position`, [from, to]);
    return rows.map(listing);
  }

  /** Which of these hashes some event references (garbage collection keeps those). */
  async referenced(hashes: readonly string[]): Promise<Set<string>> {
    if (hashes.length === 0) return new Set();
    const rows: Array<{ sha256: string }> = await this.db.query('SELECT DISTINCT sha256 FROM rm_attachments WHERE sha256 = ANY($1::char(64)[])', [hashes]);
    return new Set(rows.map((row) => row.sha256));
  }
}
