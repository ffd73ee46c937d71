import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { RATE_LIMIT, type RateLimitRule } from './rate-limited.decorator';
import { RateLimiter } from './rate-limiter';

/** Applies the @RateLimited rule of the route (else of its controller); a global guard, so one decorator is all a route needs. */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: RateLimiter,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<RateLimitRule | undefined>(RATE_LIMIT, [context.getHandler(), context.getClass()]);
    if (!rule) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const key = rule.key === 'ip' ? request.ip : rule.key(request);
    await this.limiter.hit(rule.bucket, key, rule);
    return true;
  }
}
