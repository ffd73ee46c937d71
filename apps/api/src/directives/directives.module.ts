import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CommandPipeline } from '../commands/command-pipeline';
import { AcceptDirectiveRoute } from './accept-directive/accept-directive.route';
import { CancelDirectiveRoute } from './cancel-directive/cancel-directive.route';
import { ChaseDirectiveRoute } from './chase-directive/chase-directive.route';
import { RunDirectiveStepHandler } from './directive-step/directive-step.handler';
import { DirectiveSteps } from './directive-step/directive-steps';
import { DirectiveStreams } from './directive-streams';
import { EscalateDirectiveRoute } from './escalate-directive/escalate-directive.route';
import { ExtendDirectiveRoute } from './extend-directive/extend-directive.route';
import { DirectiveReadsModule } from './read/directive-reads.module';
import { RegisterDirectiveHandler } from './register-directive/register-directive.handler';
import { RegisterDirectiveRoute } from './register-directive/register-directive.route';
import { RejectDirectiveRoute } from './reject-directive/reject-directive.route';
import { ReportDirectiveRoute } from './report-directive/report-directive.route';
import { SupersedeDirectiveRoute } from './supersede-directive/supersede-directive.route';

/**
 * Leaders' directives (DOMAIN.md §8): the task's writes (`POST /api/directives`, `/:id/<step>`)
 * and, in ./read, the task register, the reports and "my directives". `DirectiveStreams` is
 * exported for the meetings, whose issued notices register their tasks.
 */
@Module({
  imports: [CqrsModule, DirectiveReadsModule],
  controllers: [
    RegisterDirectiveRoute, ChaseDirectiveRoute, ReportDirectiveRoute, AcceptDirectiveRoute, RejectDirectiveRoute, ExtendDirectiveRoute, EscalateDirectiveRoute,
    CancelDirectiveRoute, SupersedeDirectiveRoute,
  ],
  providers: [CommandPipeline, DirectiveStreams, DirectiveSteps, RunDirectiveStepHandler, RegisterDirectiveHandler],
  exports: [DirectiveStreams],
})
export class DirectivesModule {}
