import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Tệp đính kèm: one row per attaching event (DocumentFileAttached, DossierFileAttached), the lists'
 * source and garbage collection's: a hash in this table is referenced, its bytes are never deleted.
 */
@Entity({ name: 'rm_attachments' })
export class AttachmentRow {
  @PrimaryColumn({ name: 'attachment_id', type: 'uuid' }) attachmentId!: string;
  /** `document` or `dossier`. */
  @Column({ name: 'owner_kind', type: 'varchar', length: 16 }) ownerKind!: string;
  @Column({ name: 'owner_id', type: 'uuid' }) ownerId!: string;
  @Column({ type: 'varchar', length: 16 }) purpose!: string;
  @Column({ name: 'item_code', type: 'text', nullable: true }) itemCode!: string | null;
  @Column({ type: 'text' }) name!: string;
  @Column({ name: 'media_type', type: 'text' }) mediaType!: string;
  @Column({ type: 'bigint' }) size!: string;
  @Column({ type: 'char', length: 64 }) sha256!: string;
  @Column({ name: 'attached_by', type: 'uuid' }) attachedBy!: string;
  @Column({ name: 'attached_at', type: 'timestamptz' }) attachedAt!: Date;
  @Column({ name: 'event_id', type: 'uuid' }) eventId!: string;
  @Column({ type: 'bigint' }) position!: string;
}
