import { randomUUID } from 'node:crypto';
import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { Roles } from '../../auth/access.decorators';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { Text } from '../../documents/http/validators';
import { AnswersCommand } from '../../http/open-api-schemas';
import { Reason } from '../admin-validators';
import { OrganisationChanges, type ChangeAnswer } from '../organisation-changes';

class DepartmentParams {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'id phải là mã phòng (UUID)' }) id!: string;
}

class CreateDepartmentRequest {
  @Text(1, 16, 'KHCN') code!: string;
  @Text(1, 200, 'Phòng Khoa học – Công nghệ') name!: string;
  @Reason() reason!: string;
}

class RenameDepartmentRequest {
  @Text(1, 200, 'Phòng Kinh tế – Ngành') name!: string;
  @Reason() reason!: string;
}

/** Phòng (quản trị): departments are created and renamed, never deleted (events name them for ever). */
@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('api/admin/departments')
export class DepartmentsRoutes {
  constructor(private readonly changes: OrganisationChanges) {}

  @Post()
  @ApiOperation({ summary: 'A new department (DepartmentCreated); 422 DEPARTMENT_CODE_TAKEN, INVALID_CODE, REASON_REQUIRED' })
  @AnswersCommand()
  create(@Body() body: CreateDepartmentRequest, @Req() request: AuthenticatedRequest): Promise<ChangeAnswer> {
    const departmentId = randomUUID();
    return this.changes.run({ type: 'create-department', departmentId, ...body }, request, departmentId);
  }

  @Post(':id/rename')
  @ApiOperation({ summary: 'Đổi tên phòng (DepartmentRenamed)' })
  @AnswersCommand()
  rename(@Param() { id }: DepartmentParams, @Body() body: RenameDepartmentRequest, @Req() request: AuthenticatedRequest): Promise<ChangeAnswer> {
    return this.changes.run({ type: 'rename-department', departmentId: id, ...body }, request, id);
  }
}
