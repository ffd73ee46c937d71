import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../auth/access.decorators';
import { ComplianceQuery } from '../read-model-query.dto';
import { LEADER_ROLES } from '../viewer';
import { ComplianceQueries } from './compliance-queries';
import { Answers } from '../../http/open-api-schemas';
import { COMPLIANCE } from '../../http/answer-schemas';

@ApiTags('iso')
@ApiBearerAuth()
@Controller('api/iso')
export class ComplianceController {
  constructor(private readonly compliance: ComplianceQueries) {}

  @Get('compliance')
  @Roles('iso_secretary', ...LEADER_ROLES, 'auditor')
  @ApiOperation({ summary: 'Per process step (distribute, supplement, submit, issue, leader): count, on time, late, median and 90th-percentile working days' })
  @Answers(COMPLIANCE)
  figures(@Query() query: ComplianceQuery) {
    return this.compliance.compliance(query);
  }
}
