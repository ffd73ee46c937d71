import { Body, Controller, Get, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../auth/authenticated-user';
import { Answers, AnswersCreated } from '../http/open-api-schemas';
import { RECORDS_COMMAND, RETENTION_SCHEDULE } from './records-answers';
import { ApproveRetentionScheduleRequest } from './records-requests';
import { RecordsSteps } from './records-step';
import { RecordsStreams } from './records-streams';

/** The retention table (bảng thời hạn bảo quản, TT 10/2022): approved by an admin as data, read by everyone. */
@ApiTags('records')
@ApiBearerAuth()
@Controller('api/records/retention-schedule')
export class RetentionScheduleRoutes {
  constructor(
    private readonly steps: RecordsSteps,
    private readonly records: RecordsStreams,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Phê duyệt bảng thời hạn bảo quản (admin): a new version of the whole table' })
  @AnswersCreated(RECORDS_COMMAND, 'approved; a retry with the same Idempotency-Key answers the same')
  approve(@Body() body: ApproveRetentionScheduleRequest, @Req() request: AuthenticatedRequest) {
    return this.steps.run({ on: 'schedule', input: { type: 'approve', ...body } }, request);
  }

  @Get()
  @ApiOperation({ summary: 'The retention table in force (read from its stream)' })
  @Answers(RETENTION_SCHEDULE)
  async current() {
    const schedule = await this.records.schedule();
    return schedule.status === 'none'
      ? { status: 'none', version: null, rules: [], approvedAt: null }
      : { status: 'approved', version: schedule.version, rules: schedule.rules, approvedAt: schedule.approvedAt };
  }
}
