import { hasRole } from '../organisation';
import { forbidden, type Actor } from '../shared';

/*
 * Who runs the quality system (QĐ 19/2014 Art. 4): the ISO secretary keeps its records; the head
 * of the office (Chánh Văn phòng) approves, confirms effectiveness and signs the declaration.
 * The rule codes are those of the procedure catalogue, which is the same system's register.
 */

export function requireIsoSecretary(actor: Actor, what: string): void {
  if (!hasRole(actor, 'iso_secretary')) throw forbidden('ISO_SECRETARY_ONLY', `Chỉ thư ký ISO mới được ${what}`);
}

export function requireOfficeChief(actor: Actor, what: string): void {
  if (!hasRole(actor, 'office_chief')) throw forbidden('OFFICE_CHIEF_ONLY', `Chỉ Chánh Văn phòng mới được ${what}`);
}
