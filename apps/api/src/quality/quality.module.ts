import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CommandPipeline } from '../commands/command-pipeline';
import { ProceduresModule } from '../procedures/procedures.module';
import { ReadModelsModule } from '../read-models/read-models.module';
import { AcceptNcProposalRoute } from './accept-nc-proposal/accept-nc-proposal.route';
import { AnnualReportRoute } from './annual-report/annual-report.route';
import { AnalyseRootCauseRoute } from './analyse-root-cause/analyse-root-cause.route';
import { ApproveAuditPlanRoute } from './approve-audit-plan/approve-audit-plan.route';
import { AssessLegalChangeRoute } from './assess-legal-change/assess-legal-change.route';
import { CloseInternalAuditRoute } from './close-internal-audit/close-internal-audit.route';
import { CloseNonconformityRoute } from './close-nonconformity/close-nonconformity.route';
import { ConductInternalAuditRoute } from './conduct-internal-audit/conduct-internal-audit.route';
import { ConfirmEffectivenessRoute } from './confirm-effectiveness/confirm-effectiveness.route';
import { CorrectNonconformityRoute } from './correct-nonconformity/correct-nonconformity.route';
import { DecideNcProposalHandler } from './decide-nc-proposal/decide-nc-proposal.handler';
import { DeclareConformityRoute } from './declare-conformity/declare-conformity.route';
import { DismissNcProposalRoute } from './dismiss-nc-proposal/dismiss-nc-proposal.route';
import { ImplementCorrectiveActionRoute } from './implement-corrective-action/implement-corrective-action.route';
import { IncorporateLegalChangeRoute } from './incorporate-legal-change/incorporate-legal-change.route';
import { ListNcProposalsRoute } from './list-nc-proposals/list-nc-proposals.route';
import { NotifyDeclarationRoute } from './notify-declaration/notify-declaration.route';
import { PlanCorrectiveActionRoute } from './plan-corrective-action/plan-corrective-action.route';
import { PlanInternalAuditRoute } from './plan-internal-audit/plan-internal-audit.route';
import { PostDeclarationRoute } from './post-declaration/post-declaration.route';
import { RaiseNonconformityRoute } from './raise-nonconformity/raise-nonconformity.route';
import { RecordManagementReviewRoute } from './record-management-review/record-management-review.route';
import { RegisterLegalChangeRoute } from './register-legal-change/register-legal-change.route';
import { ReportInternalAuditRoute } from './report-internal-audit/report-internal-audit.route';
import { VerifyCorrectiveActionRoute } from './verify-corrective-action/verify-corrective-action.route';
import { RunQualityStepHandler } from './quality-step/quality-step.handler';
import { QualitySteps } from './quality-step/quality-steps';
import { QualityStreams } from './quality-streams';
import { QualityReadsModule } from './read/quality-reads.module';
import { QualityObjectivesRoute } from './quality-objectives/quality-objectives.route';
import { ReviewInputsRoute } from './review-inputs/review-inputs.route';
import { SelfCheckRoute } from './self-check/self-check.route';
import { SetQualityObjectivesHandler } from './set-quality-objectives/set-quality-objectives.handler';
import { SetQualityObjectivesRoute } from './set-quality-objectives/set-quality-objectives.route';

/**
 * The ISO quality management system (DOMAIN.md §7): legal changes with their 3-month clock,
 * nonconformities and corrective actions, internal audits, management reviews and conformity
 * declarations (`POST /api/quality/…`), nonconformities proposed from late dossiers and steps
 * (`/api/quality/nc-proposals`), and in ./read the registers and the ISO secretary's queue.
 * Procedures come from the catalogue (ProceduresModule), which is the process register.
 */
@Module({
  imports: [CqrsModule, ProceduresModule, ReadModelsModule, QualityReadsModule],
  controllers: [
    RegisterLegalChangeRoute, AssessLegalChangeRoute, IncorporateLegalChangeRoute, RaiseNonconformityRoute, CorrectNonconformityRoute, AnalyseRootCauseRoute, PlanCorrectiveActionRoute, ImplementCorrectiveActionRoute, VerifyCorrectiveActionRoute, CloseNonconformityRoute, PlanInternalAuditRoute, ApproveAuditPlanRoute, ConductInternalAuditRoute, ReportInternalAuditRoute, CloseInternalAuditRoute, RecordManagementReviewRoute, ConfirmEffectivenessRoute, DeclareConformityRoute, NotifyDeclarationRoute, PostDeclarationRoute,
    ListNcProposalsRoute, AcceptNcProposalRoute, DismissNcProposalRoute, AnnualReportRoute,
    SetQualityObjectivesRoute, QualityObjectivesRoute, ReviewInputsRoute, SelfCheckRoute,
  ],
  providers: [CommandPipeline, QualityStreams, QualitySteps, RunQualityStepHandler, DecideNcProposalHandler, SetQualityObjectivesHandler],
})
export class QualityModule {}
