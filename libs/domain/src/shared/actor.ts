import type { Role } from '../organisation';

/** Who issues a command, as the verified token says: every command carries one. */
export interface Actor {
  userId: string;
  roles: Role[];
  departmentId: string | null;
}
