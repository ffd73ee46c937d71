import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Sổ đăng ký văn bản đến (ND30 Appendix IV): one row per number of a yearly series, voided ones included. */
@Entity({ name: 'rm_incoming_register' })
export class IncomingRegisterRow {
  @PrimaryColumn({ type: 'integer' }) year!: number;
  @PrimaryColumn({ type: 'varchar', length: 16 }) series!: string;
  @PrimaryColumn({ type: 'integer' }) number!: number;
  /** reserved | registered | voided */
  @Column({ type: 'varchar', length: 16 }) status!: string;
  @Column({ name: 'document_id', type: 'uuid', nullable: true }) documentId!: string | null;
  @Column({ name: 'reserved_at', type: 'timestamptz', nullable: true }) reservedAt!: Date | null;
  @Column({ type: 'boolean' }) used!: boolean;
  @Column({ type: 'boolean' }) voided!: boolean;
  @Column({ name: 'void_reason', type: 'text', nullable: true }) voidReason!: string | null;
  @Column({ name: 'received_at', type: 'timestamptz', nullable: true }) receivedAt!: Date | null;
  @Column({ name: 'registered_at', type: 'timestamptz', nullable: true }) registeredAt!: Date | null;
  @Column({ name: 'source_agency', type: 'text', nullable: true }) sourceAgency!: string | null;
  @Column({ name: 'source_symbol', type: 'text', nullable: true }) sourceSymbol!: string | null;
  @Column({ name: 'source_issued_date', type: 'date', nullable: true }) sourceIssuedDate!: string | null;
  @Column({ name: 'document_type', type: 'text', nullable: true }) documentType!: string | null;
  @Column({ type: 'text', nullable: true }) excerpt!: string | null;
  @Column({ type: 'varchar', length: 16, nullable: true }) urgency!: string | null;
  @Column({ type: 'varchar', length: 16, nullable: true }) confidentiality!: string | null;
  @Column({ name: 'sealed_for_user_id', type: 'uuid', nullable: true }) sealedForUserId!: string | null;
  @Column({ name: 'department_id', type: 'uuid', nullable: true }) departmentId!: string | null;
  @Column({ name: 'assignee_id', type: 'uuid', nullable: true }) assigneeId!: string | null;
  @Column({ name: 'distributed_at', type: 'timestamptz', nullable: true }) distributedAt!: Date | null;
  /** Để biết: shown in the recipient column after the lead department. */
  @Column({ name: 'for_information_department_ids', type: 'uuid', array: true }) forInformationDepartmentIds!: string[];
  @Column({ name: 'for_information_user_ids', type: 'uuid', array: true }) forInformationUserIds!: string[];
  @Column({ type: 'uuid', array: true }) path!: string[];
  @Column({ name: 'last_position', type: 'bigint' }) lastPosition!: string;
}

/** Sổ đăng ký văn bản đi (ND30 Appendix IV, QC 11.1): one row per number of a yearly series, voided ones included. */
@Entity({ name: 'rm_outgoing_register' })
export class OutgoingRegisterRow {
  @PrimaryColumn({ type: 'integer' }) year!: number;
  @PrimaryColumn({ type: 'varchar', length: 16 }) series!: string;
  @PrimaryColumn({ type: 'integer' }) number!: number;
  /** reserved | issued | voided */
  @Column({ type: 'varchar', length: 16 }) status!: string;
  @Column({ name: 'document_id', type: 'uuid', nullable: true }) documentId!: string | null;
  @Column({ name: 'reserved_at', type: 'timestamptz', nullable: true }) reservedAt!: Date | null;
  @Column({ type: 'boolean' }) used!: boolean;
  @Column({ type: 'boolean' }) voided!: boolean;
  @Column({ name: 'void_reason', type: 'text', nullable: true }) voidReason!: string | null;
  @Column({ type: 'text', nullable: true }) symbol!: string | null;
  @Column({ name: 'issued_at', type: 'timestamptz', nullable: true }) issuedAt!: Date | null;
  @Column({ name: 'issued_by', type: 'uuid', nullable: true }) issuedBy!: string | null;
  @Column({ name: 'document_type', type: 'varchar', length: 64, nullable: true }) documentType!: string | null;
  @Column({ type: 'text', nullable: true }) excerpt!: string | null;
  @Column({ name: 'signer_id', type: 'uuid', nullable: true }) signerId!: string | null;
  @Column({ name: 'signs_as', type: 'varchar', length: 16, nullable: true }) signsAs!: string | null;
  @Column({ type: 'jsonb', nullable: true }) recipients!: string[] | null;
  @Column({ type: 'integer', nullable: true }) copies!: number | null;
  @Column({ name: 'responsible_specialist_id', type: 'uuid', nullable: true }) responsibleSpecialistId!: string | null;
  @Column({ name: 'file_code', type: 'text', nullable: true }) fileCode!: string | null;
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true }) archivedAt!: Date | null;
  @Column({ name: 'last_position', type: 'bigint' }) lastPosition!: string;
}

/**
 * How many numbers a yearly series of a register has, voided ones included: kept by the register's
 * projection as it adds rows, so that a page of the register answers its total without counting
 * the year's rows.
 */
abstract class RegisterTotalRow {
  @PrimaryColumn({ type: 'integer' }) year!: number;
  @PrimaryColumn({ type: 'varchar', length: 16 }) series!: string;
  @Column({ type: 'integer' }) numbers!: number;
}

@Entity({ name: 'rm_incoming_register_totals' })
export class IncomingRegisterTotalRow extends RegisterTotalRow {}

@Entity({ name: 'rm_outgoing_register_totals' })
export class OutgoingRegisterTotalRow extends RegisterTotalRow {}

export const REGISTER_ENTITIES = [IncomingRegisterRow, OutgoingRegisterRow, IncomingRegisterTotalRow, OutgoingRegisterTotalRow];
