import { hasRole, type User } from '@office/domain';

/**
 * SignerInfo of an edXML package (QCVN 102:2016): quyền hạn (TM., KT.), chức vụ and họ tên, from the
 * signer's role as ND30 Phụ lục I §7 prints them for a provincial People's Committee and its Office.
 */
export function signerInfoOf(signer: User | undefined, signsAs: 'committee' | 'office'): { competence: string; position: string; fullName: string } {
  const fullName = signer?.fullName ?? '';
  const as = (roles: Parameters<typeof hasRole>[1][]) => signer !== undefined && hasRole(signer, ...roles);
  if (signsAs === 'committee') {
    return as(['committee_chairman']) ? { competence: 'TM. ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', fullName } : { competence: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', fullName };
  }
  return as(['office_chief']) ? { competence: '', position: 'CHÁNH VĂN PHÒNG', fullName } : { competence: 'KT. CHÁNH VĂN PHÒNG', position: 'PHÓ CHÁNH VĂN PHÒNG', fullName };
}
