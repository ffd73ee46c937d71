import { Injectable } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ApproveRetentionSchedule } from '@office/domain';
import { type CommandContext, newAggregateId } from '../commands/command-context';
import { stepRunnerFor } from '../commands/step-runner';
import type { OmitEach } from '../dossiers/dossier-streams';
import { RecordsStreams, type CaseFileCommandInput, type DepositBatchCommandInput, type FilePlanCommandInput } from './records-streams';

/** One records command as a route maps it, tagged with the stream family it goes to. */
export type RecordsStepInput =
  | { on: 'schedule'; input: OmitEach<ApproveRetentionSchedule, 'actor' | 'now'> }
  | { on: 'plan'; input: FilePlanCommandInput }
  | { on: 'case-file'; input: CaseFileCommandInput }
  | { on: 'open-case-file'; input: Omit<Extract<CaseFileCommandInput, { type: 'open' }>, 'caseFileId'> }
  | { on: 'batch'; input: DepositBatchCommandInput; caseFileIds?: string[] | null };

/** `{id, revision}`: the id is the case file's, the plan's year or the batch's period. */
export interface RecordsStepResult {
  id: string;
  revision: string;
}

export class RunRecordsStep {
  constructor(
    readonly step: RecordsStepInput,
    readonly context: CommandContext,
  ) {}
}

@CommandHandler(RunRecordsStep)
export class RunRecordsStepHandler implements ICommandHandler<RunRecordsStep, RecordsStepResult> {
  constructor(private readonly records: RecordsStreams) {}

  async execute({ step, context }: RunRecordsStep): Promise<RecordsStepResult> {
    const answer = (id: string | number) => ({ revision }: { revision: bigint }) => ({ id: String(id), revision: revision.toString() });
    switch (step.on) {
      case 'schedule':
        return this.records.runSchedule(step.input, context).then(answer('retention-schedule'));
      case 'plan':
        return this.records.runPlan(step.input, context).then(answer(step.input.year));
      case 'case-file':
        return this.records.runCaseFile(step.input, context).then(answer(step.input.caseFileId));
      case 'open-case-file': {
        // With an Idempotency-Key the id derives from it, so a retry answers the same file.
        const caseFileId = newAggregateId(context, 'case-file');
        return this.records.runCaseFile({ ...step.input, caseFileId }, context).then(answer(caseFileId));
      }
      case 'batch':
        return this.records.runBatch(step.input, context, step.caseFileIds).then(answer(step.input.period));
    }
  }
}

/** The records routes' way to the bus: the mapped command with the request's context. */
@Injectable()
export class RecordsSteps extends stepRunnerFor<RecordsStepInput, RecordsStepResult>(RunRecordsStep) {}
