import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { NC_PROPOSAL_STATUSES, NC_PROPOSAL_STEPS, NONCONFORMITY_SEVERITIES } from '@office/domain';
import { NcProposalQueries, PROJECTION_NAMES } from '@office/read-models';
import { DataSource } from 'typeorm';
import { Roles } from '../../auth/access.decorators';
import { CLOCK, type Clock } from '../../commands/request-context';
import { Answers, day, instant, int, listOf, named, nullable, object, oneOf, text, uuid } from '../../http/open-api-schemas';
import { ProjectionPositions } from '../../read-models/projection-positions';
import { LEADER_ROLES } from '../../read-models/viewer';
import { NcProposalListQuery } from './list-nc-proposals.query';

const N = PROJECTION_NAMES;
/** Open proposals are read from the dossiers and the process steps; decided ones from their own read model. */
const READS = [N.dossiers, N.processSteps, N.qualityNcProposals];

const timing = { due: day, doneOn: nullable(day), daysLate: { ...int, description: 'working days past `due` (to today while open)' } };
const SUBJECT = {
  oneOf: [
    object({ kind: oneOf('dossier'), dossierId: uuid, code: text('mã hồ sơ'), procedureCode: text(), procedureName: nullable(text()), ...timing }),
    object({ kind: oneOf('step'), documentId: uuid, step: oneOf(...NC_PROPOSAL_STEPS), excerpt: nullable(text('none for a confidential document')), ...timing }),
  ],
};
const PROPOSAL = named('NcProposal', object({
  key: text('dossier.<id> or step.<document id>.<step>'),
  status: oneOf(...NC_PROPOSAL_STATUSES),
  subject: SUBJECT,
  description: text('the NC’s description: proposed while open, as raised once accepted'),
  nonconformityId: nullable(uuid),
  severity: nullable(oneOf(...NONCONFORMITY_SEVERITIES)),
  reason: nullable(text('why it was dismissed')),
  decidedBy: nullable(uuid),
  decidedAt: nullable(instant),
}));

@ApiTags('quality')
@ApiBearerAuth()
@Roles('iso_secretary', ...LEADER_ROLES, 'auditor')
@Controller('api/quality/nc-proposals')
export class ListNcProposalsRoute {
  private readonly proposals: NcProposalQueries;

  constructor(
    dataSource: DataSource,
    private readonly positions: ProjectionPositions,
    @Inject(CLOCK) clock: Clock,
  ) {
    this.proposals = new NcProposalQueries(dataSource, clock);
  }

  @Get()
  @ApiOperation({ summary: 'Đề xuất điểm không phù hợp: dossiers finished late or overdue and document steps done late or overdue (open, latest due first, at most 200 with `total`), or those accepted or dismissed' })
  @Answers(listOf(PROPOSAL, true))
  async list(@Query() query: NcProposalListQuery) {
    const projectedPosition = await this.positions.reached(READS, query.minPosition);
    return { ...(await this.proposals.list(query.status)), projectedPosition };
  }
}
