import { Body, Controller, Inject, Param, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { CLOCK, contextOf, type Clock } from '../../commands/request-context';
import { AnswersCommand } from '../../http/open-api-schemas';
import { ArchiveIntoCaseFile } from '../../records/file-document/archive-into-case-file';
import type { StepResult } from '../document-step.command';
import { DocumentSteps } from '../document-step/document-steps';
import { DocumentParams } from '../http/document-params';
import { ArchiveRequest } from './archive-document.request';

@ApiTags('documents')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry with the same key and body answers the first response and appends nothing' })
@Controller('api/documents')
export class ArchiveDocumentRoute {
  constructor(
    private readonly steps: DocumentSteps,
    private readonly commands: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Into an open case file, the records' command (it writes the case file and the document); by file code, a document step. */
  @Post(':id/archive')
  @ApiOperation({ summary: 'Lưu hồ sơ (clerk or the assigned specialist): into an open case file (caseFileId), or by file code and retention' })
  @AnswersCommand()
  archive(@Param() { id }: DocumentParams, @Body() { caseFileId, fileCode, retention }: ArchiveRequest, @Req() request: AuthenticatedRequest): Promise<StepResult> {
    if (caseFileId) return this.commands.execute(new ArchiveIntoCaseFile(id, caseFileId, contextOf(request, this.clock)));
    return this.steps.run({ type: 'archive', documentId: id, fileCode, retention }, request);
  }
}
