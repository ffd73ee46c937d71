import { forbidden, notFound, optionalText, requireInstant, requireText, ruleViolation, wrongState, type Actor } from '../shared';
import type { OrganisationCommand } from './organisation.commands';
import type { FieldCharge, OrganisationEvent } from './organisation.events';
import { COMMITTEE_LEADER_ROLES, hasRole, OFFICE_LEADER_ROLES, ROLES, type Role } from './organisation';
import type { ChargedField, OrganisationState, StaffMember } from './organisation.state';

type Command<T extends OrganisationCommand['type']> = Extract<OrganisationCommand, { type: T }>;

const CODE = /^[A-Z0-9][A-Z0-9-]{0,15}$/;
const USERNAME = /^[a-z0-9][a-z0-9._-]{2,63}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Quản trị: only administrators change the organisation; everyone changes their own password. */
function requireAdmin(actor: Actor): void {
  if (!hasRole(actor, 'admin')) throw forbidden('ADMIN_ONLY', 'Chỉ quản trị hệ thống mới được thay đổi tổ chức và người dùng');
}

const reasonOf = (command: { reason: string }) => requireText(command.reason, 'reason', 'REASON_REQUIRED', 'Cần ghi lý do thay đổi');

function staffMember(state: OrganisationState, userId: string): StaffMember {
  const user = state.users.find((u) => u.id === userId);
  if (!user) throw notFound(`Không tìm thấy người dùng ${userId}`, 'userId');
  return user;
}

function requireDepartment(state: OrganisationState, departmentId: string | null, field = 'departmentId'): string | null {
  if (departmentId !== null && !state.departments.some((d) => d.id === departmentId)) throw ruleViolation('UNKNOWN_DEPARTMENT', 'Phòng không tồn tại', field);
  return departmentId;
}

/** A profile as the user form sends it, checked: name, at least one known role, a known department, an address or none. */
function profile(state: OrganisationState, command: Command<'create-user' | 'change-user'>) {
  const fullName = requireText(command.fullName, 'fullName', 'REQUIRED', 'Cần ghi họ và tên');
  if (!Array.isArray(command.roles) || command.roles.length === 0) throw ruleViolation('ROLES_REQUIRED', 'Cần chọn ít nhất một vai trò', 'roles');
  if (command.roles.some((role) => !ROLES.includes(role))) throw ruleViolation('UNKNOWN_ROLE', 'Vai trò không hợp lệ', 'roles');
  const email = optionalText(command.email);
  if (email !== null && !EMAIL.test(email)) throw ruleViolation('INVALID_EMAIL', 'Địa chỉ thư điện tử không hợp lệ', 'email');
  return { fullName, roles: [...new Set(command.roles)] as Role[], departmentId: requireDepartment(state, command.departmentId ?? null), email };
}

/** A leader of a field must hold the roles for it (DOMAIN.md §1) or the field would have no one to act. */
function inCharge(state: OrganisationState, userId: string): ChargedField[] {
  return state.fields.filter((f) => f.officeLeaderId === userId || f.committeeLeaderId === userId);
}

function requireNotInCharge(state: OrganisationState, user: StaffMember, rolesAfter: readonly Role[] | null): void {
  const fields = inCharge(state, user.id).filter((f) =>
    rolesAfter === null
    || (f.officeLeaderId === user.id && !rolesAfter.some((r) => OFFICE_LEADER_ROLES.includes(r)))
    || (f.committeeLeaderId === user.id && !rolesAfter.some((r) => COMMITTEE_LEADER_ROLES.includes(r))));
  if (fields.length > 0) {
    throw ruleViolation('STILL_IN_CHARGE', `${user.fullName} đang phụ trách lĩnh vực ${fields.map((f) => f.name).join(', ')}: phân công lại trước`, 'userId', { fields: fields.map((f) => f.code) });
  }
}

/** The office must keep someone able to administer it. */
function requireAnotherAdmin(state: OrganisationState, user: StaffMember, rolesAfter: readonly Role[] | null): void {
  if (!user.roles.includes('admin') || rolesAfter?.includes('admin')) return;
  if (!state.users.some((u) => u.active && u.id !== user.id && u.roles.includes('admin'))) {
    throw ruleViolation('LAST_ADMIN', 'Không thể bỏ quyền quản trị của quản trị viên cuối cùng', 'userId');
  }
}

function requireLeader(state: OrganisationState, userId: string, roles: readonly Role[], field: string, rule: string, message: string): string {
  const user = state.users.find((u) => u.id === userId);
  if (!user || !user.active || !user.roles.some((r) => roles.includes(r))) throw ruleViolation(rule, message, field);
  return userId;
}

