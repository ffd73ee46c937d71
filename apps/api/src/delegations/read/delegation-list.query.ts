import { ApiPropertyOptional } from '@nestjs/swagger';
import { DELEGATION_LIST_STATUSES, type DelegationListStatus } from '@office/read-models';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { InstantField } from '../../documents/http/validators';
import { ReadModelQuery } from '../../read-models/read-model-query.dto';

/** GET /api/delegations: in force (or past, or to come) at an instant, for one person or all. */
export class DelegationListQuery extends ReadModelQuery {
  @InstantField(true) at?: string;

  @ApiPropertyOptional({ enum: DELEGATION_LIST_STATUSES, default: 'all' })
  @IsOptional()
  @IsIn(DELEGATION_LIST_STATUSES, { message: 'status phải là in_force, past, upcoming hoặc all' })
  status?: DelegationListStatus;

  @ApiPropertyOptional({ format: 'uuid', description: 'delegations this person gives or holds' })
  @IsOptional()
  @IsUUID('all', { message: 'userId phải là mã người dùng (UUID)' })
  userId?: string;
}
