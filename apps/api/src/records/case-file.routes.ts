import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../auth/authenticated-user';
import { AnswersCommand } from '../http/open-api-schemas';
import { CaseFileParams } from './records-params';
import { CloseCaseFileRequest, DeferDepositRequest, DepositCaseFileRequest, FileItemRequest, OpenCaseFileRequest } from './records-requests';
import { RecordsSteps } from './records-step';

/** Case files (hồ sơ công việc, ND30 Art. 29): open, file items, close with the sheet count, defer or deposit. */
@ApiTags('records')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry with the same key and body answers the first response and appends nothing' })
@Controller('api/records/case-files')
export class CaseFileRoutes {
  constructor(private readonly steps: RecordsSteps) {}

  @Post()
  @ApiOperation({ summary: 'Mở hồ sơ (clerk, specialist or department head): from an entry of the approved plan, or ad hoc with a reason' })
  @AnswersCommand()
  open(@Body() body: OpenCaseFileRequest, @Req() request: AuthenticatedRequest) {
    return this.steps.run({ on: 'open-case-file', input: { type: 'open', ...body } }, request);
  }

  @Post(':id/items')
  @ApiOperation({ summary: 'Đưa vào hồ sơ: a document, dossier or directive by id; twice in one file is ITEM_ALREADY_FILED; a closed file is CASE_FILE_CLOSED' })
  @AnswersCommand()
  file(@Param() { id }: CaseFileParams, @Body() body: FileItemRequest, @Req() request: AuthenticatedRequest) {
    return this.steps.run({ on: 'case-file', input: { type: 'file', caseFileId: id, ...body } }, request);
  }

  @Post(':id/close')
  @ApiOperation({ summary: 'Kết thúc hồ sơ: end date and sheet count (số tờ, paper files); the item index is computed; starts the deposit clock' })
  @AnswersCommand()
  close(@Param() { id }: CaseFileParams, @Body() body: CloseCaseFileRequest, @Req() request: AuthenticatedRequest) {
    return this.steps.run({ on: 'case-file', input: { type: 'close', caseFileId: id, ...body } }, request);
  }

  @Post(':id/defer')
  @ApiOperation({ summary: 'Giữ lại hồ sơ (office chief): past the deposit date, with a reason, at most 2 years (DEFERRAL_TOO_LONG)' })
  @AnswersCommand()
  defer(@Param() { id }: CaseFileParams, @Body() body: DeferDepositRequest, @Req() request: AuthenticatedRequest) {
    return this.steps.run({ on: 'case-file', input: { type: 'defer', caseFileId: id, ...body } }, request);
  }

  @Post(':id/deposit')
  @ApiOperation({ summary: 'Nộp lưu (clerk): a closed file into the open June or December batch' })
  @AnswersCommand()
  deposit(@Param() { id }: CaseFileParams, @Body() body: DepositCaseFileRequest, @Req() request: AuthenticatedRequest) {
    return this.steps.run({ on: 'case-file', input: { type: 'deposit', caseFileId: id, ...body } }, request);
  }
}
