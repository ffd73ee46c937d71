import { Body, Controller, Inject, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { CLOCK, contextOf, type Clock } from '../../commands/request-context';
import { RegisterProcedureCommand, type ProcedureWritten } from './register-procedure.handler';
import { RegisterProcedureRequest } from './register-procedure.request';
import { AnswersCommand } from '../../http/open-api-schemas';
import { PROCEDURE_WRITTEN } from '../../http/answer-schemas';

@ApiTags('procedures')
@ApiBearerAuth()
@Controller('api/procedures')
export class RegisterProcedureRoute {
  constructor(
    private readonly commands: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Đưa thủ tục hành chính vào danh mục (ISO secretary): `{id: code, revision}`. */
  @Post()
  @ApiOperation({ summary: 'Đưa thủ tục hành chính vào danh mục (ISO secretary): `{id: code, revision}`.' })
  @AnswersCommand(PROCEDURE_WRITTEN)
  register(@Body() body: RegisterProcedureRequest, @Req() request: AuthenticatedRequest): Promise<ProcedureWritten> {
    return this.commands.execute(new RegisterProcedureCommand(body, contextOf(request, this.clock)));
  }
}
