import { Body, Controller, Inject, Param, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { CLOCK, contextOf, type Clock } from '../../commands/request-context';
import { IssueOutgoingDocument, RegisterDocument, RunDocumentStep, type StepInput, type StepResult } from '../document-step.command';
import type { IssueResult } from '../issue-document.handler';
import type { RegistrationResult } from '../register-document.handler';
import { DocumentParams } from './document-params';
import {
  AppraiseRequest, ArchiveRequest, AssignRequest, DistributeRequest, ExtendDeadlineRequest, InitialRequest, IssueRequest, NoteRequest,
  ReasonRequest, ReceiveRequest, RequestSupplementRequest, SignRequest, SubmitRequest,
} from './document-requests';

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
  register(@Body() body: ReceiveRequest, @Req() request: AuthenticatedRequest): Promise<RegistrationResult> {
    return this.commands.execute(new RegisterDocument(body, contextOf(request, this.clock)));
  }

  @Post(':id/distribute')
  distribute(@Param() { id }: DocumentParams, @Body() body: DistributeRequest, @Req() request: AuthenticatedRequest) {
    return this.step({ type: 'distribute', documentId: id, ...body }, request);
  }

  @Post(':id/assign')
  assign(@Param() { id }: DocumentParams, @Body() body: AssignRequest, @Req() request: AuthenticatedRequest) {
    return this.step({ type: 'assign', documentId: id, ...body }, request);
  }

  @Post(':id/return')
  return(@Param() { id }: DocumentParams, @Body() body: ReasonRequest, @Req() request: AuthenticatedRequest) {
    return this.step({ type: 'return', documentId: id, ...body }, request);
  }

  @Post(':id/appraise')
  appraise(@Param() { id }: DocumentParams, @Body() body: AppraiseRequest, @Req() request: AuthenticatedRequest) {
    return this.step({ type: 'appraise', documentId: id, ...body }, request);
  }

  @Post(':id/request-supplement')
  requestSupplement(@Param() { id }: DocumentParams, @Body() body: RequestSupplementRequest, @Req() request: AuthenticatedRequest) {
    return this.step({ type: 'request-supplement', documentId: id, ...body }, request);
  }

  @Post(':id/receive-supplement')
  receiveSupplement(@Param() { id }: DocumentParams, @Body() body: NoteRequest, @Req() request: AuthenticatedRequest) {
    return this.step({ type: 'receive-supplement', documentId: id, ...body }, request);
  }

  @Post(':id/submit')
  submit(@Param() { id }: DocumentParams, @Body() { leaderId, ...body }: SubmitRequest, @Req() request: AuthenticatedRequest) {
    return this.step({ type: 'submit', documentId: id, leaderIds: Array.isArray(leaderId) ? leaderId : [leaderId], ...body }, request);
  }

  @Post(':id/initial')
  initial(@Param() { id }: DocumentParams, @Body() body: InitialRequest, @Req() request: AuthenticatedRequest) {
    return this.step({ type: 'initial', documentId: id, ...body }, request);
  }

  @Post(':id/sign')
  sign(@Param() { id }: DocumentParams, @Body() body: SignRequest, @Req() request: AuthenticatedRequest) {
    return this.step({ type: 'sign', documentId: id, ...body }, request);
  }

  /** Phát hành (clerk): answers the outgoing number and symbol. */
  @Post(':id/issue')
  issue(@Param() { id }: DocumentParams, @Body() body: IssueRequest, @Req() request: AuthenticatedRequest): Promise<IssueResult> {
    return this.commands.execute(new IssueOutgoingDocument(id, body, contextOf(request, this.clock)));
  }

  @Post(':id/archive')
  archive(@Param() { id }: DocumentParams, @Body() body: ArchiveRequest, @Req() request: AuthenticatedRequest) {
    return this.step({ type: 'archive', documentId: id, ...body }, request);
  }

  @Post(':id/extend-deadline')
  extendDeadline(@Param() { id }: DocumentParams, @Body() body: ExtendDeadlineRequest, @Req() request: AuthenticatedRequest) {
    return this.step({ type: 'extend-deadline', documentId: id, ...body }, request);
  }

  private step(input: StepInput, request: AuthenticatedRequest): Promise<StepResult> {
    return this.commands.execute(new RunDocumentStep(input, contextOf(request, this.clock)));
  }
}
