import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DirectiveQueries, MeetingQueries, PROJECTION_NAMES } from '@office/read-models';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '../../commands/request-context';
import { ProjectionPositions } from '../../read-models/projection-positions';
import { ReadModelQuery } from '../../read-models/read-model-query.dto';
import { MeetingParams } from '../meeting-params';

const READS = [PROJECTION_NAMES.meetings, PROJECTION_NAMES.directives];

/** A meeting from `meetings.v1`, with its notice's clock and the tasks it gave (`directives.v1`), for any member of staff. */
@ApiTags('meetings')
@ApiBearerAuth()
@Controller('api/meetings')
export class MeetingReadsController {
  private readonly meetings: MeetingQueries;
  private readonly directives: DirectiveQueries;

  constructor(
    dataSource: DataSource,
    private readonly positions: ProjectionPositions,
    @Inject(CLOCK) clock: Clock,
  ) {
    this.meetings = new MeetingQueries(dataSource, clock);
    this.directives = new DirectiveQueries(dataSource, clock);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One meeting: presiding leader, day, field, attendees, its conclusion notice (due day, clock, approval, signature, number) and its tasks with their outcomes' })
  async one(@Param() { id }: MeetingParams, @Query() query: ReadModelQuery) {
    const projectedPosition = await this.positions.reached(READS, query.minPosition);
    const [meeting, tasks] = await Promise.all([this.meetings.byId(id), this.directives.ofSource(id)]);
    return { ...meeting, tasks, projectedPosition };
  }
}
