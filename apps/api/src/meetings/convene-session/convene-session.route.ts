import { Body, Controller, Inject, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { CLOCK, contextOf, type Clock } from '../../commands/request-context';
import { AnswersCommand } from '../../http/open-api-schemas';
import type { MeetingStepResult } from '../meeting-step/meeting-step.handler';
import { ConveneSessionCommand } from './convene-session.handler';
import { ConveneSessionRequest } from './convene-session.request';

@ApiTags('meetings')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry with the same key and body answers the first response and convenes no second session' })
@Controller('api/meetings')
export class ConveneSessionRoute {
  constructor(
    private readonly commands: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post('convene')
  @ApiOperation({ summary: 'Triệu tập phiên họp (office chief or deputy chief): kind, start, place, presiding leader, specialist, members, agenda; its papers are due 3 calendar days before (QC Art. 9.1)' })
  @AnswersCommand()
  convene(@Body() body: ConveneSessionRequest, @Req() request: AuthenticatedRequest): Promise<MeetingStepResult> {
    return this.commands.execute(new ConveneSessionCommand(body, contextOf(request, this.clock)));
  }
}
