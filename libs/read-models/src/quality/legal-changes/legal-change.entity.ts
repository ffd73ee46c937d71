import type { LegalChangeState } from '@office/domain';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Sổ theo dõi cập nhật văn bản pháp luật: one row per legal change (stream `legal-change-<id>`),
 * read from the state the domain folds. The clock's state changes with the day, so queries
 * compute it from `due_on` and `done_on` (clockState).
 */
@Entity({ name: 'rm_quality_legal_changes' })
@Index('rm_quality_legal_changes_due', ['dueOn'])
export class LegalChangeRow {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ name: 'doc_symbol', type: 'text' }) docSymbol!: string;
  @Column({ name: 'effective_from', type: 'date' }) effectiveFrom!: string;
  /** effectiveFrom + 3 calendar months. */
  @Column({ name: 'due_on', type: 'date' }) dueOn!: string;
  /** The day the system was brought up to date (legalChangeDoneOn); null while open. */
  @Column({ name: 'done_on', type: 'date', nullable: true }) doneOn!: string | null;
  @Column({ name: 'procedure_codes', type: 'text', array: true }) procedureCodes!: string[];
  /** registered | revising | no_impact | incorporated */
  @Column({ type: 'varchar', length: 16 }) status!: string;
  @Column({ type: 'jsonb' }) state!: LegalChangeState;
  @Column({ name: 'last_position', type: 'bigint' }) lastPosition!: bigint;
}
