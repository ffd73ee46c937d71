import { Controller, Get, Inject, Param, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DELEGATION_KINDS, delegationActions } from '@office/domain';
import { DelegationQueries, PROJECTION_NAMES } from '@office/read-models';
import { DataSource } from 'typeorm';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { CLOCK, contextOf, type Clock } from '../../commands/request-context';
import { Answers, arrayOf, day, instant, listOf, named, nullable, object, oneOf, projected, record, text, uuid } from '../../http/open-api-schemas';
import { ProjectionPositions } from '../../read-models/projection-positions';
import { ReadModelQuery } from '../../read-models/read-model-query.dto';
import { DelegationParams } from '../delegation-params';
import { DelegationListQuery } from './delegation-list.query';

const READS = [PROJECTION_NAMES.delegations];
const PERSON = object({ id: uuid, name: nullable(text()) });
const DELEGATION = named(
  'Delegation',
  object({
    id: uuid,
    kind: oneOf(...DELEGATION_KINDS),
    grantor: PERSON,
    grantee: PERSON,
    onBehalfOfTitle: text('what follows the mark: CHỦ TỊCH, or ỦY BAN NHÂN DÂN for TM.'),
    instrument: object({ symbol: text(), date: day }),
    validFrom: day,
    validTo: nullable(day),
    scope: object({ fieldCodes: arrayOf(text()), documentTypes: arrayOf(text()) }),
    regulationClause: nullable(text()),
    absence: nullable(object({ from: day, to: day })),
    recordedAt: instant,
    revocation: nullable(object({ reason: text(), by: uuid, at: instant })),
    status: oneOf('in_force', 'not_yet', 'expired', 'revoked'),
    actions: arrayOf(oneOf('revoke')),
  }),
);

/** Delegations of signing authority from `delegations.v1`, for any member of staff. */
@ApiTags('delegations')
@ApiBearerAuth()
@Controller('api/delegations')
export class DelegationReadsController {
  private readonly delegations: DelegationQueries;

  constructor(
    dataSource: DataSource,
    private readonly positions: ProjectionPositions,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.delegations = new DelegationQueries(dataSource);
  }

  @Get()
  @ApiOperation({ summary: 'Ủy quyền ký: in force at `at` (default now), past, to come or all, for a person (given or held) or everyone; each with the caller’s `actions`' })
  @Answers(listOf(DELEGATION))
  async list(@Query() query: DelegationListQuery, @Req() request: AuthenticatedRequest) {
    const { actor, now } = contextOf(request, this.clock);
    const projectedPosition = await this.positions.reached(READS, query.minPosition);
    const items = await this.delegations.list({ at: query.at ?? now, status: query.status, userId: query.userId });
    return { items: items.map(({ state, ...item }) => ({ ...item, actions: delegationActions(state, actor) })), projectedPosition };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One delegation, where it stands now, and the caller’s `actions`' })
  @Answers(projected({ delegation: DELEGATION, state: record('the folded state') }))
  async one(@Param() { id }: DelegationParams, @Query() query: ReadModelQuery, @Req() request: AuthenticatedRequest) {
    const { actor, now } = contextOf(request, this.clock);
    const projectedPosition = await this.positions.reached(READS, query.minPosition);
    const { state, ...delegation } = await this.delegations.byId(id, now);
    return { delegation: { ...delegation, actions: delegationActions(state, actor) }, state, projectedPosition };
  }
}
