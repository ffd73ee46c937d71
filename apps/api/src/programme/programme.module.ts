import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CommandPipeline } from '../commands/command-pipeline';
import { DecideSlipRoute } from './decide-slip/decide-slip.route';
import { DraftApprovalRoute } from './draft-approval/draft-approval.route';
import { PresentItemRoute } from './present-item/present-item.route';
import { RunProgrammeStepHandler } from './programme-step/programme-step.handler';
import { ProgrammeSteps } from './programme-step/programme-steps';
import { ProgrammeStreams } from './programme-streams';
import { ProposeItemHandler } from './propose-item/propose-item.handler';
import { ProposeItemRoute } from './propose-item/propose-item.route';
import { ProgrammeReadsModule } from './read/programme-reads.module';
import { RecordPapersRoute } from './record-papers/record-papers.route';
import { RescheduleItemRoute } from './reschedule-item/reschedule-item.route';
import { WithdrawItemRoute } from './withdraw-item/withdraw-item.route';

/**
 * The Committee's work programme (DOMAIN.md §12, QC Art. 8, 9.1): the writes under
 * `/api/programme/:period` and, in ./read, the programmes, the week and the report.
 */
@Module({
  imports: [CqrsModule, ProgrammeReadsModule],
  controllers: [ProposeItemRoute, DecideSlipRoute, DraftApprovalRoute, RecordPapersRoute, WithdrawItemRoute, RescheduleItemRoute, PresentItemRoute],
  providers: [CommandPipeline, ProgrammeStreams, ProgrammeSteps, RunProgrammeStepHandler, ProposeItemHandler],
})
export class ProgrammeModule {}
