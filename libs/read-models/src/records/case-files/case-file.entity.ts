import type { KnownCaseFile } from '@office/domain';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Case files (hồ sơ công việc): one row per stream `case-file-<id>`, read from the state the domain
 * folds (its items, closing, deferral and deposit are in `state`). Whether a deposit is due soon or
 * overdue changes with the day, so queries compute it from `deposit_due` and `status`.
 */
@Entity({ name: 'rm_case_files' })
@Index('rm_case_files_year_department', ['year', 'departmentId'])
@Index('rm_case_files_deposit_due', ['depositDue'])
@Index('rm_case_files_deposit_period', ['depositPeriod'])
export class CaseFileRow {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ type: 'integer' }) year!: number;
  /** Số và ký hiệu hồ sơ, e.g. KT.01. */
  @Column({ type: 'varchar', length: 30 }) code!: string;
  @Column({ type: 'text' }) title!: string;
  @Column({ name: 'department_id', type: 'uuid' }) departmentId!: string;
  @Column({ name: 'responsible_id', type: 'uuid' }) responsibleId!: string;
  /** `permanent` or a number of years, as text. */
  @Column({ type: 'varchar', length: 12 }) retention!: string;
  /** paper | digital */
  @Column({ type: 'varchar', length: 8 }) medium!: string;
  @Column({ name: 'plan_entry_code', type: 'varchar', length: 30, nullable: true }) planEntryCode!: string | null;
  /** open | closed | deposited */
  @Column({ type: 'varchar', length: 12 }) status!: string;
  @Column({ name: 'start_date', type: 'date' }) startDate!: string;
  @Column({ name: 'end_date', type: 'date', nullable: true }) endDate!: string | null;
  @Column({ name: 'sheet_count', type: 'integer', nullable: true }) sheetCount!: number | null;
  @Column({ name: 'item_count', type: 'integer' }) itemCount!: number;
  /** Hạn nộp lưu now (after a deferral); null while open. */
  @Column({ name: 'deposit_due', type: 'date', nullable: true }) depositDue!: string | null;
  /** The June / December batch it was deposited in, e.g. 2026-12. */
  @Column({ name: 'deposit_period', type: 'varchar', length: 7, nullable: true }) depositPeriod!: string | null;
  @Column({ name: 'opened_at', type: 'timestamptz' }) openedAt!: string;
  @Column({ type: 'jsonb' }) state!: KnownCaseFile;
  @Column({ name: 'last_position', type: 'bigint' }) lastPosition!: bigint;
}