function charge(state: OrganisationState, command: Command<'create-field' | 'assign-field'>): FieldCharge {
  return {
    departmentId: requireDepartment(state, command.departmentId)!,
    officeLeaderId: requireLeader(state, command.officeLeaderId, OFFICE_LEADER_ROLES, 'officeLeaderId', 'NOT_AN_OFFICE_LEADER', 'Lãnh đạo Văn phòng phụ trách phải là Chánh hoặc Phó Chánh Văn phòng đang làm việc'),
    committeeLeaderId: requireLeader(state, command.committeeLeaderId, COMMITTEE_LEADER_ROLES, 'committeeLeaderId', 'NOT_A_COMMITTEE_LEADER', 'Lãnh đạo UBND phụ trách phải là Chủ tịch hoặc Phó Chủ tịch đang làm việc'),
  };
}

/**
 * Hiệu lực từ: the command's instant by default. Never in the future (a change takes effect when it
 * is recorded or earlier, so that the directory of today is the one decisions use) and, for a
 * field, never before its last change (its history stays one line of periods).
 */
function effectiveFrom(command: Command<'create-department' | 'create-user' | 'create-field' | 'assign-field'>, since: string | null): string {
  const at = command.effectiveFrom == null ? command.now : requireInstant(command.effectiveFrom, 'effectiveFrom');
  if (Date.parse(at) > Date.parse(command.now)) throw ruleViolation('EFFECTIVE_IN_FUTURE', 'Ngày hiệu lực không được sau thời điểm ghi nhận', 'effectiveFrom');
  if (since !== null && Date.parse(at) <= Date.parse(since)) throw ruleViolation('EFFECTIVE_BEFORE_LAST_CHANGE', 'Ngày hiệu lực phải sau lần phân công trước của lĩnh vực này', 'effectiveFrom');
  return new Date(Date.parse(at)).toISOString();
}

function createDepartment(command: Command<'create-department'>, state: OrganisationState): OrganisationEvent[] {
  const code = requireText(command.code, 'code', 'REQUIRED', 'Cần ghi mã phòng').toUpperCase();
  if (!CODE.test(code)) throw ruleViolation('INVALID_CODE', 'Mã phòng chỉ gồm chữ in hoa, số và dấu gạch ngang (tối đa 16 ký tự)', 'code');
  if (state.departments.some((d) => d.code === code)) throw ruleViolation('DEPARTMENT_CODE_TAKEN', `Mã phòng ${code} đã có`, 'code');
  if (state.departments.some((d) => d.id === command.departmentId)) throw wrongState('Phòng đã được tạo', 'ALREADY_CREATED');
  const name = requireText(command.name, 'name', 'REQUIRED', 'Cần ghi tên phòng');
  return [{ type: 'DepartmentCreated', data: { departmentId: command.departmentId, code, name, effectiveFrom: effectiveFrom(command, null), reason: reasonOf(command) } }];
}

function renameDepartment(command: Command<'rename-department'>, state: OrganisationState): OrganisationEvent[] {
  if (!state.departments.some((d) => d.id === command.departmentId)) throw notFound(`Không tìm thấy phòng ${command.departmentId}`, 'departmentId');
  const name = requireText(command.name, 'name', 'REQUIRED', 'Cần ghi tên phòng');
  return [{ type: 'DepartmentRenamed', data: { departmentId: command.departmentId, name, reason: reasonOf(command) } }];
}

function createUser(command: Command<'create-user'>, state: OrganisationState): OrganisationEvent[] {
  const username = requireText(command.username, 'username', 'REQUIRED', 'Cần ghi tên đăng nhập').toLowerCase();
  if (!USERNAME.test(username)) throw ruleViolation('INVALID_USERNAME', 'Tên đăng nhập gồm 3–64 chữ thường không dấu, số, dấu chấm, gạch dưới hoặc gạch ngang', 'username');
  if (state.users.some((u) => u.username === username)) throw ruleViolation('USERNAME_TAKEN', `Tên đăng nhập ${username} đã có người dùng`, 'username');
  if (state.users.some((u) => u.id === command.userId)) throw wrongState('Người dùng đã được tạo', 'ALREADY_CREATED');
  const { fullName, roles, departmentId, email } = profile(state, command);
  const reason = reasonOf(command);
  return [{ type: 'UserCreated', data: { userId: command.userId, username, fullName, roles, departmentId, email, credentialId: command.credentialId, mustChangePassword: command.mustChangePassword, effectiveFrom: effectiveFrom(command, null), reason } }];
}

