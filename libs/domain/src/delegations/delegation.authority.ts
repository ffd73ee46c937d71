import { localDateOf } from '../calendar';
import type { DelegationGrant, DelegationKind, DelegationScope } from './delegation.types';

/*
 * Whether a delegation stands at an instant and covers a piece of work: the facts the sign step
 * (document/signing-path.ts) and the read model's "in force" list both rely on.
 */

/** Còn hiệu lực: not revoked by `at`, and the day of `at` (Asia/Ho_Chi_Minh) within its period. */
export function delegationInForce(grant: Pick<DelegationGrant, 'validFrom' | 'validTo' | 'revokedAt'>, at: string): boolean {
  if (grant.revokedAt !== null && Date.parse(grant.revokedAt) <= Date.parse(at)) return false;
  const day = localDateOf(at);
  return grant.validFrom <= day && (grant.validTo === null || day <= grant.validTo);
}

/** Trong phạm vi: the work's field and document type are both within the scope (an empty list covers all). */
export function delegationCovers(scope: DelegationScope, work: { fieldCode: string; documentType: string }): boolean {
  const within = (list: readonly string[], value: string) => list.length === 0 || list.includes(value);
  return within(scope.fieldCodes, work.fieldCode) && within(scope.documentTypes, work.documentType);
}

/** Two scopes share some work (a field and a type both could be in). */
export function scopesOverlap(a: DelegationScope, b: DelegationScope): boolean {
  const meet = (x: readonly string[], y: readonly string[]) => x.length === 0 || y.length === 0 || x.some((v) => y.includes(v));
  return meet(a.fieldCodes, b.fieldCodes) && meet(a.documentTypes, b.documentTypes);
}

/** The mark written before the title: "KT.", "TUQ."… */
export function capacityMark(kind: DelegationKind): string {
  return `${kind}.`;
}

/**
 * The signer block's title lines (ND30 Phụ lục I §7): the mark and whom it is for, then the signer's
 * own position — "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH",
 * "TUQ. CHỦ TỊCH / CHÁNH VĂN PHÒNG"; "Q. CHỦ TỊCH" alone (the acting head has no second line);
 * in one's own name, the position alone.
 */
export function signerBlockLines(capacity: DelegationKind | 'own', onBehalfOfTitle: string | null, signerPosition: string): string[] {
  if (capacity === 'own' || onBehalfOfTitle === null) return [signerPosition];
  if (capacity === 'Q') return [`${capacityMark(capacity)} ${onBehalfOfTitle}`];
  return [`${capacityMark(capacity)} ${onBehalfOfTitle}`, signerPosition];
}
