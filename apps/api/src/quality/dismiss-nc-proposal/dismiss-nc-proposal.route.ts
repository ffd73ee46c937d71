import { Body, Controller, Inject, Param, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { CLOCK, contextOf, type Clock } from '../../commands/request-context';
import { object, position, text } from '../../http/open-api-schemas';
import { DecideNcProposal, type NcProposalDecided } from '../decide-nc-proposal/decide-nc-proposal.handler';
import { NcProposalParams } from '../decide-nc-proposal/nc-proposal-params';
import { DismissNcProposalRequest } from './dismiss-nc-proposal.request';

@ApiTags('quality')
@ApiBearerAuth()
@Controller('api/quality/nc-proposals')
export class DismissNcProposalRoute {
  constructor(
    private readonly commands: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post(':key/dismiss')
  @ApiOperation({ summary: 'Bỏ qua đề xuất (ISO secretary), with a reason (400 naming `reason` without one): the late dossier or step is not proposed again' })
  @ApiCreatedResponse({ description: 'dismissed', schema: object({ id: text('the proposal’s key'), key: text(), revision: position }) })
  dismiss(@Param() { key }: NcProposalParams, @Body() body: DismissNcProposalRequest, @Req() request: AuthenticatedRequest): Promise<NcProposalDecided> {
    return this.commands.execute(new DecideNcProposal(key, { type: 'dismiss', ...body }, contextOf(request, this.clock)));
  }
}
