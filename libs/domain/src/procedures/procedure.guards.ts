import { hasRole } from '../organisation';
import { forbidden, ruleViolation, type Actor } from '../shared';
import type { LocalDate } from '../calendar';
import { versionCoversDay } from './procedure.state';

/** Who keeps the catalogue, who approves, and the rule against overlapping versions: for procedures and internal processes alike. */

type Dated = { version: number; effectiveFrom: LocalDate; effectiveTo: LocalDate | null };

/** The ISO secretary keeps the catalogue (research §A.1); the office chief only approves. */
export function requireIsoSecretary(actor: Actor, what: string): void {
  if (!hasRole(actor, 'iso_secretary')) throw forbidden('ISO_SECRETARY_ONLY', `Chỉ thư ký ISO mới được ${what}`);
}

export function requireOfficeChief(actor: Actor, what: string): void {
  if (!hasRole(actor, 'office_chief')) throw forbidden('OFFICE_CHIEF_ONLY', `Chỉ Chánh Văn phòng mới được ${what}`);
}

/** The first of `versions` whose [effectiveFrom, effectiveTo] shares a day with `spec`'s. */
export function overlapping<V extends Dated>(versions: readonly V[], spec: Omit<Dated, 'version'>): V | undefined {
  return versions.find((version) => versionCoversDay(version, spec.effectiveFrom) || versionCoversDay(spec, version.effectiveFrom));
}

/** VERSION_OVERLAP naming the version it clashes with. */
export function versionOverlap(clash: Dated): Error {
  return ruleViolation(
    'VERSION_OVERLAP',
    `Thời gian hiệu lực trùng với phiên bản ${clash.version} (từ ${clash.effectiveFrom}${clash.effectiveTo ? ` đến ${clash.effectiveTo}` : ''})`,
    'effectiveFrom',
  );
}
