import { ApiProperty } from '@nestjs/swagger';
import type { Role } from '@office/domain';
import { IsUUID } from 'class-validator';
import { OptionalText, Text } from '../../documents/http/validators';
import { Reason, RoleList, UserId } from '../admin-validators';

export class UserParams {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'id phải là mã người dùng (UUID)' }) id!: string;
}

/** The profile an administrator keeps: name, roles, department, address for notices. */
export class UserProfileRequest {
  @Text(1, 200, 'Nguyễn Thị Lan') fullName!: string;
  @RoleList() roles!: Role[];
  @UserId(true) departmentId?: string | null;
  @OptionalText(254, 'cv.kt3@vpubnd.example.vn') email?: string | null;
  @Reason() reason!: string;
}

/** POST /api/admin/users: a first password is made up and answered once; the person changes it at the first login. */
export class CreateUserRequest extends UserProfileRequest {
  @Text(3, 64, 'cv.kt3') username!: string;
}

/** Deactivate, reactivate, reset a password: only why. */
export class ReasonRequest {
  @Reason() reason!: string;
}
