import type { LocalDate } from '../calendar';
import { hasRole, type User } from '../organisation';

/*
 * Thẩm quyền ký (ND30 Art. 13, Phụ lục I §7; DOMAIN.md §10): the marks a signer writes before the
 * title of the one they sign for, and what a delegation covers.
 */

/** KT. ký thay, TM. thay mặt (tập thể), Q. quyền (cấp trưởng), TUQ. thừa ủy quyền, TL. thừa lệnh. */
export const DELEGATION_KINDS = ['KT', 'TM', 'Q', 'TUQ', 'TL'] as const;
export type DelegationKind = (typeof DELEGATION_KINDS)[number];

export const DELEGATION_KIND_LABELS: Readonly<Record<DelegationKind, string>> = {
  KT: 'Ký thay',
  TM: 'Thay mặt tập thể',
  Q: 'Quyền cấp trưởng',
  TUQ: 'Thừa ủy quyền',
  TL: 'Thừa lệnh',
};

/** The collective a TM. signature speaks for (thay mặt): the Committee, a collegial body. */
export const COLLECTIVE_TITLE = 'ỦY BAN NHÂN DÂN';

/** Phạm vi: the fields and document types (DOCUMENT_TYPES codes) covered; an empty list covers every one. */
export type DelegationScope = { fieldCodes: string[]; documentTypes: string[] };

/** Văn bản ủy quyền / giao quyền: the written instrument's number and symbol and its date. */
export type DelegationInstrument = { symbol: string; date: LocalDate };

/**
 * A delegation as the sign step weighs it: who signs for whom, what it covers, from when to when,
 * and whether it was revoked (the read model's row, or the state the domain folds).
 */
export interface DelegationGrant {
  delegationId: string;
  kind: DelegationKind;
  grantorId: string;
  granteeId: string;
  /** What follows the mark: the grantor's title ("CHỦ TỊCH"), or the collective for TM. */
  onBehalfOfTitle: string;
  scope: DelegationScope;
  validFrom: LocalDate;
  /** Last day in force; null: until revoked (never for TUQ). */
  validTo: LocalDate | null;
  revokedAt: string | null;
}

/** Chức vụ as printed under the signature (uppercase, ND30 Phụ lục I). */
export function positionTitle(user: Pick<User, 'roles'>): string {
  if (hasRole(user, 'committee_chairman')) return 'CHỦ TỊCH';
  if (hasRole(user, 'committee_vice_chairman')) return 'PHÓ CHỦ TỊCH';
  if (hasRole(user, 'office_chief')) return 'CHÁNH VĂN PHÒNG';
  if (hasRole(user, 'office_deputy_chief')) return 'PHÓ CHÁNH VĂN PHÒNG';
  if (hasRole(user, 'department_head')) return 'TRƯỞNG PHÒNG';
  return 'CHUYÊN VIÊN';
}
