import { mkdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { HashedOutput, type PackedFile } from '@office/audit';
import { hasRole, isRestricted, type Actor, type Confidentiality } from '@office/domain';
import type { BlobStore } from '@office/storage';
import type { DataSource } from 'typeorm';
import type { Period } from '../../read-models/period';
import { toCsv } from '../../read-models/registers/register-csv';

/** A file attached in the period, as the manifest lists it: the hash the event recorded, and where the bytes are in the pack. */
export interface AttachedFileEntry {
  ownerKind: 'document' | 'dossier';
  ownerId: string;
  attachmentId: string;
  purpose: string;
  /** Null when withheld: a confidential document the requester may not read (its hash stays listed). */
  name: string | null;
  mediaType: string;
  size: number;
  sha256: string;
  attachedAt: string;
  attachedBy: string;
  /** The file inside the zip, when the pack includes the files. */
  packedAs: string | null;
}

const HEADERS = ['Loại', 'Mã văn bản/hồ sơ', 'Mã tệp', 'Mục đích', 'Tên tệp', 'Kiểu', 'Kích thước (byte)', 'SHA-256', 'Thời điểm đính kèm', 'Người đính kèm', 'Tệp trong gói'];
const FOLDER = 'tep-dinh-kem';

type Row = { owner_kind: 'document' | 'dossier'; owner_id: string; attachment_id: string; purpose: string; name: string; media_type: string; size: string; sha256: string; attached_at: Date; attached_by: string; confidentiality: Confidentiality | null };

/**
 * Every file attached in the period (to the pack's documents and, without a field, to dossiers too),
 * listed with its hash in `tep-dinh-kem.csv` and the manifest; with `includeFiles`, the files
 * themselves under `tep-dinh-kem/`, each written through a hash so the pack proves its bytes are
 * the ones the events recorded. A confidential document's file the requester may not read is
 * listed by hash only.
 */
export async function writeAttachedFiles(
  dir: string,
  deps: { dataSource: DataSource; files?: BlobStore },
  period: Period,
  fieldCode: string | null,
  viewer: Actor,
  includeFiles: boolean,
): Promise<{ files: PackedFile[]; entries: AttachedFileEntry[] }> {
  const rows: Row[] = await deps.dataSource.query(
    `SELECT a.owner_kind, a.owner_id, a.attachment_id, a.purpose, a.name, a.media_type, a.size::text AS size, a.sha256, a.attached_at, a.attached_by, d.confidentiality
       FROM rm_attachments a
       LEFT JOIN rm_document_summaries d ON a.owner_kind = 'document' AND d.id = a.owner_id
       LEFT JOIN rm_dossiers s ON a.owner_kind = 'dossier' AND s.id = a.owner_id
      WHERE a.attached_at >= ($1::date::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')
        AND a.attached_at < (($2::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')
        AND ($3::text IS NULL OR d.field_code = $3 OR s.field_code = $3)
      ORDER BY a.attached_at, a.position`,
    [period.from, period.to, fieldCode],
  );
  const packed = new Map<string, PackedFile>();
  if (includeFiles && rows.length > 0) await mkdir(join(dir, FOLDER), { recursive: true });
  const entries: AttachedFileEntry[] = [];
  for (const row of rows) {
    const withheld = row.confidentiality !== null && isRestricted(row.confidentiality) && !hasRole(viewer, 'auditor', 'office_chief');
    let file = packed.get(row.sha256);
    if (includeFiles && !withheld && !file && deps.files) {
      file = (await packFile(dir, deps.files, row)) ?? undefined;
      if (file) packed.set(row.sha256, file);
    }
    entries.push({
      ownerKind: row.owner_kind, ownerId: row.owner_id, attachmentId: row.attachment_id, purpose: row.purpose, name: withheld ? null : row.name,
      mediaType: row.media_type, size: Number(row.size), sha256: row.sha256, attachedAt: new Date(row.attached_at).toISOString(), attachedBy: row.attached_by,
      packedAs: withheld ? null : (file?.name ?? null),
    });
  }
  const csv = new HashedOutput(`${FOLDER}.csv`, join(dir, `${FOLDER}.csv`));
  await csv.write(toCsv(HEADERS, entries.map((e) => [e.ownerKind === 'document' ? 'văn bản' : 'hồ sơ', e.ownerId, e.attachmentId, e.purpose, e.name ?? '(không được xem)', e.mediaType, e.size, e.sha256, e.attachedAt, e.attachedBy, e.packedAs ?? ''])));
  return { files: [await csv.finished(), ...packed.values()], entries };
}

/** The stored bytes copied into the pack, named by their hash (a file attached twice is packed once); null when missing from the store. */
async function packFile(dir: string, store: BlobStore, row: Row): Promise<PackedFile | null> {
  const content = await store.get(row.sha256);
  if (!content) return null;
  const name = `${FOLDER}/${row.sha256}${extname(row.name).toLowerCase()}`;
  const out = new HashedOutput(name, join(dir, name));
  await pipeline(content, out.stream);
  return out.finished(false);
}
