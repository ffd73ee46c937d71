import { Body, Controller, Inject, Param, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { CLOCK, contextOf, type Clock } from '../../commands/request-context';
import { AnswersCommand } from '../../http/open-api-schemas';
import { AbsenceItemParams, ReassignWaitingRequest } from '../absence-requests';
import type { AbsenceStepResult } from '../absence-streams';
import { ReassignWaitingCommand } from './reassign-waiting.handler';

@ApiTags('absences')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry with the same key replays the item’s own step once' })
@Controller('api/absences')
export class ReassignWaitingRoute {
  constructor(
    private readonly commands: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post(':id/waiting/:key/reassign')
  @ApiOperation({
    summary:
      'Giao lại một việc đang chờ người vắng (absence in force today): a document through its reassignment (assign, by its head), a dossier through its transfer; answers that step’s id and revision, and its refusals as they are. 422 NOT_AWAY_NOW, NOT_WAITING, NOT_REASSIGNABLE',
  })
  @AnswersCommand()
  reassign(@Param() { id, key }: AbsenceItemParams, @Body() body: ReassignWaitingRequest, @Req() request: AuthenticatedRequest): Promise<AbsenceStepResult> {
    return this.commands.execute(new ReassignWaitingCommand(id, key, body, contextOf(request, this.clock)));
  }
}
