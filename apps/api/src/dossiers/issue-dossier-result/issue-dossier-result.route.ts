import { Body, Controller, Inject, Param, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { CLOCK, contextOf, type Clock } from '../../commands/request-context';
import { IssueRequest } from '../../documents/http/document-requests';
import { DossierParams } from '../dossier-params';
import { IssueDossierResultCommand, type DossierResultIssuedAnswer } from './issue-dossier-result.handler';
import { AnswersCommand } from '../../http/open-api-schemas';
import { STEP_NUMBERED } from '../../http/answer-schemas';

@ApiTags('dossiers')
@ApiBearerAuth()
@Controller('api/dossiers')
export class IssueDossierResultRoute {
  constructor(
    private readonly commands: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Phát hành kết quả (clerk): the body of a document's issue; answers `{outgoingNumber, symbol}`. */
  @Post(':id/issue')
  @ApiOperation({ summary: 'Phát hành kết quả (clerk): the body of a document\'s issue; answers `{outgoingNumber, symbol}`.' })
  @AnswersCommand(STEP_NUMBERED)
  issue(@Param() { id }: DossierParams, @Body() body: IssueRequest, @Req() request: AuthenticatedRequest): Promise<DossierResultIssuedAnswer> {
    return this.commands.execute(new IssueDossierResultCommand(id, body, contextOf(request, this.clock)));
  }
}
