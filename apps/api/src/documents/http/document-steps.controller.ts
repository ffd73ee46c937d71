import { Body, Controller, Inject, Param, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { CLOCK, contextOf, type Clock } from '../../commands/request-context';
import { IssueOutgoingDocument, RegisterDocument, RunDocumentStep, type StepInput, type StepResult } from '../document-step.command';
import type { IssueResult } from '../issue-document.handler';
import type { RegistrationResult } from '../register-document.handler';
import { DocumentParams } from './document-params';
import { ArchiveIntoCaseFile } from '../../records/file-document/archive-into-case-file';
import {
  AppraiseRequest, ArchiveRequest, AssignRequest, DistributeRequest, ExtendDeadlineRequest, InitialRequest, IssueRequest, NoteRequest,
  DocumentSignRequest, ReasonRequest, ReceiveRequest, RequestSupplementRequest, SubmitRequest,
} from './document-requests';
import { AnswersCommand, int } from '../../http/open-api-schemas';
import { STEP_NUMBERED } from '../../http/answer-schemas';

/** Every step of DOMAIN.md §2 over HTTP: map the body to a domain command, nothing more. */
@ApiTags('documents')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry with the same key and body answers the first response and appends nothing' })
@Controller('api/documents')
export class DocumentStepsController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Tiếp nhận, đăng ký văn bản đến (clerk). */
  @Post()
  @ApiOperation({ summary: 'Tiếp nhận, đăng ký văn bản đến (clerk).' })
  @AnswersCommand({ incomingNumber: int })
  register(@Body() body: ReceiveRequest, @Req() request: AuthenticatedRequest): Promise<RegistrationResult> {
    return this.commands.execute(new RegisterDocument(body, contextOf(request, this.clock)));
  }

  @Post(':id/distribute')
  @ApiOperation({ summary: 'Phân phối (the office leader for the field): to a department with a direction and an optional due date' })
  @AnswersCommand()
  distribute(@Param() { id }: DocumentParams, @Body() body: DistributeRequest, @Req() request: AuthenticatedRequest) {
    return this.step({ type: 'distribute', documentId: id, ...body }, request);
  }

  @Post(':id/assign')
  @ApiOperation({ summary: 'Giao xử lý (the head of that department): to a specialist; a second assign is a reassignment and needs a reason' })
  @AnswersCommand()
  assign(@Param() { id }: DocumentParams, @Body() body: AssignRequest, @Req() request: AuthenticatedRequest) {
    return this.step({ type: 'assign', documentId: id, ...body }, request);
  }

  @Post(':id/return')
  @ApiOperation({ summary: 'Trả lại văn thư (the assigned specialist): misrouted, back to the clerk for re-routing' })
  @AnswersCommand()
  return(@Param() { id }: DocumentParams, @Body() body: ReasonRequest, @Req() request: AuthenticatedRequest) {
    return this.step({ type: 'return', documentId: id, ...body }, request);
  }

  @Post(':id/appraise')
  @ApiOperation({ summary: 'Thẩm định (the assigned specialist): findings on procedure, format, content and legality; valid or needs a supplement' })
  @AnswersCommand()
  appraise(@Param() { id }: DocumentParams, @Body() body: AppraiseRequest, @Req() request: AuthenticatedRequest) {
    return this.step({ type: 'appraise', documentId: id, ...body }, request);
  }

  @Post(':id/request-supplement')
  @ApiOperation({ summary: 'Yêu cầu bổ sung (the assigned specialist): the missing items' })
  @AnswersCommand()
  requestSupplement(@Param() { id }: DocumentParams, @Body() body: RequestSupplementRequest, @Req() request: AuthenticatedRequest) {
    return this.step({ type: 'request-supplement', documentId: id, ...body }, request);
  }

  @Post(':id/receive-supplement')
  @ApiOperation({ summary: 'Nhận bổ sung (clerk)' })
  @AnswersCommand()
  receiveSupplement(@Param() { id }: DocumentParams, @Body() body: NoteRequest, @Req() request: AuthenticatedRequest) {
    return this.step({ type: 'receive-supplement', documentId: id, ...body }, request);
  }

  @Post(':id/submit')
  @ApiOperation({ summary: 'Trình ký (the assigned specialist): exactly one leader, the proposal and the draft' })
  @AnswersCommand()
  submit(@Param() { id }: DocumentParams, @Body() { leaderId, ...body }: SubmitRequest, @Req() request: AuthenticatedRequest) {
    return this.step({ type: 'submit', documentId: id, leaderIds: Array.isArray(leaderId) ? leaderId : [leaderId], ...body }, request);
  }

  @Post(':id/initial')
  @ApiOperation({ summary: 'Ký nháy (the office leader for the field): agree or not' })
  @AnswersCommand()
  initial(@Param() { id }: DocumentParams, @Body() body: InitialRequest, @Req() request: AuthenticatedRequest) {
    return this.step({ type: 'initial', documentId: id, ...body }, request);
  }

  @Post(':id/sign')
  @ApiOperation({ summary: 'Ký duyệt (the leader named in the submission, or a holder of a live delegation from them: capacity KT/TM/Q/TUQ/TL): approved or rejected' })
  @AnswersCommand()
  sign(@Param() { id }: DocumentParams, @Body() body: DocumentSignRequest, @Req() request: AuthenticatedRequest) {
    return this.step({ type: 'sign', documentId: id, ...body }, request);
  }

  /** Phát hành (clerk): answers the outgoing number and symbol. */
  @Post(':id/issue')
  @ApiOperation({ summary: 'Phát hành (clerk): answers the outgoing number and symbol.' })
  @AnswersCommand(STEP_NUMBERED)
  issue(@Param() { id }: DocumentParams, @Body() body: IssueRequest, @Req() request: AuthenticatedRequest): Promise<IssueResult> {
    return this.commands.execute(new IssueOutgoingDocument(id, body, contextOf(request, this.clock)));
  }

  @Post(':id/archive')
  @ApiOperation({ summary: 'Lưu hồ sơ (clerk or the assigned specialist): into an open case file (caseFileId), or by file code and retention' })
  @AnswersCommand()
  archive(@Param() { id }: DocumentParams, @Body() { caseFileId, fileCode, retention }: ArchiveRequest, @Req() request: AuthenticatedRequest) {
    if (caseFileId) return this.commands.execute(new ArchiveIntoCaseFile(id, caseFileId, contextOf(request, this.clock)));
    return this.step({ type: 'archive', documentId: id, fileCode, retention }, request);
  }

  @Post(':id/extend-deadline')
  @ApiOperation({ summary: 'Gia hạn (the leader who set the due date): a new due date and the reason' })
  @AnswersCommand()
  extendDeadline(@Param() { id }: DocumentParams, @Body() body: ExtendDeadlineRequest, @Req() request: AuthenticatedRequest) {
    return this.step({ type: 'extend-deadline', documentId: id, ...body }, request);
  }

  private step(input: StepInput, request: AuthenticatedRequest): Promise<StepResult> {
    return this.commands.execute(new RunDocumentStep(input, contextOf(request, this.clock)));
  }
}
