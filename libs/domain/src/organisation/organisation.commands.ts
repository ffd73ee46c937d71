import type { Actor } from '../shared';
import type { Role } from './organisation';

interface Base {
  actor: Actor;
  /** ISO instant of the command. */
  now: string;
  reason: string;
}

export type OrganisationCommand =
  | (Base & { type: 'create-department'; departmentId: string; code: string; name: string; effectiveFrom?: string | null })
  | (Base & { type: 'rename-department'; departmentId: string; name: string })
  | (Base & { type: 'create-user'; userId: string; username: string; fullName: string; roles: Role[]; departmentId: string | null; email?: string | null; credentialId: string; mustChangePassword: boolean; effectiveFrom?: string | null })
  | (Base & { type: 'change-user'; userId: string; fullName: string; roles: Role[]; departmentId: string | null; email?: string | null })
  | (Base & { type: 'deactivate-user'; userId: string })
  | (Base & { type: 'reactivate-user'; userId: string })
  | (Base & { type: 'reset-password'; userId: string; credentialId: string })
  | (Omit<Base, 'reason'> & { type: 'change-own-password'; credentialId: string })
  | (Base & { type: 'create-field'; code: string; name: string; departmentId: string; officeLeaderId: string; committeeLeaderId: string; effectiveFrom?: string | null })
  | (Base & { type: 'assign-field'; code: string; departmentId: string; officeLeaderId: string; committeeLeaderId: string; effectiveFrom?: string | null });
