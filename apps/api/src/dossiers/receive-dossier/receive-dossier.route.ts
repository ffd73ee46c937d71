import { Body, Controller, Inject, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { CLOCK, contextOf, type Clock } from '../../commands/request-context';
import { ReceiveDossierCommand, type DossierReceivedResult } from './receive-dossier.handler';
import { ReceiveDossierRequest } from './receive-dossier.request';
import { AnswersCommand } from '../../http/open-api-schemas';
import { DOSSIER_RECEIVED } from '../../http/answer-schemas';

@ApiTags('dossiers')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry with the same key and body answers the first response and takes no second code' })
@Controller('api/dossiers')
export class ReceiveDossierRoute {
  constructor(
    private readonly commands: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Tiếp nhận hồ sơ (one-stop officer): `{id, revision, code, dueDate, pin}` for the appointment slip. */
  @Post()
  @ApiOperation({ summary: 'Tiếp nhận hồ sơ (one-stop officer): `{id, revision, code, dueDate, pin}` for the appointment slip.' })
  @AnswersCommand(DOSSIER_RECEIVED)
  receive(@Body() body: ReceiveDossierRequest, @Req() request: AuthenticatedRequest): Promise<DossierReceivedResult> {
    return this.commands.execute(new ReceiveDossierCommand(body, contextOf(request, this.clock)));
  }
}
