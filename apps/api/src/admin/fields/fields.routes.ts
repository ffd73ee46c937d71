import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { Roles } from '../../auth/access.decorators';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { InstantField, Text } from '../../documents/http/validators';
import { AnswersCreated, object, position, text } from '../../http/open-api-schemas';
import { Reason, UserId } from '../admin-validators';
import { OrganisationChanges, type ChangeAnswer } from '../organisation-changes';

class FieldParams {
  @ApiProperty({ example: 'KH-DT' }) @Matches(/^[A-Za-z0-9-]{1,16}$/, { message: 'code phải là mã lĩnh vực' }) code!: string;
}

/** Who is in charge of a field, from when (default: now; never in the future, never before its last change). */
class FieldChargeRequest {
  @UserId() departmentId!: string;
  @UserId() officeLeaderId!: string;
  @UserId() committeeLeaderId!: string;
  @InstantField(true) effectiveFrom?: string | null;
  @Reason() reason!: string;
}

class CreateFieldRequest extends FieldChargeRequest {
  @Text(1, 16, 'KHCN') code!: string;
  @Text(1, 200, 'Khoa học và Công nghệ') name!: string;
}

const FIELD_ANSWER = object({ id: text('the field code'), revision: position });

/** Lĩnh vực (quản trị): fields and who is in charge of each, as history with effective dates. */
@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('api/admin/fields')
export class FieldsRoutes {
  constructor(private readonly changes: OrganisationChanges) {}

  @Post()
  @ApiOperation({ summary: 'A new field (FieldCreated); 422 FIELD_CODE_TAKEN, NOT_AN_OFFICE_LEADER, NOT_A_COMMITTEE_LEADER, EFFECTIVE_IN_FUTURE' })
  @AnswersCreated(FIELD_ANSWER, 'written')
  create(@Body() body: CreateFieldRequest, @Req() request: AuthenticatedRequest): Promise<ChangeAnswer> {
    return this.changes.run({ type: 'create-field', ...body }, request, body.code.toUpperCase());
  }

  @Post(':code/assign')
  @ApiOperation({ summary: 'Phân công lại (FieldAssigned) from `effectiveFrom`: decisions from then on use the new leaders; 422 EFFECTIVE_BEFORE_LAST_CHANGE, EFFECTIVE_IN_FUTURE, NO_CHANGE' })
  @AnswersCreated(FIELD_ANSWER, 'written')
  assign(@Param() { code }: FieldParams, @Body() body: FieldChargeRequest, @Req() request: AuthenticatedRequest): Promise<ChangeAnswer> {
    return this.changes.run({ type: 'assign-field', code, ...body }, request, code);
  }
}
