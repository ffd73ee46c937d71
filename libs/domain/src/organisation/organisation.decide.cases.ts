import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { deciderSpec } from '../testing/given-when-then';
import { DEMO_ORGANISATION } from './demo-organisation';
import type { OrganisationCommand } from './organisation.commands';
import { decideOrganisation } from './organisation.decide';
import type { OrganisationEvent } from './organisation.events';
import { organisationSeedCommands, SEEDED_ORGANISATION_IN_FORCE_FROM } from './organisation.seed';
import { evolveOrganisation, initialOrganisationState, type OrganisationState } from './organisation.state';
import { requireStrongPassword } from './password-policy';

const given = deciderSpec<OrganisationCommand, OrganisationState, OrganisationEvent, undefined>(
  { decide: (command, state) => decideOrganisation(command, state), evolve: evolveOrganisation, initialState: initialOrganisationState },
  undefined,
);
const NOW = '2026-03-02T03:00:00.000Z';
const id = (username: string) => DEMO_ORGANISATION.users.find((u) => u.username === username)!.id;
const admin = { userId: id('quantri'), roles: ['admin' as const], departmentId: null };
const system = { userId: '00000000-0000-4000-8000-000000000000', roles: ['admin' as const], departmentId: null };

/** The demo organisation, decided command by command as the seed does. */
function demoHistory(): OrganisationEvent[] {
  let state = initialOrganisationState;
  const events: OrganisationEvent[] = [];
  for (const command of organisationSeedCommands(DEMO_ORGANISATION, system, NOW, (userId) => `c-${userId}`)) {
    const decided = decideOrganisation(command, state);
    events.push(...decided);
    state = decided.reduce(evolveOrganisation, state);
  }
  return events;
}
const history = demoHistory();
const base = { actor: admin, now: NOW, reason: 'Quyết định số 12/QĐ-UBND' };
const moveKhDt = (changes: Partial<Extract<OrganisationCommand, { type: 'assign-field' }>> = {}): OrganisationCommand => ({
  ...base, type: 'assign-field', code: 'KH-DT', departmentId: DEMO_ORGANISATION.departments[0].id,
  officeLeaderId: id('pho.chanh.vp.kt'), committeeLeaderId: id('pho.chu.tich.vx'), effectiveFrom: '2026-03-01T17:00:00.000Z', ...changes,
});

describe('the seed', () => {
  it('decides the demo organisation into departments, people and fields in force since the seed date', () => {
    const state = history.reduce(evolveOrganisation, initialOrganisationState);
    expect(state.departments).toHaveLength(DEMO_ORGANISATION.departments.length);
    expect(state.users.every((u) => u.active)).toBe(true);
    expect(state.fields.map(({ effectiveFrom, ...field }) => (expect(effectiveFrom).toBe(SEEDED_ORGANISATION_IN_FORCE_FROM), field))).toEqual(DEMO_ORGANISATION.fields);
  });
});

