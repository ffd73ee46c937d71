import { Body, Controller, Inject, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { CLOCK, contextOf, type Clock } from '../../commands/request-context';
import { AnswersCommand } from '../../http/open-api-schemas';
import type { HandoverStepResult } from '../handover-step/handover-step.handler';
import { RecordDepartureRequest } from '../handover-requests';
import { RecordDepartureCommand } from './record-departure.handler';

@ApiTags('handovers')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry with the same key and body answers the first response and records no second departure' })
@Controller('api/handovers')
export class RecordDepartureRoute {
  constructor(
    private readonly commands: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Ghi nhận nghỉ hưu, nghỉ việc, chuyển công tác (HCTC head or office chief): the departure and the list of what the person holds' })
  @AnswersCommand()
  record(@Body() body: RecordDepartureRequest, @Req() request: AuthenticatedRequest): Promise<HandoverStepResult> {
    return this.commands.execute(new RecordDepartureCommand(body, contextOf(request, this.clock)));
  }
}
