import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { EmptyRequest } from '../../dossiers/dossier-requests';
import { AnswersCommand } from '../../http/open-api-schemas';
import { ScheduleWeekParams } from '../schedule-requests';
import type { ScheduleStepResult } from '../schedule-step/schedule-step.handler';
import { ScheduleSteps } from '../schedule-step/schedule-steps';

@ApiTags('schedule')
@ApiBearerAuth()
@Controller('api/schedule/weeks')
export class PublishScheduleWeekRoute {
  constructor(private readonly steps: ScheduleSteps) {}

  @Post(':week/publish')
  @ApiOperation({ summary: 'Ban hành lịch công tác tuần (office chief or deputy): the public page and the leaders’ feeds show it; a second time is 409 WEEK_ALREADY_PUBLISHED' })
  @AnswersCommand()
  publish(@Param() { week }: ScheduleWeekParams, @Body() _body: EmptyRequest, @Req() request: AuthenticatedRequest): Promise<ScheduleStepResult> {
    return this.steps.run({ type: 'publish', week }, request);
  }
}
