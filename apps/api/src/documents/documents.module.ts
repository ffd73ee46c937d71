import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore } from '@office/event-store';
import { AccessRecorder } from './access-recorder';
import { DocumentRepository } from './document-repository';
import { DocumentFormsRoute } from './document-forms/document-forms.route';
import { DocumentHistoryController } from './http/document-history.controller';
import { DocumentStepsController } from './http/document-steps.controller';
import { IssueDocumentHandler } from './issue-document.handler';
import { NumberAllocator } from './numbering/number-allocator';
import { NumberReconciler } from './numbering/number-reconciler';
import { RecordedReads } from './recorded-reads';
import { RegisterDocumentHandler } from './register-document.handler';
import { RunDocumentStepHandler } from './run-document-step.handler';

@Module({
  imports: [CqrsModule],
  controllers: [DocumentStepsController, DocumentHistoryController, DocumentFormsRoute],
  providers: [
    DocumentRepository,
    AccessRecorder,
    RecordedReads,
    { provide: NumberAllocator, useFactory: (store: EventStore) => new NumberAllocator(store), inject: [EVENT_STORE] },
    NumberReconciler,
    RunDocumentStepHandler,
    RegisterDocumentHandler,
    IssueDocumentHandler,
  ],
  // The repository and recorded reads serve the documents' attachments (apps/api/src/attachments) too.
  exports: [NumberAllocator, NumberReconciler, DocumentRepository, RecordedReads],
})
export class DocumentsModule {}
