import { SetMetadata } from '@nestjs/common';
import type { Role } from '@office/domain';

export const PUBLIC_ROUTE = 'office-ledger:public';
export const REQUIRED_ROLES = 'office-ledger:roles';
export const BEFORE_PASSWORD_CHANGE = 'office-ledger:before-password-change';

/** No bearer token needed (login, health, metrics). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** The caller must hold at least one of these roles; responsibility for one document is checked by the domain. */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

/** Open to a person who must change their password first (the change itself); every other route answers 403 PASSWORD_CHANGE_REQUIRED. */
export const AllowedBeforePasswordChange = () => SetMetadata(BEFORE_PASSWORD_CHANGE, true);
