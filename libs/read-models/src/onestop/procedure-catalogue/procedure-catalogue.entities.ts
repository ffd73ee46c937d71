import type { ProcessStep, RequiredItem } from '@office/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Danh mục thủ tục hành chính: one row per procedure, with its current name and field. */
@Entity({ name: 'rm_procedures' })
export class ProcedureRow {
  @PrimaryColumn({ type: 'varchar', length: 32 }) code!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ name: 'field_code', type: 'varchar', length: 16 }) fieldCode!: string;
  /** Code and name folded for search (foldForSearch). */
  @Column({ name: 'search_text', type: 'text' }) searchText!: string;
  @Column({ name: 'registered_at', type: 'timestamptz' }) registeredAt!: Date;
  @Column({ name: 'registered_by', type: 'uuid' }) registeredBy!: string;
  @Column({ name: 'last_position', type: 'bigint' }) lastPosition!: string;
}

/** One version of a procedure: its specification and, once given, the office chief's approval. */
@Entity({ name: 'rm_procedure_versions' })
export class ProcedureVersionRow {
  @PrimaryColumn({ type: 'varchar', length: 32 }) code!: string;
  @PrimaryColumn({ type: 'integer' }) version!: number;
  @Column({ name: 'effective_from', type: 'date' }) effectiveFrom!: string;
  @Column({ name: 'effective_to', type: 'date', nullable: true }) effectiveTo!: string | null;
  @Column({ name: 'publishing_decision', type: 'text' }) publishingDecision!: string;
  @Column({ name: 'legal_basis', type: 'jsonb' }) legalBasis!: string[];
  @Column({ name: 'required_items', type: 'jsonb' }) requiredItems!: RequiredItem[];
  @Column({ name: 'statutory_days', type: 'double precision' }) statutoryDays!: number;
  @Column({ name: 'cutoff_hour', type: 'integer' }) cutoffHour!: number;
  @Column({ name: 'fee_vnd', type: 'bigint', nullable: true }) feeVnd!: string | null;
  @Column({ name: 'online_level', type: 'varchar', length: 16 }) onlineLevel!: string;
  @Column({ name: 'result_type', type: 'text' }) resultType!: string;
  @Column({ name: 'supplement_policy', type: 'varchar', length: 16 }) supplementPolicy!: string;
  @Column({ type: 'jsonb' }) steps!: ProcessStep[];
  @Column({ name: 'drafted_at', type: 'timestamptz' }) draftedAt!: Date;
  @Column({ name: 'drafted_by', type: 'uuid' }) draftedBy!: string;
  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true }) approvedAt!: Date | null;
  @Column({ name: 'approved_by', type: 'uuid', nullable: true }) approvedBy!: string | null;
  @Column({ name: 'decision_ref', type: 'text', nullable: true }) decisionRef!: string | null;
  @Column({ name: 'last_position', type: 'bigint' }) lastPosition!: string;
}
