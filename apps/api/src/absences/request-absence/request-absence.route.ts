import { Body, Controller, Inject, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { CLOCK, contextOf, type Clock } from '../../commands/request-context';
import { AnswersCommand } from '../../http/open-api-schemas';
import { RequestAbsenceRequest } from '../absence-requests';
import type { AbsenceStepResult } from '../absence-streams';
import { RequestAbsenceCommand } from './request-absence.handler';

@ApiTags('absences')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry with the same key and body answers the first response and records no second request' })
@Controller('api/absences')
export class RequestAbsenceRoute {
  constructor(
    private readonly commands: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post()
  @ApiOperation({
    summary:
      'Đăng ký nghỉ phép, nghỉ ốm, việc riêng, đi công tác (QC Art. 16): to the head (up to 1 working day) or the office chief; a committee leader’s or the office chief’s is recorded by the Office (clerk, office chief) at once. 422 ABSENCE_OVERLAPS, PLACE_REQUIRED, INVALID_PERIOD, NO_WORKING_DAY; 403 OWN_REQUEST_ONLY',
  })
  @AnswersCommand()
  request(@Body() body: RequestAbsenceRequest, @Req() request: AuthenticatedRequest): Promise<AbsenceStepResult> {
    return this.commands.execute(new RequestAbsenceCommand(body, contextOf(request, this.clock)));
  }
}
