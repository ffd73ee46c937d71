import { ApiPropertyOptional } from '@nestjs/swagger';
import { NC_PROPOSAL_STATUSES, type NcProposalStatus } from '@office/domain';
import { IsIn, IsOptional } from 'class-validator';
import { ReadModelQuery } from '../../read-models/read-model-query.dto';

/** `GET /api/quality/nc-proposals?status=open|accepted|dismissed` (default open). */
export class NcProposalListQuery extends ReadModelQuery {
  @ApiPropertyOptional({ enum: NC_PROPOSAL_STATUSES, default: 'open' })
  @IsOptional()
  @IsIn(NC_PROPOSAL_STATUSES, { message: `status phải là một trong: ${NC_PROPOSAL_STATUSES.join(', ')}` })
  status?: NcProposalStatus;
}
