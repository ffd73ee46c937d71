import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OrganisationDirectory } from '@office/read-models';
import { Roles } from '../../auth/access.decorators';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { STAFF_LIST } from '../../http/answer-schemas';
import { Answers, AnswersCommand, text } from '../../http/open-api-schemas';
import { OrganisationChanges, type ChangeAnswer } from '../organisation-changes';
import { CreateUserRequest, ReasonRequest, UserParams, UserProfileRequest } from './user.requests';

const TEMPORARY = { temporaryPassword: text('shown once: the person must change it at the first login') };

/** Người dùng (quản trị): staff join, change roles or department, leave and come back; passwords are reset, never read. */
@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('api/admin/users')
export class UsersRoutes {
  constructor(
    private readonly changes: OrganisationChanges,
    private readonly directory: OrganisationDirectory,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Every person, active or not, with whether they must change their password' })
  @Answers(STAFF_LIST)
  async list(): Promise<{ items: unknown[] }> {
    return { items: await this.directory.staff() };
  }

  @Post()
  @ApiOperation({ summary: 'A new person (UserCreated) with a temporary password answered once; 422 USERNAME_TAKEN, ROLES_REQUIRED, UNKNOWN_DEPARTMENT, REASON_REQUIRED' })
  @AnswersCommand(TEMPORARY)
  async create(@Body() body: CreateUserRequest, @Req() request: AuthenticatedRequest): Promise<ChangeAnswer & { temporaryPassword: string }> {
    const userId = randomUUID();
    const { credentialId, temporaryPassword } = await this.changes.temporaryCredential(userId);
    const answer = await this.changes.run({ type: 'create-user', userId, ...body, departmentId: body.departmentId ?? null, credentialId, mustChangePassword: true }, request, userId);
    return { ...answer, temporaryPassword };
  }

  @Post(':id/profile')
  @ApiOperation({ summary: 'Name, roles, department, e-mail (UserChanged); 422 STILL_IN_CHARGE when a leader in charge of fields would lose the role, LAST_ADMIN' })
  @AnswersCommand()
  change(@Param() { id }: UserParams, @Body() body: UserProfileRequest, @Req() request: AuthenticatedRequest): Promise<ChangeAnswer> {
    return this.changes.run({ type: 'change-user', userId: id, ...body, departmentId: body.departmentId ?? null }, request, id);
  }

  @Post(':id/deactivate')
  @ApiOperation({ summary: 'Khóa (UserDeactivated): no login, and tokens in hand stop within 30 s; 409 ALREADY_INACTIVE, 422 STILL_IN_CHARGE, CANNOT_DEACTIVATE_SELF, LAST_ADMIN' })
  @AnswersCommand()
  deactivate(@Param() { id }: UserParams, @Body() body: ReasonRequest, @Req() request: AuthenticatedRequest): Promise<ChangeAnswer> {
    return this.changes.run({ type: 'deactivate-user', userId: id, reason: body.reason }, request, id);
  }

  @Post(':id/reactivate')
  @ApiOperation({ summary: 'Mở khóa (UserReactivated); 409 ALREADY_ACTIVE' })
  @AnswersCommand()
  reactivate(@Param() { id }: UserParams, @Body() body: ReasonRequest, @Req() request: AuthenticatedRequest): Promise<ChangeAnswer> {
    return this.changes.run({ type: 'reactivate-user', userId: id, reason: body.reason }, request, id);
  }

  @Post(':id/reset-password')
  @ApiOperation({ summary: 'Đặt lại mật khẩu (UserPasswordReset): a temporary password answered once; the person must change it at the next login' })
  @AnswersCommand(TEMPORARY)
  async resetPassword(@Param() { id }: UserParams, @Body() body: ReasonRequest, @Req() request: AuthenticatedRequest): Promise<ChangeAnswer & { temporaryPassword: string }> {
    const { credentialId, temporaryPassword } = await this.changes.temporaryCredential(id);
    return { ...(await this.changes.run({ type: 'reset-password', userId: id, credentialId, reason: body.reason }, request, id)), temporaryPassword };
  }
}