function changeUser(command: Command<'change-user'>, state: OrganisationState): OrganisationEvent[] {
  const user = staffMember(state, command.userId);
  const next = profile(state, command);
  requireNotInCharge(state, user, next.roles);
  requireAnotherAdmin(state, user, next.roles);
  return [{ type: 'UserChanged', data: { userId: user.id, ...next, reason: reasonOf(command) } }];
}

function deactivateUser(command: Command<'deactivate-user'>, state: OrganisationState): OrganisationEvent[] {
  const user = staffMember(state, command.userId);
  if (!user.active) throw wrongState(`${user.fullName} đã bị khóa`, 'ALREADY_INACTIVE');
  if (user.id === command.actor.userId) throw ruleViolation('CANNOT_DEACTIVATE_SELF', 'Không thể tự khóa tài khoản của mình', 'userId');
  requireNotInCharge(state, user, null);
  requireAnotherAdmin(state, user, null);
  return [{ type: 'UserDeactivated', data: { userId: user.id, reason: reasonOf(command) } }];
}

function reactivateUser(command: Command<'reactivate-user'>, state: OrganisationState): OrganisationEvent[] {
  const user = staffMember(state, command.userId);
  if (user.active) throw wrongState(`${user.fullName} đang hoạt động`, 'ALREADY_ACTIVE');
  return [{ type: 'UserReactivated', data: { userId: user.id, reason: reasonOf(command) } }];
}

function resetPassword(command: Command<'reset-password'>, state: OrganisationState): OrganisationEvent[] {
  const user = staffMember(state, command.userId);
  return [{ type: 'UserPasswordReset', data: { userId: user.id, credentialId: command.credentialId, reason: reasonOf(command) } }];
}

function changeOwnPassword(command: Command<'change-own-password'>, state: OrganisationState): OrganisationEvent[] {
  const user = state.users.find((u) => u.id === command.actor.userId && u.active);
  if (!user) throw forbidden('INACTIVE_USER', 'Tài khoản không còn hoạt động');
  return [{ type: 'UserPasswordChanged', data: { userId: user.id, credentialId: command.credentialId, reason: 'Người dùng tự đổi mật khẩu' } }];
}

function createField(command: Command<'create-field'>, state: OrganisationState): OrganisationEvent[] {
  const code = requireText(command.code, 'code', 'REQUIRED', 'Cần ghi mã lĩnh vực').toUpperCase();
  if (!CODE.test(code)) throw ruleViolation('INVALID_CODE', 'Mã lĩnh vực chỉ gồm chữ in hoa, số và dấu gạch ngang (tối đa 16 ký tự)', 'code');
  if (state.fields.some((f) => f.code === code)) throw ruleViolation('FIELD_CODE_TAKEN', `Mã lĩnh vực ${code} đã có`, 'code');
  const name = requireText(command.name, 'name', 'REQUIRED', 'Cần ghi tên lĩnh vực');
  return [{ type: 'FieldCreated', data: { code, name, ...charge(state, command), effectiveFrom: effectiveFrom(command, null), reason: reasonOf(command) } }];
}

function assignField(command: Command<'assign-field'>, state: OrganisationState): OrganisationEvent[] {
  const field = state.fields.find((f) => f.code === command.code);
  if (!field) throw notFound(`Không tìm thấy lĩnh vực ${command.code}`, 'code');
  const next = charge(state, command);
  if (next.departmentId === field.departmentId && next.officeLeaderId === field.officeLeaderId && next.committeeLeaderId === field.committeeLeaderId) {
    throw ruleViolation('NO_CHANGE', 'Phân công mới giống phân công hiện tại');
  }
  return [{ type: 'FieldAssigned', data: { code: field.code, ...next, effectiveFrom: effectiveFrom(command, field.effectiveFrom), reason: reasonOf(command) } }];
}

/** The organisation's decider: one small function per command; every refusal a coded DomainError. */
export function decideOrganisation(command: OrganisationCommand, state: OrganisationState): OrganisationEvent[] {
  if (command.type !== 'change-own-password') requireAdmin(command.actor);
  switch (command.type) {
    case 'create-department': return createDepartment(command, state);
    case 'rename-department': return renameDepartment(command, state);
    case 'create-user': return createUser(command, state);
    case 'change-user': return changeUser(command, state);
    case 'deactivate-user': return deactivateUser(command, state);
    case 'reactivate-user': return reactivateUser(command, state);
    case 'reset-password': return resetPassword(command, state);
    case 'change-own-password': return changeOwnPassword(command, state);
    case 'create-field': return createField(command, state);
    case 'assign-field': return assignField(command, state);
  }
}
