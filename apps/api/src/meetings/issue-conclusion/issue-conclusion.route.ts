import { Body, Controller, Inject, Param, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { CLOCK, contextOf, type Clock } from '../../commands/request-context';
import { MeetingParams } from '../meeting-params';
import { IssueConclusionCommand, type ConclusionIssuedAnswer } from './issue-conclusion.handler';
import { IssueConclusionRequest } from './issue-conclusion.request';
import { AnswersCommand } from '../../http/open-api-schemas';
import { CONCLUSION_ISSUED } from '../../http/answer-schemas';

@ApiTags('meetings')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry with the same key answers the first issue, takes no second number and registers the tasks still missing' })
@Controller('api/meetings')
export class IssueConclusionRoute {
  constructor(
    private readonly commands: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post(':id/issue')
  @ApiOperation({ summary: 'Phát hành (clerk): numbered in the outgoing register (`05/TB-UBND`); each directive becomes a task; answers `{outgoingNumber, symbol, directiveIds}`' })
  @AnswersCommand(CONCLUSION_ISSUED)
  issue(@Param() { id }: MeetingParams, @Body() body: IssueConclusionRequest, @Req() request: AuthenticatedRequest): Promise<ConclusionIssuedAnswer> {
    return this.commands.execute(new IssueConclusionCommand(id, body, contextOf(request, this.clock)));
  }
}
