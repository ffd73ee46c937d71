import { Body, Controller, Inject, Param, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { CLOCK, contextOf, type Clock } from '../../commands/request-context';
import { AnswersCommand } from '../../http/open-api-schemas';
import type { HandoverStepResult } from '../handover-step/handover-step.handler';
import { HandoverItemParams, HandoverItemRequest } from '../handover-requests';
import { ReassignItemCommand } from './reassign-item.handler';

@ApiTags('handovers')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry with the same key replays the item’s own step and records the outcome once' })
@Controller('api/handovers')
export class ReassignItemRoute {
  constructor(
    private readonly commands: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post(':id/items/:key/reassign')
  @ApiOperation({
    summary: 'Giao lại một mục through its own step: a document is reassigned by its head (assign), a dossier transferred by its holder; that step’s refusals answer as they are',
  })
  @AnswersCommand()
  reassign(@Param() { id, key }: HandoverItemParams, @Body() body: HandoverItemRequest, @Req() request: AuthenticatedRequest): Promise<HandoverStepResult> {
    return this.commands.execute(new ReassignItemCommand(id, key, body, contextOf(request, this.clock)));
  }
}
