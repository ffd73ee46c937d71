import { Injectable, UnauthorizedException, ForbiddenException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { forbidden, type Role } from '@office/domain';
import { BEFORE_PASSWORD_CHANGE, PUBLIC_ROUTE, REQUIRED_ROLES } from './access.decorators';
import { AccountStatus } from './account-status';
import type { AuthenticatedRequest, AuthenticatedUser } from './authenticated-user';

interface TokenClaims {
  sub: string;
  username: string;
  roles: Role[];
  departmentId: string | null;
}

/**
 * Every route needs a valid bearer token unless marked @Public(); @Roles narrows it further. The
 * token's person must still be active (checked at most `ACCESS_CACHE_MS`, 30 s by default, late)
 * and, after a password reset, may only change their password.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly accounts: AccountStatus,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    request.user = await this.authenticate(request.headers.authorization);
    const status = await this.accounts.of(request.user.id);
    if (!status?.active) throw new UnauthorizedException('Tài khoản đã bị khóa hoặc không còn tồn tại');
    // Roles and department as the directory has them now, not as they were at login.
    request.user = { ...request.user, roles: status.roles, departmentId: status.departmentId };
    if (status.mustChangePassword && !this.reflector.getAllAndOverride<boolean>(BEFORE_PASSWORD_CHANGE, targets)) {
      throw forbidden('PASSWORD_CHANGE_REQUIRED', 'Cần đổi mật khẩu trước khi tiếp tục');
    }
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (roles && !request.user.roles.some((role) => roles.includes(role))) {
      throw new ForbiddenException(`Chức năng này dành cho: ${roles.join(', ')}`);
    }
    return true;
  }

  private async authenticate(header: string | undefined): Promise<AuthenticatedUser> {
    const token = /^Bearer (.+)$/i.exec(header ?? '')?.[1];
    if (!token) throw new UnauthorizedException('Cần đăng nhập (thiếu Authorization: Bearer <token>)');
    try {
      const claims = await this.jwt.verifyAsync<TokenClaims>(token);
      return { id: claims.sub, username: claims.username, roles: claims.roles, departmentId: claims.departmentId };
    } catch {
      throw new UnauthorizedException('Phiên đăng nhập không hợp lệ hoặc đã hết hạn');
    }
  }
}
