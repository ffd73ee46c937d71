import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { daysOfScheduleWeek, isScheduleLeader, keepsSchedule, requireScheduleWeek, scheduleActions, type ScheduleWeekState } from '@office/domain';
import { OrganisationDirectory, PROJECTION_NAMES, ScheduleQueries } from '@office/read-models';
import { DataSource } from 'typeorm';
import { CurrentUser, type AuthenticatedUser } from '../../auth/authenticated-user';
import { SCHEDULE_WEEK } from '../../http/answer-schemas';
import { Answers } from '../../http/open-api-schemas';
import { ProjectionPositions } from '../../read-models/projection-positions';
import { ReadModelQuery } from '../../read-models/read-model-query.dto';
import { ScheduleWeekParams } from '../schedule-requests';
import { scheduleLeaders } from './schedule-views';

const READS = [PROJECTION_NAMES.schedule];

/**
 * The week as the staff keep it: every entry with its whole history, and the steps the caller may
 * take. Confidential entries (mật) only for those who keep the schedule and for the leaders.
 */
@ApiTags('schedule')
@ApiBearerAuth()
@Controller('api/schedule')
export class ScheduleReadsController {
  private readonly schedule: ScheduleQueries;

  constructor(
    dataSource: DataSource,
    private readonly directory: OrganisationDirectory,
    private readonly positions: ProjectionPositions,
  ) {
    this.schedule = new ScheduleQueries(dataSource);
  }

  @Get('weeks/:week')
  @ApiOperation({ summary: 'Lịch công tác tuần (any member of staff; confidential entries only for the schedule’s keepers and the leaders): status, publication, entries by time with their history, the leaders, and `actions` the caller may take' })
  @Answers(SCHEDULE_WEEK)
  async week(@Param() { week }: ScheduleWeekParams, @Query() query: ReadModelQuery, @CurrentUser() user: AuthenticatedUser) {
    const days = daysOfScheduleWeek(requireScheduleWeek(week));
    const projectedPosition = await this.positions.reached(READS, query.minPosition);
    const [row, organisation] = await Promise.all([this.schedule.week(week), this.directory.organisation()]);
    const state: ScheduleWeekState = row?.state ?? { status: 'none' };
    const actor = { userId: user.id, roles: user.roles, departmentId: user.departmentId };
    const actions = scheduleActions(state, actor, organisation);
    const seesConfidential = keepsSchedule(actor, organisation) || isScheduleLeader(user.id, organisation);
    const entries = state.status === 'none' ? [] : state.entries.filter((e) => seesConfidential || !e.confidential).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    const publication = state.status === 'none' ? null : state.publication;
    return { week, days, status: state.status, publication, entries, actions, leaders: scheduleLeaders(organisation), projectedPosition };
  }
}
