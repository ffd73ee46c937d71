import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CommandPipeline } from '../commands/command-pipeline';
import { ProceduresModule } from '../procedures/procedures.module';
import { AnalyseRootCauseRoute } from './analyse-root-cause/analyse-root-cause.route';
import { ApproveAuditPlanRoute } from './approve-audit-plan/approve-audit-plan.route';
import { AssessLegalChangeRoute } from './assess-legal-change/assess-legal-change.route';
import { CloseInternalAuditRoute } from './close-internal-audit/close-internal-audit.route';
import { CloseNonconformityRoute } from './close-nonconformity/close-nonconformity.route';
import { ConductInternalAuditRoute } from './conduct-internal-audit/conduct-internal-audit.route';
import { ConfirmEffectivenessRoute } from './confirm-effectiveness/confirm-effectiveness.route';
import { CorrectNonconformityRoute } from './correct-nonconformity/correct-nonconformity.route';
import { DeclareConformityRoute } from './declare-conformity/declare-conformity.route';
import { ImplementCorrectiveActionRoute } from './implement-corrective-action/implement-corrective-action.route';
import { IncorporateLegalChangeRoute } from './incorporate-legal-change/incorporate-legal-change.route';
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

/**
 * The ISO quality management system (DOMAIN.md §7): legal changes with their 3-month clock,
 * nonconformities and corrective actions, internal audits, management reviews and conformity
 * declarations (`POST /api/quality/…`), and in ./read the registers and the ISO secretary's
 * queue. Procedures come from the catalogue (ProceduresModule), which is the process register.
 */
@Module({
  imports: [CqrsModule, ProceduresModule, QualityReadsModule],
  controllers: [
    RegisterLegalChangeRoute, AssessLegalChangeRoute, IncorporateLegalChangeRoute, RaiseNonconformityRoute, CorrectNonconformityRoute, AnalyseRootCauseRoute, PlanCorrectiveActionRoute, ImplementCorrectiveActionRoute, VerifyCorrectiveActionRoute, CloseNonconformityRoute, PlanInternalAuditRoute, ApproveAuditPlanRoute, ConductInternalAuditRoute, ReportInternalAuditRoute, CloseInternalAuditRoute, RecordManagementReviewRoute, ConfirmEffectivenessRoute, DeclareConformityRoute, NotifyDeclarationRoute, PostDeclarationRoute,
  ],
  providers: [CommandPipeline, QualityStreams, QualitySteps, RunQualityStepHandler],
})
export class QualityModule {}
