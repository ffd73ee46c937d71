import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import type { Organisation } from '@office/domain';
import { OrganisationDirectory, type OrganisationChange } from '@office/read-models';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { AllowedBeforePasswordChange, Roles } from '../auth/access.decorators';
import { InstantField } from '../documents/http/validators';
import { Answers } from '../http/open-api-schemas';
import { ORGANISATION, ORGANISATION_HISTORY } from '../http/answer-schemas';

class OrganisationQuery {
  /** Any instant: the organisation in force then (default now). */
  @InstantField(true) at?: string;
}

class HistoryQuery {
  @ApiPropertyOptional({ enum: ['department', 'user', 'field'] }) @IsOptional() @IsIn(['department', 'user', 'field']) kind?: string;
  @ApiPropertyOptional({ description: 'a department or user id, a field code' }) @IsOptional() @Matches(/^[A-Za-z0-9-]{1,64}$/) key?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 500 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) limit?: number;
}

@ApiTags('organisation')
@ApiBearerAuth()
@Controller('api/org')
export class OrgController {
  constructor(private readonly directory: OrganisationDirectory) {}

  /** Departments, staff and fields, as every member of staff may see them: now, or as they were at `at`. */
  @Get()
  // The web application loads it before any page, the password change included.
  @AllowedBeforePasswordChange()
  @ApiOperation({ summary: 'Departments, active staff and fields with who is in charge, now or as they were at `at` (an ISO instant)' })
  @Answers(ORGANISATION)
  organisation(@Query() { at }: OrganisationQuery): Promise<Organisation> {
    return this.directory.organisation(at);
  }

  /** Every change of the organisation with who made it, why, and the period it was in force. */
  @Get('history')
  @Roles('admin', 'auditor')
  @ApiOperation({ summary: 'Every change of the organisation, latest first: type, subject, who, why, recorded when, in force from/to (admin, auditor)' })
  @Answers(ORGANISATION_HISTORY)
  async history(@Query() query: HistoryQuery): Promise<{ items: OrganisationChange[] }> {
    return { items: await this.directory.changes(query) };
  }
}
