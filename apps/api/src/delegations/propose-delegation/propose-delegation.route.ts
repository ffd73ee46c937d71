import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { proposeDelegationForAbsence } from '@office/domain';
import { calendarInForce, OrganisationDirectory } from '@office/read-models';
import { Answers, arrayOf, day, int, object, text, uuid } from '../../http/open-api-schemas';
import { ProposeFromAbsenceQuery } from './propose-delegation.query';

const PROPOSAL = object({
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
  constructor(private readonly directory: OrganisationDirectory) {}

  @Get('propose-from-absence')
  @ApiOperation({ summary: 'Đề xuất giao ký thay (KT.) khi lãnh đạo vắng quá một ngày làm việc: to the deputy in charge of most fields, over the leader’s fields, for the days away' })
  @Answers(PROPOSAL)
  async propose(@Query() query: ProposeFromAbsenceQuery) {
    return proposeDelegationForAbsence(query, await this.directory.organisation(), calendarInForce());
  }
}
