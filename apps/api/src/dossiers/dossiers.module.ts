import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CommandPipeline } from '../commands/command-pipeline';
import { DocumentsModule } from '../documents/documents.module';
import { ApologiseForDelayRoute } from './apologise-for-delay/apologise-for-delay.route';
import { AppraiseDossierRoute } from './appraise-dossier/appraise-dossier.route';
import { AssessFeeRoute } from './assess-fee/assess-fee.route';
import { DeskNumbering } from './desk-numbering';
import { DigitiseItemsRoute } from './digitise-items/digitise-items.route';
import { DossierFormsRoute } from './dossier-forms/dossier-forms.route';
import { DossierHistoryRoute } from './dossier-history/dossier-history.route';
import { RunDossierStepHandler } from './dossier-step/dossier-step.handler';
import { DossierSteps } from './dossier-step/dossier-steps';
import { DossierStreams } from './dossier-streams';
import { InitialDossierResultRoute } from './initial-dossier-result/initial-dossier-result.route';
import { IssueDossierResultHandler } from './issue-dossier-result/issue-dossier-result.handler';
import { IssueDossierResultRoute } from './issue-dossier-result/issue-dossier-result.route';
import { PayFeeRoute } from './pay-fee/pay-fee.route';
import { PublicLookupRoute } from './public-lookup/public-lookup.route';
import { OnestopReadsModule } from './read/onestop-reads.module';
import { ReceiveDossierHandler } from './receive-dossier/receive-dossier.handler';
import { ReceiveDossierRoute } from './receive-dossier/receive-dossier.route';
import { ReceiveDossierSupplementRoute } from './receive-dossier-supplement/receive-dossier-supplement.route';
import { ReceivePartnerOpinionRoute } from './receive-partner-opinion/receive-partner-opinion.route';
import { ReceiveResultAtDeskRoute } from './receive-result-at-desk/receive-result-at-desk.route';
import { GiveReceptionSlipHandler } from './reception-slip/reception-slip.handler';
import { RecordSatisfactionRoute } from './record-satisfaction/record-satisfaction.route';
import { RefuseReceptionRoute } from './refuse-reception/refuse-reception.route';
import { RequestDossierSupplementRoute } from './request-dossier-supplement/request-dossier-supplement.route';
import { RequestPartnerOpinionRoute } from './request-partner-opinion/request-partner-opinion.route';
import { RequestSupplementAtReceptionRoute } from './request-supplement-at-reception/request-supplement-at-reception.route';
import { ReturnResultRoute } from './return-result/return-result.route';
import { SignDossierResultRoute } from './sign-dossier-result/sign-dossier-result.route';
import { StopProcessingRoute } from './stop-processing/stop-processing.route';
import { SubmitDossierResultRoute } from './submit-dossier-result/submit-dossier-result.route';
import { TransferDossierRoute } from './transfer-dossier/transfer-dossier.route';
import { WithdrawDossierRoute } from './withdraw-dossier/withdraw-dossier.route';

/**
 * The one-stop desk's writes (API.md "One-stop desk" POST routes), the dossier's exact reads
 * (history, state, printed forms) and the public lookup; lists, queues and registers live in ./read.
 * Numbers come from the documents' allocator: dossier codes and slips in the desk's daily series,
 * results in the year's outgoing register shared with documents.
 */
@Module({
  imports: [CqrsModule, DocumentsModule, OnestopReadsModule],
  controllers: [
    ReceiveDossierRoute, RequestSupplementAtReceptionRoute, RefuseReceptionRoute, TransferDossierRoute, AppraiseDossierRoute,
    RequestDossierSupplementRoute, ReceiveDossierSupplementRoute, RequestPartnerOpinionRoute, ReceivePartnerOpinionRoute,
    SubmitDossierResultRoute, InitialDossierResultRoute, SignDossierResultRoute, IssueDossierResultRoute, ApologiseForDelayRoute,
    StopProcessingRoute, WithdrawDossierRoute, ReceiveResultAtDeskRoute, ReturnResultRoute, AssessFeeRoute, PayFeeRoute,
    RecordSatisfactionRoute, DigitiseItemsRoute, DossierHistoryRoute, DossierFormsRoute, PublicLookupRoute,
  ],
  providers: [
    CommandPipeline, DossierStreams, DossierSteps, DeskNumbering, RunDossierStepHandler, ReceiveDossierHandler, GiveReceptionSlipHandler,
    IssueDossierResultHandler,
  ],
})
export class DossiersModule {}
