import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Phòng: a department of the Office. */
@Entity({ name: 'org_departments' })
export class DepartmentRow {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ type: 'varchar', length: 16, unique: true }) code!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
}

/** A member of staff who can log in. */
@Entity({ name: 'org_users' })
export class UserRow {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ type: 'varchar', length: 64, unique: true }) username!: string;
  @Column({ name: 'full_name', type: 'varchar', length: 200 }) fullName!: string;
  @Column({ type: 'text', array: true }) roles!: string[];
  @Column({ name: 'department_id', type: 'uuid', nullable: true }) departmentId!: string | null;
  @Column({ name: 'password_hash', type: 'varchar', length: 255 }) passwordHash!: string;
  /** Where notices are e-mailed (issue 16); null: the person gets none by e-mail. */
  @Column({ type: 'varchar', length: 254, nullable: true }) email!: string | null;
}

/** Lĩnh vực: a field of work and who is in charge of it. */
@Entity({ name: 'org_fields' })
export class FieldRow {
  @PrimaryColumn({ type: 'varchar', length: 16 }) code!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ name: 'department_id', type: 'uuid' }) departmentId!: string;
  @Column({ name: 'office_leader_id', type: 'uuid' }) officeLeaderId!: string;
  @Column({ name: 'committee_leader_id', type: 'uuid' }) committeeLeaderId!: string;
}
