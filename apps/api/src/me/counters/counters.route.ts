import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PendingWork, PROJECTION_NAMES } from '@office/read-models';
import { CurrentUser, type AuthenticatedUser } from '../../auth/authenticated-user';
import { ProjectionPositions } from '../../read-models/projection-positions';
import { ReadModelQuery } from '../../read-models/read-model-query.dto';
import { Answers } from '../../http/open-api-schemas';
import { COUNTERS } from '../me.schemas';

const READS = [PROJECTION_NAMES.documentSummaries, PROJECTION_NAMES.dossiers, PROJECTION_NAMES.directives];

@ApiTags('me')
@ApiBearerAuth()
@Controller('api/me')
export class CountersRoute {
  constructor(
    private readonly work: PendingWork,
    private readonly positions: ProjectionPositions,
  ) {}

  @Get('counters')
  @ApiOperation({
    summary:
      'What waits for the caller, counted as the queues count it: documents by step (distribute, assign, appraise, initial, sign, issue, supplement), the one-stop work and the directives followed; each {total, overdue, dueSoon} (due within one working day)',
  })
  @Answers(COUNTERS)
  async counters(@Query() query: ReadModelQuery, @CurrentUser() user: AuthenticatedUser) {
    const projectedPosition = await this.positions.reached(READS, query.minPosition);
    return { ...(await this.work.counters(user)), projectedPosition };
  }
}
