import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { DossierStatus } from '@office/domain';
import { DossierQueries, PROJECTION_NAMES } from '@office/read-models';
import { CurrentUser, type AuthenticatedUser } from '../../auth/authenticated-user';
import { checkDayRange } from '../../read-models/period';
import { ProjectionPositions } from '../../read-models/projection-positions';
import { ReadModelQuery } from '../../read-models/read-model-query.dto';
import { DossierParams } from '../dossier-params';
import { DossierActions } from './dossier-actions';
import { DossierListQuery } from './dossier-read-query.dto';
import { Answers } from '../../http/open-api-schemas';
import { DOSSIER_ONE, DOSSIER_PAGE, DOSSIER_QUEUE } from '../../http/answer-schemas';

/** The summary reads the procedure names of the catalogue for dossiers not yet received. */
const READS = [PROJECTION_NAMES.dossiers, PROJECTION_NAMES.procedureCatalogue];

/**
 * Dossiers from `dossiers.v1` for staff: one with its control sheet, lists, and the caller's
 * one-stop queue. Who sees what is one rule (dossierVisibleSql): the people on a dossier's path,
 * the desk, leaders, the ISO secretary and auditors.
 */
@ApiTags('dossiers')
@ApiBearerAuth()
@Controller('api')
export class DossierReadsController {
  constructor(
    private readonly dossiers: DossierQueries,
    private readonly positions: ProjectionPositions,
    private readonly actions: DossierActions,
  ) {}

  @Get('dossiers')
  @ApiOperation({ summary: 'Dossiers the caller may see, newest first, filtered, with the total' })
  @Answers(DOSSIER_PAGE)
  async list(@Query() query: DossierListQuery, @CurrentUser() user: AuthenticatedUser) {
    checkDayRange('receivedFrom', query.receivedFrom, 'receivedTo', query.receivedTo);
    const projectedPosition = await this.positions.reached(READS, query.minPosition);
    const { minPosition: _wait, status, ...filter } = query;
    return { ...(await this.dossiers.list({ ...filter, status: status?.split(',') as DossierStatus[] | undefined }, user)), projectedPosition };
  }

  @Get('dossiers/:id')
  @ApiOperation({ summary: 'One dossier with its applicant, due dates, classification, control sheet and `actions` (the steps the caller may take now); 404 if the caller may not see it' })
  @Answers(DOSSIER_ONE)
  async summary(@Param() { id }: DossierParams, @Query() query: ReadModelQuery, @CurrentUser() user: AuthenticatedUser) {
    const projectedPosition = await this.positions.reached(READS, query.minPosition);
    const [summary, actions] = await Promise.all([this.dossiers.byId(id, user), this.actions.of(id, user)]);
    return { ...summary, actions, projectedPosition };
  }

  @Get('onestop/queue')
  @ApiOperation({ summary: "The caller's one-stop work (receive, transfer, appraise, initial, sign, issue, return…), overdue first, then due soonest" })
  @Answers(DOSSIER_QUEUE)
  async queue(@Query() query: ReadModelQuery, @CurrentUser() user: AuthenticatedUser) {
    const projectedPosition = await this.positions.reached(READS, query.minPosition);
    return { ...(await this.dossiers.queue(user)), projectedPosition };
  }
}
