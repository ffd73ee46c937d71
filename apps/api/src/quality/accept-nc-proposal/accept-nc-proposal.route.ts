import { Body, Controller, Inject, Param, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { CLOCK, contextOf, type Clock } from '../../commands/request-context';
import { AnswersCommand, text } from '../../http/open-api-schemas';
import { DecideNcProposal, type NcProposalDecided } from '../decide-nc-proposal/decide-nc-proposal.handler';
import { NcProposalParams } from '../decide-nc-proposal/nc-proposal-params';
import { AcceptNcProposalRequest } from './accept-nc-proposal.request';

@ApiTags('quality')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry with the same key answers the same nonconformity, raised once' })
@Controller('api/quality/nc-proposals')
export class AcceptNcProposalRoute {
  constructor(
    private readonly commands: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post(':key/accept')
  @ApiOperation({ summary: 'Chấp nhận đề xuất (ISO secretary): raises the nonconformity (source `kpi`, `sourceRef` the key) of a late dossier or step; answers its id' })
  @AnswersCommand({ key: text('the proposal accepted') }, 'the nonconformity raised: `id` is its id, `revision` its stream’s')
  accept(@Param() { key }: NcProposalParams, @Body() body: AcceptNcProposalRequest, @Req() request: AuthenticatedRequest): Promise<NcProposalDecided> {
    return this.commands.execute(new DecideNcProposal(key, { type: 'accept', ...body }, contextOf(request, this.clock)));
  }
}
