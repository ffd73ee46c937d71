import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { requireStrongPassword, ruleViolation } from '@office/domain';
import { IsString, Length } from 'class-validator';
import { OrganisationChanges, type ChangeAnswer } from '../../admin/organisation-changes';
import { AnswersCommand } from '../../http/open-api-schemas';
import { AllowedBeforePasswordChange } from '../access.decorators';
import type { AuthenticatedRequest } from '../authenticated-user';
import { PasswordChecker } from '../password-checker';

class ChangePasswordRequest {
  @ApiProperty() @IsString() @Length(1, 200) currentPassword!: string;
  @ApiProperty({ minLength: 10, example: 'Sông Hồng chảy về biển' }) @IsString() @Length(1, 200) newPassword!: string;
}

/** Đổi mật khẩu: everyone, also (and only) right after a reset; the event records that it changed, the vault keeps the hash. */
@ApiTags('auth')
@ApiBearerAuth()
@Controller('api/auth')
export class ChangePasswordRoute {
  constructor(
    private readonly passwords: PasswordChecker,
    private readonly changes: OrganisationChanges,
  ) {}

  @Post('password')
  @AllowedBeforePasswordChange()
  @ApiOperation({ summary: 'Change one’s own password (UserPasswordChanged); 422 WRONG_PASSWORD, PASSWORD_TOO_WEAK (≥ 10 characters, not the username, not a common one), PASSWORD_UNCHANGED' })
  @AnswersCommand()
  async change(@Body() body: ChangePasswordRequest, @Req() request: AuthenticatedRequest): Promise<ChangeAnswer> {
    const user = request.user!;
    if (!(await this.passwords.check(user.username, body.currentPassword))) throw ruleViolation('WRONG_PASSWORD', 'Mật khẩu hiện tại không đúng', 'currentPassword');
    const password = requireStrongPassword(body.newPassword, user.username, 'newPassword');
    if (password === body.currentPassword) throw ruleViolation('PASSWORD_UNCHANGED', 'Mật khẩu mới phải khác mật khẩu hiện tại', 'newPassword');
    const credentialId = await this.changes.credential(user.id, password);
    return this.changes.run({ type: 'change-own-password', credentialId }, request, user.id);
  }
}
