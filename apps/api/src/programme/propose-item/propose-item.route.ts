import { Body, Controller, Inject, Param, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { CLOCK, contextOf, type Clock } from '../../commands/request-context';
import type { ProgrammeStepResult } from '../programme-step/programme-step.handler';
import { AnswersProgrammeCommand, PeriodParams } from '../programme-http';
import { ProposeItemCommand } from './propose-item.handler';
import { ProposeItemRequest } from './propose-item.request';

@ApiTags('programme')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry with the same key and body answers the first response and proposes no second item' })
@Controller('api/programme')
export class ProposeItemRoute {
  constructor(
    private readonly commands: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post(':period/items')
  @ApiOperation({ summary: 'Phiếu đề xuất (specialist, head or clerk): an item for the programme of the period, to Phòng Tổng hợp; the first opens the programme' })
  @AnswersProgrammeCommand()
  propose(@Param() { period }: PeriodParams, @Body() body: ProposeItemRequest, @Req() request: AuthenticatedRequest): Promise<ProgrammeStepResult> {
    return this.commands.execute(new ProposeItemCommand(period, body, contextOf(request, this.clock)));
  }
}
