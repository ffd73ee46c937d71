import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { proposeDelegationForAbsence } from '@office/domain';
import { AbsenceQueries, calendarInForce, OrganisationDirectory, PROJECTION_NAMES } from '@office/read-models';
import { DataSource } from 'typeorm';
import { Answers, arrayOf, day, int, object, text, uuid } from '../../http/open-api-schemas';
import { ProjectionPositions } from '../../read-models/projection-positions';
import { ProposeFromAbsenceQuery } from './propose-delegation.query';

export const PROPOSAL = object({
  kind: text('KT'),
  grantorId: uuid,
  granteeId: uuid,
  alternativeGranteeIds: arrayOf(uuid),
  validFrom: day,
  validTo: day,
  scope: object({ fieldCodes: arrayOf(text()), documentTypes: arrayOf(text()) }),
  workingDays: int,
  absence: object({ from: day, to: day }),
});

/**
 * QC Art. 16.1: a leader away more than one working day hands authority to a deputy. Answers the
 * KT. delegation to propose; nothing is written until the grantor confirms it with POST /api/delegations.
 */
@ApiTags('delegations')
@ApiBearerAuth()
@Controller('api/delegations')
export class ProposeDelegationRoute {
  private readonly absences: AbsenceQueries;

  constructor(
    private readonly directory: OrganisationDirectory,
    private readonly positions: ProjectionPositions,
    dataSource: DataSource,
  ) {
    this.absences = new AbsenceQueries(dataSource);
  }

  @Get('propose-from-absence')
  @ApiOperation({ summary: 'Đề xuất giao ký thay (KT.) khi lãnh đạo vắng quá một ngày làm việc, from an absence (`absenceId`) or a leader and dates: to the deputy in charge of most fields, over the leader’s fields, for the days away' })
  @Answers(PROPOSAL)
  async propose(@Query() query: ProposeFromAbsenceQuery) {
    // The absence just recorded (`minPosition`: read-your-writes) is in the read model before it is looked up.
    await this.positions.reached([PROJECTION_NAMES.absences], query.minPosition);
    // An absence named: its leader and days, as recorded (404 for an unknown one).
    const input = query.absenceId ? await this.absences.byId(query.absenceId).then((a) => ({ leaderId: a.requester.id, from: a.from, to: a.to })) : query;
    return proposeDelegationForAbsence(input, await this.directory.organisation(), calendarInForce());
  }
}
