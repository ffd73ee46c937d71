import { firstOfEachType, stream, type GoldenDecision } from '../../testing/golden-events/golden-decisions';
import { DEMO_ORGANISATION } from '../demo-organisation';
import type { OrganisationCommand } from '../organisation.commands';
import { decideOrganisation } from '../organisation.decide';
import { organisationSeedCommands } from '../organisation.seed';
import { evolveOrganisation, initialOrganisationState } from '../organisation.state';

/*
 * The organisation's ten events, decided by its pure decider from the inputs of organisation.decide.spec:
 * the demo organisation seeded (departments, people, fields), then one change of each other kind. The
 * credential ids the API draws at random come in with the command, so they are fixed here too.
 */

const NOW = '2026-03-02T03:00:00.000Z';
const id = (username: string) => DEMO_ORGANISATION.users.find((u) => u.username === username)!.id;
const system = { userId: '00000000-0000-4000-8000-000000000000', roles: ['admin' as const], departmentId: null };
const base = { actor: { userId: id('quantri'), roles: ['admin' as const], departmentId: null }, now: NOW, reason: 'Quyết định số 12/QĐ-UBND' };

export function organisationGoldenDecisions(): GoldenDecision[] {
  const kt = DEMO_ORGANISATION.departments[0];
  const changes: OrganisationCommand[] = [
    { ...base, type: 'rename-department', departmentId: kt.id, name: `${kt.name} (mới)` },
    {
      ...base, type: 'create-user', userId: '00000000-0000-4000-8000-00000000aaaa', username: 'cv.kt3', fullName: 'Nguyễn Thị Lan', roles: ['specialist'],
      departmentId: kt.id, email: null, credentialId: 'c-new', mustChangePassword: true,
    },
    { ...base, type: 'change-user', userId: id('cv.kt1'), fullName: 'X Y', roles: ['specialist', 'iso_secretary'], departmentId: null },
    { ...base, type: 'deactivate-user', userId: id('cv.kt1') },
    { ...base, type: 'reactivate-user', userId: id('cv.kt1') },
    { ...base, type: 'reset-password', userId: id('cv.kt1'), credentialId: 'c2' },
    { actor: { userId: id('cv.kt1'), roles: ['specialist'], departmentId: null }, now: NOW, type: 'change-own-password', credentialId: 'c3' },
    {
      ...base, type: 'assign-field', code: 'KH-DT', departmentId: kt.id, officeLeaderId: id('pho.chanh.vp.kt'), committeeLeaderId: id('pho.chu.tich.vx'),
      effectiveFrom: '2026-03-01T17:00:00.000Z',
    },
  ];
  const seed = organisationSeedCommands(DEMO_ORGANISATION, system, NOW, (userId) => `c-${userId}`);
  return firstOfEachType(stream(decideOrganisation, evolveOrganisation, initialOrganisationState, [...seed, ...changes]));
}
