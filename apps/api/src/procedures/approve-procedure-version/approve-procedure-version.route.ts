import { Body, Controller, Inject, Param, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { CLOCK, contextOf, type Clock } from '../../commands/request-context';
import { ProcedureVersionParams } from '../procedure-params';
import type { ProcedureWritten } from '../register-procedure/register-procedure.handler';
import { ApproveProcedureVersionCommand } from './approve-procedure-version.handler';
import { ApproveProcedureVersionRequest } from './approve-procedure-version.request';
import { AnswersCommand } from '../../http/open-api-schemas';
import { PROCEDURE_WRITTEN } from '../../http/answer-schemas';

@ApiTags('procedures')
@ApiBearerAuth()
@Controller('api/procedures')
export class ApproveProcedureVersionRoute {
  constructor(
    private readonly commands: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Phê duyệt quy trình nội bộ (office chief): the version becomes usable from its effective date. */
  @Post(':code/versions/:version/approve')
  @ApiOperation({ summary: 'Phê duyệt quy trình nội bộ (office chief): the version becomes usable from its effective date.' })
  @AnswersCommand(PROCEDURE_WRITTEN)
  approve(@Param() { code, version }: ProcedureVersionParams, @Body() { decisionRef }: ApproveProcedureVersionRequest, @Req() request: AuthenticatedRequest): Promise<ProcedureWritten> {
    return this.commands.execute(new ApproveProcedureVersionCommand(code, version, decisionRef, contextOf(request, this.clock)));
  }
}
