import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Role } from '@office/domain';
import type { FastifyRequest } from 'fastify';

/** Who is calling, from a verified bearer token. */
export interface AuthenticatedUser {
  id: string;
  username: string;
  roles: Role[];
  departmentId: string | null;
}

export type AuthenticatedRequest = FastifyRequest & { user?: AuthenticatedUser };

export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthenticatedUser => {
  const user = context.switchToHttp().getRequest<AuthenticatedRequest>().user;
  if (!user) throw new Error('CurrentUser used on a public route');
  return user;
});