describe('fields over time (phân công lĩnh vực)', () => {
  it('a vice-chairman takes over a field from a given instant, with the reason', () => {
    given(history).when(moveKhDt()).then([{
      type: 'FieldAssigned',
      data: { code: 'KH-DT', departmentId: DEMO_ORGANISATION.departments[0].id, officeLeaderId: id('pho.chanh.vp.kt'), committeeLeaderId: id('pho.chu.tich.vx'), effectiveFrom: '2026-03-01T17:00:00.000Z', reason: base.reason },
    }]);
  });

  it('takes effect now when no date is given, never in the future nor before the last change', () => {
    const [event] = given(history).when(moveKhDt({ effectiveFrom: null })).then([expect.anything() as never]).events;
    expect(event.data).toMatchObject({ effectiveFrom: NOW });
    given(history).when(moveKhDt({ effectiveFrom: '2026-03-03T00:00:00Z' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'EFFECTIVE_IN_FUTURE', field: 'effectiveFrom' });
    given(history).when(moveKhDt({ effectiveFrom: '2019-12-31T00:00:00Z' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'EFFECTIVE_BEFORE_LAST_CHANGE', field: 'effectiveFrom' });
  });

  it('is given only to active leaders of the right rank, and must change something', () => {
    given(history).when(moveKhDt({ committeeLeaderId: id('chanh.vp') })).thenThrows({ code: 'RULE_VIOLATION', rule: 'NOT_A_COMMITTEE_LEADER', field: 'committeeLeaderId' });
    given(history).when(moveKhDt({ officeLeaderId: id('tp.kt') })).thenThrows({ code: 'RULE_VIOLATION', rule: 'NOT_AN_OFFICE_LEADER', field: 'officeLeaderId' });
    given(history).when(moveKhDt({ committeeLeaderId: id('pho.chu.tich.kt') })).thenThrows({ code: 'RULE_VIOLATION', rule: 'NO_CHANGE' });
    given(history).when(moveKhDt({ code: 'XX' })).thenThrows({ code: 'NOT_FOUND' });
  });

  it('needs a reason and an administrator', () => {
    given(history).when(moveKhDt({ reason: ' ' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'REASON_REQUIRED', field: 'reason' });
    given(history).when(moveKhDt({ actor: { userId: id('chanh.vp'), roles: ['office_chief'], departmentId: null } })).thenThrows({ code: 'FORBIDDEN', rule: 'ADMIN_ONLY' });
  });
});

describe('people (người dùng)', () => {
  const create = (changes: Record<string, unknown> = {}) => ({
    ...base, type: 'create-user', userId: '00000000-0000-4000-8000-00000000aaaa', username: 'cv.kt3', fullName: 'Nguyễn Thị Lan', roles: ['specialist'],
    departmentId: DEMO_ORGANISATION.departments[0].id, email: null, credentialId: 'c-new', mustChangePassword: true, ...changes,
  }) as OrganisationCommand;

  it('joins with a unique username, known roles and department, and a first password to change', () => {
    given(history).when(create()).then([{ type: 'UserCreated', data: {
      userId: '00000000-0000-4000-8000-00000000aaaa', username: 'cv.kt3', fullName: 'Nguyễn Thị Lan', roles: ['specialist'], departmentId: DEMO_ORGANISATION.departments[0].id,
      email: null, credentialId: 'c-new', mustChangePassword: true, effectiveFrom: NOW, reason: base.reason,
    } }]);
    given(history).when(create({ username: 'cv.kt1' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'USERNAME_TAKEN', field: 'username' });
    given(history).when(create({ roles: [] })).thenThrows({ code: 'RULE_VIOLATION', rule: 'ROLES_REQUIRED', field: 'roles' });
    given(history).when(create({ roles: ['king'] })).thenThrows({ code: 'RULE_VIOLATION', rule: 'UNKNOWN_ROLE', field: 'roles' });
    given(history).when(create({ departmentId: '00000000-0000-4000-8000-00000000ffff' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'UNKNOWN_DEPARTMENT', field: 'departmentId' });
  });

  it('leaves (deactivated, never deleted) and may come back; a leader in charge of fields must hand them over first', () => {
    const deactivate = (username: string): OrganisationCommand => ({ ...base, type: 'deactivate-user', userId: id(username) });
    const { state } = given(history).when(deactivate('cv.kt1')).then([{ type: 'UserDeactivated', data: { userId: id('cv.kt1'), reason: base.reason } }]);
    expect(state.users.find((u) => u.username === 'cv.kt1')).toMatchObject({ active: false });
    const left = [...history, { type: 'UserDeactivated', data: { userId: id('cv.kt1'), reason: 'x' } } as OrganisationEvent];
    given(left).when(deactivate('cv.kt1')).thenThrows({ code: 'WRONG_STATE', rule: 'ALREADY_INACTIVE' });
    given(left).when({ ...base, type: 'reactivate-user', userId: id('cv.kt1') }).then([{ type: 'UserReactivated', data: { userId: id('cv.kt1'), reason: base.reason } }]);
    given(history).when(deactivate('pho.chu.tich.kt')).thenThrows({ code: 'RULE_VIOLATION', rule: 'STILL_IN_CHARGE' });
    given(history).when(deactivate('quantri')).thenThrows({ code: 'RULE_VIOLATION', rule: 'CANNOT_DEACTIVATE_SELF' });
  });

  it('keeps the leader roles of someone in charge and the last administrator', () => {
    const change = (username: string, roles: string[]) => ({ ...base, type: 'change-user', userId: id(username), fullName: 'X Y', roles, departmentId: null }) as OrganisationCommand;
    given(history).when(change('pho.chu.tich.kt', ['specialist'])).thenThrows({ code: 'RULE_VIOLATION', rule: 'STILL_IN_CHARGE' });
    given(history).when({ ...change('quantri', ['auditor']), actor: system }).thenThrows({ code: 'RULE_VIOLATION', rule: 'LAST_ADMIN' });
    given(history).when(change('cv.kt1', ['specialist', 'iso_secretary'])).then([{ type: 'UserChanged', data: { userId: id('cv.kt1'), fullName: 'X Y', roles: ['specialist', 'iso_secretary'], departmentId: null, email: null, reason: base.reason } }]);
  });

  it('records a password reset by an administrator and a change by the person, without the password', () => {
    given(history).when({ ...base, type: 'reset-password', userId: id('cv.kt1'), credentialId: 'c2' }).then([{ type: 'UserPasswordReset', data: { userId: id('cv.kt1'), credentialId: 'c2', reason: base.reason } }]);
    const self = { userId: id('cv.kt1'), roles: ['specialist' as const], departmentId: null };
    given(history).when({ actor: self, now: NOW, type: 'change-own-password', credentialId: 'c3' }).then([{ type: 'UserPasswordChanged', data: { userId: id('cv.kt1'), credentialId: 'c3', reason: 'Người dùng tự đổi mật khẩu' } }]);
  });
});

describe('password strength (PASSWORD_TOO_WEAK)', () => {
  it.each([['short1234', 'under ten characters'], ['cv.kt1-2026!', 'contains the username'], ['Password123', 'a common one']])('refuses %s (%s)', (password) => {
    expect(() => requireStrongPassword(password, 'cv.kt1')).toThrow(expect.objectContaining({ rule: 'PASSWORD_TOO_WEAK', field: 'password' }));
  });
  it('accepts a long, uncommon one', () => expect(requireStrongPassword('Sông Hồng chảy về biển', 'cv.kt1')).toBe('Sông Hồng chảy về biển'));
});
