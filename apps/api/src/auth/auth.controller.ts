import { Body, Controller, HttpCode, Post, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ApiTags } from '@nestjs/swagger';
import { OrganisationDirectory } from '@office/read-models';
import { verifyPassword } from '@office/runtime/password';
import { Public } from './access.decorators';
import { LoginRequest, LoginResponse } from './login.dto';

export const TOKEN_LIFETIME_SECONDS = 12 * 3600;

@ApiTags('auth')
@Controller('api/auth')
export class AuthController {
  constructor(
    private readonly directory: OrganisationDirectory,
    private readonly jwt: JwtService,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  async login(@Body() body: LoginRequest): Promise<LoginResponse> {
    const found = await this.directory.credentials(body.username);
    // Same answer for an unknown user and a wrong password: never reveal which usernames exist.
    if (!found || !(await verifyPassword(body.password, found.passwordHash))) {
      throw new UnauthorizedException('Sai tên đăng nhập hoặc mật khẩu');
    }
    const { user } = found;
    const accessToken = await this.jwt.signAsync(
      { sub: user.id, username: user.username, roles: user.roles, departmentId: user.departmentId },
      { expiresIn: TOKEN_LIFETIME_SECONDS },
    );
    return { accessToken, expiresIn: TOKEN_LIFETIME_SECONDS, user };
  }
}
