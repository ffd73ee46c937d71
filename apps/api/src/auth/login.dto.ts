import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class LoginRequest {
  @ApiProperty({ example: 'vanthu1' })
  @IsString()
  @Length(1, 64)
  username!: string;

  @ApiProperty({ example: 'demo' })
  @IsString()
  @Length(1, 200)
  password!: string;
}

export class LoginResponse {
  @ApiProperty() accessToken!: string;
  @ApiProperty() expiresIn!: number;
  @ApiProperty() user!: { id: string; username: string; fullName: string; roles: string[]; departmentId: string | null };
  /** True after a reset: every route but POST /api/auth/password answers 403 PASSWORD_CHANGE_REQUIRED until the password is changed. */
  @ApiProperty() mustChangePassword!: boolean;
}
