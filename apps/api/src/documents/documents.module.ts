import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore } from '@office/event-store';
import { CommandPipeline } from '../commands/command-pipeline';
import { AccessRecorder } from './access-recorder';
import { AppraiseDocumentRoute } from './appraise-document/appraise-document.route';
import { ArchiveDocumentRoute } from './archive-document/archive-document.route';
import { AssignDocumentRoute } from './assign-document/assign-document.route';
import { DistributeDocumentRoute } from './distribute-document/distribute-document.route';
import { DocumentFormsRoute } from './document-forms/document-forms.route';
import { DocumentRepository } from './document-repository';
import { RunDocumentStepHandler } from './document-step/document-step.handler';
import { DocumentSteps } from './document-step/document-steps';
import { DocumentStreams } from './document-streams';
import { INTERNAL_PROCESS_IN_FORCE } from '../procedures/internal-processes/internal-process-in-force';
import { ExtendDeadlineRoute } from './extend-deadline/extend-deadline.route';
import { DocumentHistoryController } from './http/document-history.controller';
import { InitialSubmissionRoute } from './initial-submission/initial-submission.route';
import { IssueDocumentHandler } from './issue-document/issue-document.handler';
import { IssueDocumentRoute } from './issue-document/issue-document.route';
import { NumberAllocator } from './numbering/number-allocator';
import { NumberReconciler } from './numbering/number-reconciler';
import { ReceiveSupplementRoute } from './receive-supplement/receive-supplement.route';
import { RecordedReads } from './recorded-reads';
import { VerifiedDocuments } from './http/verified-documents';
import { RegisterDocumentHandler } from './register-document/register-document.handler';
import { RegisterDocumentRoute } from './register-document/register-document.route';
import { RequestSupplementRoute } from './request-supplement/request-supplement.route';
import { ReturnDocumentRoute } from './return-document/return-document.route';
import { SignDocumentRoute } from './sign-document/sign-document.route';
import { SubmitDocumentRoute } from './submit-document/submit-document.route';

/**
 * Incoming documents (DOMAIN.md §2): one folder per use case (`POST /api/documents`,
 * `/:id/<step>`), every write through `DocumentStreams` → `CommandPipeline`; registration and
 * issue take their numbers from ./numbering. The repository and recorded reads serve the
 * contexts beside (attachments, records, signatures, exchange).
 */
@Module({
  imports: [CqrsModule],
  controllers: [
    RegisterDocumentRoute, DistributeDocumentRoute, AssignDocumentRoute, ReturnDocumentRoute, AppraiseDocumentRoute, RequestSupplementRoute, ReceiveSupplementRoute,
    SubmitDocumentRoute, InitialSubmissionRoute, SignDocumentRoute, IssueDocumentRoute, ArchiveDocumentRoute, ExtendDeadlineRoute, DocumentHistoryController, DocumentFormsRoute,
  ],
  providers: [
    CommandPipeline,
    DocumentStreams,
    INTERNAL_PROCESS_IN_FORCE,
    DocumentSteps,
    DocumentRepository,
    AccessRecorder,
    RecordedReads,
    VerifiedDocuments,
    { provide: NumberAllocator, useFactory: (store: EventStore) => new NumberAllocator(store), inject: [EVENT_STORE] },
    NumberReconciler,
    RunDocumentStepHandler,
    RegisterDocumentHandler,
    IssueDocumentHandler,
  ],
  exports: [NumberAllocator, NumberReconciler, DocumentRepository, DocumentStreams, RecordedReads],
})
export class DocumentsModule {}
