import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { ReasonRequest } from '../../dossiers/dossier-requests';
import { AnswersCommand } from '../../http/open-api-schemas';
import { AbsenceParams, ApproveAbsenceRequest, CutShortRequest } from '../absence-requests';
import type { AbsenceStepResult } from '../absence-streams';
import { AbsenceSteps } from './absence-step.handler';

@ApiTags('absences')
@ApiBearerAuth()
@Controller('api/absences')
export class AbsenceStepRoutes {
  constructor(private readonly steps: AbsenceSteps) {}

  @Post(':id/approve')
  @ApiOperation({ summary: 'Duyệt: the head of the requester’s department (up to 1 working day) or the office chief. 403 ABSENCE_BEYOND_HEAD_LIMIT, NOT_APPROVER_OF_REQUESTER' })
  @AnswersCommand()
  approve(@Param() { id }: AbsenceParams, @Body() body: ApproveAbsenceRequest, @Req() request: AuthenticatedRequest): Promise<AbsenceStepResult> {
    return this.steps.run({ type: 'approve', absenceId: id, ...body }, request);
  }

  @Post(':id/refuse')
  @ApiOperation({ summary: 'Không duyệt, with the reason: the same approver as for approve' })
  @AnswersCommand()
  refuse(@Param() { id }: AbsenceParams, @Body() body: ReasonRequest, @Req() request: AuthenticatedRequest): Promise<AbsenceStepResult> {
    return this.steps.run({ type: 'refuse', absenceId: id, ...body }, request);
  }

  @Post(':id/cancel')
  @ApiOperation({ summary: 'Hủy, with the reason: the requester (the Office for a leader’s) before it starts (422 ABSENCE_ALREADY_STARTED)' })
  @AnswersCommand()
  cancel(@Param() { id }: AbsenceParams, @Body() body: ReasonRequest, @Req() request: AuthenticatedRequest): Promise<AbsenceStepResult> {
    return this.steps.run({ type: 'cancel', absenceId: id, ...body }, request);
  }

  @Post(':id/cut-short')
  @ApiOperation({ summary: 'Trở lại làm việc sớm: the new last day (and half) away, before the one asked for (422 NOT_SHORTER, ABSENCE_NOT_STARTED)' })
  @AnswersCommand()
  cutShort(@Param() { id }: AbsenceParams, @Body() body: CutShortRequest, @Req() request: AuthenticatedRequest): Promise<AbsenceStepResult> {
    return this.steps.run({ type: 'cut-short', absenceId: id, ...body }, request);
  }
}
