import type { MissingItem } from '@office/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A slip given at the desk without opening a dossier (stream `reception-<id>`): Mẫu 02, phiếu yêu
 * cầu bổ sung (`supplement_request`), or Mẫu 03, phiếu từ chối tiếp nhận (`refusal`).
 */
@Entity({ name: 'rm_receptions' })
export class ReceptionRow {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  /** supplement_request | refusal */
  @Column({ type: 'varchar', length: 24 }) kind!: string;
  @Column({ name: 'slip_number', type: 'text' }) slipNumber!: string;
  @Column({ name: 'procedure_code', type: 'varchar', length: 32 }) procedureCode!: string;
  @Column({ name: 'procedure_name', type: 'text' }) procedureName!: string;
  @Column({ name: 'rule_set', type: 'varchar', length: 16 }) ruleSet!: string;
  @Column({ name: 'applicant_name', type: 'text' }) applicantName!: string;
  @Column({ name: 'applicant_address', type: 'text', nullable: true }) applicantAddress!: string | null;
  @Column({ name: 'applicant_phone', type: 'text', nullable: true }) applicantPhone!: string | null;
  /** Mẫu 02: every missing item with its reason. */
  @Column({ type: 'jsonb', nullable: true }) missing!: MissingItem[] | null;
  /** Mẫu 03: the reason and legal basis of the refusal. */
  @Column({ type: 'text', nullable: true }) reason!: string | null;
  @Column({ name: 'legal_basis', type: 'text', nullable: true }) legalBasis!: string | null;
  @Column({ name: 'officer_id', type: 'uuid' }) officerId!: string;
  @Column({ type: 'timestamptz' }) at!: Date;
  /** The day in Asia/Ho_Chi_Minh, as statistics count. */
  @Column({ name: 'on_day', type: 'date' }) onDay!: string;
  @Column({ name: 'last_position', type: 'bigint' }) lastPosition!: string;
}
