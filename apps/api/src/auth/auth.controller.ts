import { Body, Controller, HttpCode, Post, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RateLimited, RateLimiter, type RateLimitPolicy } from '../http/rate-limit';
import { Public } from './access.decorators';
import { LoginRequest, LoginResponse } from './login.dto';
import { PasswordChecker } from './password-checker';

export const TOKEN_LIFETIME_SECONDS = 12 * 3600;

/** Attempts per client address: generous for an office behind one NAT address, ruinous for guessing. */
export const LOGIN_ATTEMPTS_PER_ADDRESS: RateLimitPolicy = { limit: 60, windowSeconds: 60 };
/** Failed attempts per username (a successful login clears them): guessing one account from many addresses. */
export const LOGIN_FAILURES_PER_USERNAME: RateLimitPolicy = { limit: 10, windowSeconds: 900 };
const USERNAME_BUCKET = 'login-username';

@ApiTags('auth')
@Controller('api/auth')
export class AuthController {
  constructor(
    private readonly passwords: PasswordChecker,
    private readonly limiter: RateLimiter,
    private readonly jwt: JwtService,
  ) {}

  @Public()
  @RateLimited('login-address', { ...LOGIN_ATTEMPTS_PER_ADDRESS, key: 'ip' })
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'A bearer token for 12 hours; 429 with Retry-After after too many attempts from one address or on one username' })
  @ApiOkResponse({ type: LoginResponse })
  async login(@Body() body: LoginRequest): Promise<LoginResponse> {
    const username = body.username.toLowerCase();
    await this.limiter.hit(USERNAME_BUCKET, username, LOGIN_FAILURES_PER_USERNAME);
    const user = await this.passwords.check(body.username, body.password);
    // Same answer for an unknown user and a wrong password: never reveal which usernames exist.
    if (!user) throw new UnauthorizedException('Sai tên đăng nhập hoặc mật khẩu');
    await this.limiter.reset(USERNAME_BUCKET, username);
    const { mustChangePassword, ...person } = user;
    const accessToken = await this.jwt.signAsync(
      { sub: user.id, username: user.username, roles: user.roles, departmentId: user.departmentId },
      { expiresIn: TOKEN_LIFETIME_SECONDS },
    );
    // With mustChangePassword the token opens only the password change (POST /api/auth/password) until it is done.
    return { accessToken, expiresIn: TOKEN_LIFETIME_SECONDS, user: person, mustChangePassword };
  }
}
