import type { DelegationState } from '@office/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row per delegation (stream `delegation-<id>`): the list "đang hiệu lực / đã hết" and what the sign step weighs. */
@Entity({ name: 'rm_delegations' })
export class DelegationRow {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  /** KT | TM | Q | TUQ | TL */
  @Column({ type: 'varchar', length: 4 }) kind!: string;
  @Column({ name: 'grantor_id', type: 'uuid' }) grantorId!: string;
  @Column({ name: 'grantee_id', type: 'uuid' }) granteeId!: string;
  @Column({ name: 'on_behalf_of_title', type: 'text' }) onBehalfOfTitle!: string;
  @Column({ name: 'instrument_symbol', type: 'text' }) instrumentSymbol!: string;
  @Column({ name: 'instrument_date', type: 'date' }) instrumentDate!: string;
  @Column({ name: 'valid_from', type: 'date' }) validFrom!: string;
  /** Null: until revoked. */
  @Column({ name: 'valid_to', type: 'date', nullable: true }) validTo!: string | null;
  /** Empty: every field. */
  @Column({ name: 'field_codes', type: 'text', array: true }) fieldCodes!: string[];
  /** Empty: every document type. */
  @Column({ name: 'document_types', type: 'text', array: true }) documentTypes!: string[];
  @Column({ name: 'regulation_clause', type: 'text', nullable: true }) regulationClause!: string | null;
  @Column({ name: 'recorded_by', type: 'uuid' }) recordedBy!: string;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt!: string;
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true }) revokedAt!: string | null;
  @Column({ type: 'jsonb' }) state!: DelegationState;
  @Column({ name: 'last_position', type: 'bigint' }) lastPosition!: bigint;
}

/** A document's signature and its capacity (from `DocumentSigned`): the outgoing register's capacity column reads it. */
@Entity({ name: 'rm_signatures' })
export class SignatureRow {
  @PrimaryColumn({ name: 'document_id', type: 'uuid' }) documentId!: string;
  @Column({ name: 'signer_id', type: 'uuid' }) signerId!: string;
  @Column({ name: 'signed_at', type: 'timestamptz' }) signedAt!: string;
  /** own | KT | TM | Q | TUQ | TL */
  @Column({ type: 'varchar', length: 4 }) capacity!: string;
  @Column({ name: 'on_behalf_of_id', type: 'uuid', nullable: true }) onBehalfOfId!: string | null;
  @Column({ name: 'on_behalf_of_title', type: 'text', nullable: true }) onBehalfOfTitle!: string | null;
  @Column({ name: 'delegation_id', type: 'uuid', nullable: true }) delegationId!: string | null;
  @Column({ name: 'last_position', type: 'bigint' }) lastPosition!: bigint;
}

export const DELEGATIONS_ENTITIES = [DelegationRow, SignatureRow];
