import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../auth/access.decorators';
import { CurrentUser, type AuthenticatedUser } from '../../auth/authenticated-user';
import { PeriodQuery } from '../read-model-query.dto';
import { LEADER_ROLES } from '../viewer';
import { BriefingQueries } from './briefing-queries';
import { Answers } from '../../http/open-api-schemas';
import { BRIEFING } from '../../http/answer-schemas';

@ApiTags('statistics')
@ApiBearerAuth()
@Controller('api/stats')
export class BriefingController {
  constructor(private readonly briefings: BriefingQueries) {}

  @Get('briefing')
  @Roles(...LEADER_ROLES)
  @ApiOperation({ summary: 'Giao ban: received, completed (early / on time / late), in progress, overdue, pending per leader, by department, field and specialist, weekly trend' })
  @Answers(BRIEFING)
  briefing(@Query() query: PeriodQuery, @CurrentUser() user: AuthenticatedUser) {
    return this.briefings.briefing(query, user);
  }
}
