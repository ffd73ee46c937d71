import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../auth/authenticated-user';
import { AnswersCreated } from '../http/open-api-schemas';
import { RECORDS_COMMAND } from './records-answers';
import { PeriodParams } from './records-params';
import { HandOverBatchRequest, OpenBatchRequest } from './records-requests';
import { RecordsSteps } from './records-step';

const WRITTEN = 'written; a retry with the same Idempotency-Key answers the same';

/** The June / December deposit batch (nộp lưu định kỳ, QC Art. 15.2): opened, then handed over with the Biên bản giao nhận. */
@ApiTags('records')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false })
@Controller('api/records/deposits')
export class DepositBatchRoutes {
  constructor(private readonly steps: RecordsSteps) {}

  @Post()
  @ApiOperation({ summary: 'Mở đợt nộp lưu (clerk): the June or December batch of a year' })
  @AnswersCreated(RECORDS_COMMAND, WRITTEN)
  open(@Body() { period }: OpenBatchRequest, @Req() request: AuthenticatedRequest) {
    return this.steps.run({ on: 'batch', input: { type: 'open', period } }, request);
  }

  @Post(':period/hand-over')
  @ApiOperation({ summary: 'Giao nhận (clerk): the files deposited in the batch go to the office archive; the inventory and the hand-over record can then be printed' })
  @AnswersCreated(RECORDS_COMMAND, WRITTEN)
  handOver(@Param() { period }: PeriodParams, @Body() { caseFileIds, ...body }: HandOverBatchRequest, @Req() request: AuthenticatedRequest) {
    return this.steps.run({ on: 'batch', input: { type: 'hand-over', period, ...body }, caseFileIds }, request);
  }
}
