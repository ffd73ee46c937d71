import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { AnswersCommand } from '../../http/open-api-schemas';
import { HandoverItemParams, HandoverItemRequest, HandoverParams, ReleaseRequest } from '../handover-requests';
import type { HandoverStepResult } from './handover-step.handler';
import { HandoverSteps } from './handover-steps';

@ApiTags('handovers')
@ApiBearerAuth()
@Controller('api/handovers')
export class HandoverStepRoutes {
  constructor(private readonly steps: HandoverSteps) {}

  @Post(':id/list')
  @ApiOperation({ summary: 'Lập lại danh sách: what the leaver holds now, from the queues; items already handed over stay (422 HANDOVER_ALREADY_SIGNED after a signature)' })
  @AnswersCommand()
  list(@Param() { id }: HandoverParams, @Req() request: AuthenticatedRequest): Promise<HandoverStepResult> {
    return this.steps.run({ type: 'list', handoverId: id }, request);
  }

  @Post(':id/items/:key/hand-over-on-paper')
  @ApiOperation({ summary: 'Bàn giao trên giấy: an item whose context has no reassignment step (a directive followed up, a signature awaited), with the receiver and the reason' })
  @AnswersCommand()
  onPaper(@Param() { id, key }: HandoverItemParams, @Body() body: HandoverItemRequest, @Req() request: AuthenticatedRequest): Promise<HandoverStepResult> {
    return this.steps.run({ type: 'hand-over-on-paper', handoverId: id, key, ...body }, request);
  }

  @Post(':id/sign')
  @ApiOperation({ summary: 'Ký biên bản bàn giao, as the leaver or the receiving head (422 HANDOVER_INCOMPLETE with details.count while anything is still held)' })
  @AnswersCommand()
  sign(@Param() { id }: HandoverParams, @Req() request: AuthenticatedRequest): Promise<HandoverStepResult> {
    return this.steps.run({ type: 'sign', handoverId: id }, request);
  }

  @Post(':id/release')
  @ApiOperation({ summary: 'Cho nghỉ, chuyển công tác (HCTC head or office chief): both signatures and nothing held (HANDOVER_INCOMPLETE, HANDOVER_NOT_SIGNED)' })
  @AnswersCommand()
  release(@Param() { id }: HandoverParams, @Body() body: ReleaseRequest, @Req() request: AuthenticatedRequest): Promise<HandoverStepResult> {
    return this.steps.run({ type: 'release', handoverId: id, ...body }, request);
  }
}
