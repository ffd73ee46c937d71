import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import type { ProgrammeStepResult } from '../programme-step/programme-step.handler';
import { ProgrammeSteps } from '../programme-step/programme-steps';
import { AnswersProgrammeCommand, ItemParams } from '../programme-http';
import { RecordPapersRequest } from './record-papers.request';

@ApiTags('programme')
@ApiBearerAuth()
@Controller('api/programme')
export class RecordPapersRoute {
  constructor(private readonly steps: ProgrammeSteps) {}

  @Post(':period/items/:itemId/papers')
  @ApiOperation({ summary: 'Hồ sơ trình received: the clerk or General Affairs; on time by the item’s due date, else late (409 PROGRAMME_NOT_APPROVED before approval)' })
  @AnswersProgrammeCommand()
  papers(@Param() { period, itemId }: ItemParams, @Body() body: RecordPapersRequest, @Req() request: AuthenticatedRequest): Promise<ProgrammeStepResult> {
    return this.steps.run({ type: 'papers', period, itemId, ...body }, request);
  }
}
