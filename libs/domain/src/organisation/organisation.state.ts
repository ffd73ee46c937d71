import type { OrganisationEvent } from './organisation.events';
import type { Department, Field, User } from './organisation';

/** A member of staff as the organisation's stream knows them: never removed, only deactivated. */
export type StaffMember = User & { active: boolean };

/** A field with the instant its present charge took effect (a later change may not take effect before it). */
export type ChargedField = Field & { effectiveFrom: string };

export interface OrganisationState {
  departments: Department[];
  users: StaffMember[];
  fields: ChargedField[];
}

export const initialOrganisationState: OrganisationState = { departments: [], users: [], fields: [] };

const replace = <T>(items: T[], match: (item: T) => boolean, change: (item: T) => T): T[] => items.map((item) => (match(item) ? change(item) : item));

export function evolveOrganisation(state: OrganisationState, event: OrganisationEvent): OrganisationState {
  switch (event.type) {
    case 'DepartmentCreated': {
      const { departmentId: id, code, name } = event.data;
      return { ...state, departments: [...state.departments, { id, code, name }] };
    }
    case 'DepartmentRenamed':
      return { ...state, departments: replace(state.departments, (d) => d.id === event.data.departmentId, (d) => ({ ...d, name: event.data.name })) };
    case 'UserCreated': {
      const { userId: id, username, fullName, roles, departmentId, email } = event.data;
      return { ...state, users: [...state.users, { id, username, fullName, roles, departmentId, email, active: true }] };
    }
    case 'UserChanged': {
      const { fullName, roles, departmentId, email } = event.data;
      return { ...state, users: replace(state.users, (u) => u.id === event.data.userId, (u) => ({ ...u, fullName, roles, departmentId, email })) };
    }
    case 'UserDeactivated':
    case 'UserReactivated': {
      const active = event.type === 'UserReactivated';
      return { ...state, users: replace(state.users, (u) => u.id === event.data.userId, (u) => ({ ...u, active })) };
    }
    case 'FieldCreated': {
      const { code, name, departmentId, officeLeaderId, committeeLeaderId, effectiveFrom } = event.data;
      return { ...state, fields: [...state.fields, { code, name, departmentId, officeLeaderId, committeeLeaderId, effectiveFrom }] };
    }
    case 'FieldAssigned': {
      const { departmentId, officeLeaderId, committeeLeaderId, effectiveFrom } = event.data;
      return { ...state, fields: replace(state.fields, (f) => f.code === event.data.code, (f) => ({ ...f, departmentId, officeLeaderId, committeeLeaderId, effectiveFrom })) };
    }
    default:
      // Password events change nothing the decisions need: the credential lives in the vault.
      return state;
  }
}
