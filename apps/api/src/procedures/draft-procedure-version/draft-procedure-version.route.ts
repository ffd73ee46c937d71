import { Body, Controller, Inject, Param, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { CLOCK, contextOf, type Clock } from '../../commands/request-context';
import { ProcedureParams } from '../procedure-params';
import { DraftProcedureVersionCommand, type VersionDrafted } from './draft-procedure-version.handler';
import { DraftProcedureVersionRequest } from './draft-procedure-version.request';
import { AnswersCommand } from '../../http/open-api-schemas';
import { VERSION_DRAFTED } from '../../http/answer-schemas';

@ApiTags('procedures')
@ApiBearerAuth()
@Controller('api/procedures')
export class DraftProcedureVersionRoute {
  constructor(
    private readonly commands: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Soạn phiên bản thủ tục và quy trình nội bộ (ISO secretary): `{id: code, revision, version}`. */
  @Post(':code/versions')
  @ApiOperation({ summary: 'Soạn phiên bản thủ tục và quy trình nội bộ (ISO secretary): `{id: code, revision, version}`.' })
  @AnswersCommand(VERSION_DRAFTED)
  draft(@Param() { code }: ProcedureParams, @Body() body: DraftProcedureVersionRequest, @Req() request: AuthenticatedRequest): Promise<VersionDrafted> {
    return this.commands.execute(new DraftProcedureVersionCommand(code, body, contextOf(request, this.clock)));
  }
}
