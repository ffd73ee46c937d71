import { Body, Controller, Inject, Param, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { CLOCK, contextOf, type Clock } from '../../commands/request-context';
import { STEP_NUMBERED } from '../../http/answer-schemas';
import { AnswersCommand } from '../../http/open-api-schemas';
import { IssueOutgoingDocument, type IssueResult } from '../document-step.command';
import { DocumentParams } from '../http/document-params';
import { IssueRequest } from '../http/document-requests';

@ApiTags('documents')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry with the same key and body answers the first response and appends nothing' })
@Controller('api/documents')
export class IssueDocumentRoute {
  constructor(
    private readonly commands: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Phát hành (clerk): answers the outgoing number and symbol. */
  @Post(':id/issue')
  @ApiOperation({ summary: 'Phát hành (clerk): answers the outgoing number and symbol.' })
  @AnswersCommand(STEP_NUMBERED)
  issue(@Param() { id }: DocumentParams, @Body() body: IssueRequest, @Req() request: AuthenticatedRequest): Promise<IssueResult> {
    return this.commands.execute(new IssueOutgoingDocument(id, body, contextOf(request, this.clock)));
  }
}
