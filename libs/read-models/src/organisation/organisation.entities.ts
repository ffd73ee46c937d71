import { Column, Entity, PrimaryColumn } from 'typeorm';

/*
 * The organisation as of now (org_departments, org_users, org_fields: what the queues' SQL joins)
 * and its history (org_changes), all the projection of the stream `organisation`; the password
 * hashes are the vault's (org_credentials), which no event carries.
 */

/** Phòng: a department of the Office. */
@Entity({ name: 'org_departments' })
export class DepartmentRow {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ type: 'varchar', length: 16, unique: true }) code!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
}

/** A member of staff who can log in (while active). */
@Entity({ name: 'org_users' })
export class UserRow {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ type: 'varchar', length: 64, unique: true }) username!: string;
  @Column({ name: 'full_name', type: 'varchar', length: 200 }) fullName!: string;
  @Column({ type: 'text', array: true }) roles!: string[];
  @Column({ name: 'department_id', type: 'uuid', nullable: true }) departmentId!: string | null;
  /** Where notices are e-mailed (issue 16); null: the person gets none by e-mail. */
  @Column({ type: 'varchar', length: 254, nullable: true }) email!: string | null;
  /** False once deactivated (khóa): no login, and a token in hand stops working within 30 s. */
  @Column({ type: 'boolean', default: true }) active!: boolean;
  /** After a reset (or a first password set by an administrator): every route but the password change answers 403. */
  @Column({ name: 'must_change_password', type: 'boolean', default: false }) mustChangePassword!: boolean;
  /** The credential in force, in org_credentials. */
  @Column({ name: 'credential_id', type: 'uuid', nullable: true }) credentialId!: string | null;
}

/** Lĩnh vực: a field of work and who is in charge of it now. */
@Entity({ name: 'org_fields' })
export class FieldRow {
  @PrimaryColumn({ type: 'varchar', length: 16 }) code!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ name: 'department_id', type: 'uuid' }) departmentId!: string;
  @Column({ name: 'office_leader_id', type: 'uuid' }) officeLeaderId!: string;
  @Column({ name: 'committee_leader_id', type: 'uuid' }) committeeLeaderId!: string;
}

/**
 * The credential vault: a password hash under a random id. Events name the id, never the hash,
 * so the immutable log (read by auditors, exported in evidence packs) holds nothing to crack; a
 * hash written whose event never made it is simply never in force. Not a projection table: a
 * rebuild of the organisation finds every credential its events name.
 */
@Entity({ name: 'org_credentials' })
export class CredentialRow {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId!: string;
  @Column({ name: 'password_hash', type: 'varchar', length: 255 }) passwordHash!: string;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
}

/** One change of the organisation (one event): what, who, why, and the period the subject's new version was in force. */
@Entity({ name: 'org_changes' })
export class OrganisationChangeRow {
  @PrimaryColumn({ type: 'bigint' }) revision!: string;
  @Column({ type: 'varchar', length: 40 }) type!: string;
  /** `department`, `user` or `field`. */
  @Column({ name: 'subject_kind', type: 'varchar', length: 16 }) subjectKind!: string;
  /** The department's or user's id, the field's code. */
  @Column({ name: 'subject_key', type: 'varchar', length: 64 }) subjectKey!: string;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt!: Date;
  @Column({ name: 'actor_id', type: 'uuid' }) actorId!: string;
  @Column({ type: 'text' }) reason!: string;
  /** In force from (hiệu lực từ); null for a change that makes no new version (a password). */
  @Column({ name: 'valid_from', type: 'timestamptz', nullable: true }) validFrom!: Date | null;
  /** Until the next version took effect; null: still in force. */
  @Column({ name: 'valid_to', type: 'timestamptz', nullable: true }) validTo!: Date | null;
  /** The subject as it was in that period. */
  @Column({ type: 'jsonb', nullable: true }) snapshot!: Record<string, unknown> | null;
}

/** How far the organisation tables have applied the stream `organisation` (its last revision). */
@Entity({ name: 'org_meta' })
export class OrganisationMetaRow {
  @PrimaryColumn({ type: 'smallint' }) id!: number;
  @Column({ type: 'bigint' }) revision!: string;
}

export const ORGANISATION_ENTITIES = [DepartmentRow, UserRow, FieldRow, CredentialRow, OrganisationChangeRow, OrganisationMetaRow];
