import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { directiveActions, type DirectiveOutcome } from '@office/domain';
import { DirectiveQueries, OrganisationDirectory, PROJECTION_NAMES } from '@office/read-models';
import { DataSource } from 'typeorm';
import { CurrentUser, type AuthenticatedUser } from '../../auth/authenticated-user';
import { CLOCK, type Clock } from '../../commands/request-context';
import { checkDayRange } from '../../read-models/period';
import { ProjectionPositions } from '../../read-models/projection-positions';
import { ReadModelQuery } from '../../read-models/read-model-query.dto';
import { DirectiveParams } from '../directive-params';
import { DirectiveListQuery } from './directive-read-query.dto';
import { Answers } from '../../http/open-api-schemas';
import { DIRECTIVE_ONE, DIRECTIVE_PAGE, MY_DIRECTIVES } from '../../http/answer-schemas';

const READS = [PROJECTION_NAMES.directives];

/**
 * The task register (Sổ theo dõi nhiệm vụ) from `directives.v1` for any member of staff: lists,
 * one task with its history and the steps the caller may take, and each person's directives.
 */
@ApiTags('directives')
@ApiBearerAuth()
@Controller('api')
export class DirectiveReadsController {
  private readonly directives: DirectiveQueries;

  constructor(
    dataSource: DataSource,
    private readonly directory: OrganisationDirectory,
    private readonly positions: ProjectionPositions,
    @Inject(CLOCK) clock: Clock,
  ) {
    this.directives = new DirectiveQueries(dataSource, clock);
  }

  @Get('directives')
  @ApiOperation({ summary: 'The task register, due soonest first, filtered by leader, field, lead agency, outcome (as of today) and due dates' })
  @Answers(DIRECTIVE_PAGE)
  async list(@Query() query: DirectiveListQuery) {
    checkDayRange('dueFrom', query.dueFrom, 'dueTo', query.dueTo);
    const projectedPosition = await this.positions.reached(READS, query.minPosition);
    const { leader, field, agency, outcome, dueFrom, dueTo, page, pageSize } = query;
    return { ...(await this.directives.list({ directingLeaderId: leader, fieldCode: field, agency, outcome: outcome as DirectiveOutcome | undefined, dueFrom, dueTo, page, pageSize })), projectedPosition };
  }

  @Get('directives/:id')
  @ApiOperation({ summary: 'One task: source, content, agencies, due date, outcome, its chases, reports, extensions, obstacles and assessment, and `actions` the caller may take' })
  @Answers(DIRECTIVE_ONE)
  async one(@Param() { id }: DirectiveParams, @Query() query: ReadModelQuery, @CurrentUser() user: AuthenticatedUser) {
    const projectedPosition = await this.positions.reached(READS, query.minPosition);
    const { state, ...task } = await this.directives.byId(id);
    const actions = directiveActions(state, { userId: user.id, roles: user.roles, departmentId: user.departmentId }, await this.directory.organisation());
    return { ...task, actions, projectedPosition };
  }

  @Get('me/directives')
  @ApiOperation({ summary: "The caller's directives: as directing leader, every task with its outcome and the four counts; as follow-up specialist, the open tasks, overdue first, with those due soon flagged" })
  @Answers(MY_DIRECTIVES)
  async mine(@Query() query: ReadModelQuery, @CurrentUser() user: AuthenticatedUser) {
    const projectedPosition = await this.positions.reached(READS, query.minPosition);
    return { ...(await this.directives.mine(user.id)), projectedPosition };
  }
}
