import { Body, Controller, Inject, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { CLOCK, contextOf, type Clock } from '../../commands/request-context';
import { ReasonRequest } from '../../dossiers/dossier-requests';
import { AnswersCommand } from '../../http/open-api-schemas';
import { DelegationParams } from '../delegation-params';
import { DelegationStreams, type DelegationStepResult } from '../delegation-streams';

@ApiTags('delegations')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry with the same key and body answers the first response and appends nothing' })
@Controller('api/delegations')
export class RevokeDelegationRoute {
  constructor(
    private readonly delegations: DelegationStreams,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post(':id/revoke')
  @ApiOperation({ summary: 'Thu hồi ủy quyền ký (the grantor, the office chief or admin), with the reason: not in force from now on' })
  @AnswersCommand()
  async revoke(@Param() { id }: DelegationParams, @Body() body: ReasonRequest, @Req() request: AuthenticatedRequest): Promise<DelegationStepResult> {
    const { revision } = await this.delegations.run({ type: 'revoke', delegationId: id, ...body }, contextOf(request, this.clock));
    return { id, revision: revision.toString() };
  }
}
