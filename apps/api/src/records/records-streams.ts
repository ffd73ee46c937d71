import { Injectable } from '@nestjs/common';
import {
  archiveDepositStreamName, caseFileStreamName, decideCaseFile, decideDepositBatch, decideFilePlan, decideRetentionSchedule, evolveCaseFile, evolveDepositBatch,
  evolveFilePlan, evolveRetentionSchedule, filePlanStreamName, initialCaseFileState, initialDepositBatchState, initialFilePlanState,
  initialRetentionScheduleState, notFound, RETENTION_SCHEDULE_STREAM,
  type ApproveRetentionSchedule, type ArchiveDepositEvent, type CaseFileCommand, type CaseFileContext, type CaseFileEvent, type CaseFileState,
  type DepositBatchCommand, type DepositBatchState, type FilePlanCommand, type FilePlanEvent, type FilePlanState, type RecordsContext,
  type RetentionScheduleEvent, type RetentionScheduleState,
} from '@office/domain';
import { CaseFileQueries, OrganisationDirectory } from '@office/read-models';
import { DataSource } from 'typeorm';
import type { CommandContext } from '../commands/command-context';
import { CommandPipeline, type Fold, type HandledCommand } from '../commands/command-pipeline';
import type { OmitEach } from '../dossiers/dossier-streams';

export const SCHEDULE_FOLD: Fold<RetentionScheduleState, RetentionScheduleEvent> = { initialState: initialRetentionScheduleState, evolve: evolveRetentionSchedule };
export const PLAN_FOLD: Fold<FilePlanState, FilePlanEvent> = { initialState: initialFilePlanState, evolve: evolveFilePlan };
export const CASE_FILE_FOLD: Fold<CaseFileState, CaseFileEvent> = { initialState: initialCaseFileState, evolve: evolveCaseFile };
export const BATCH_FOLD: Fold<DepositBatchState, ArchiveDepositEvent> = { initialState: initialDepositBatchState, evolve: evolveDepositBatch };

type Input<C> = OmitEach<C, 'actor' | 'now'>;
export type CaseFileCommandInput = Input<CaseFileCommand>;
export type FilePlanCommandInput = Input<FilePlanCommand>;
export type DepositBatchCommandInput = Input<DepositBatchCommand>;

const withContext = <C>(input: Input<C>, context: CommandContext) => ({ ...input, actor: context.actor, now: context.now }) as C;

/**
 * The records' streams (DOMAIN.md §9): the retention table, the yearly file plans, the case files
 * and the deposit batches. Every write goes through the pipeline; what a decision needs from
 * another stream (the plan when opening, the batch when depositing, the files of a batch when
 * handing it over) is read exactly from that stream, never from a read model.
 */
@Injectable()
export class RecordsStreams {
  private readonly caseFiles: CaseFileQueries;

  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly directory: OrganisationDirectory,
    dataSource: DataSource,
  ) {
    this.caseFiles = new CaseFileQueries(dataSource);
  }

  async schedule(): Promise<RetentionScheduleState> {
    return (await this.pipeline.read(RETENTION_SCHEDULE_STREAM, SCHEDULE_FOLD)).state;
  }

  async plan(year: number): Promise<FilePlanState> {
    return (await this.pipeline.read(filePlanStreamName(year), PLAN_FOLD)).state;
  }

  async batch(period: string): Promise<DepositBatchState> {
    return (await this.pipeline.read(archiveDepositStreamName(period), BATCH_FOLD)).state;
  }

  async caseFile(caseFileId: string): Promise<{ state: CaseFileState; revision: bigint | null }> {
    return this.pipeline.read(caseFileStreamName(caseFileId), CASE_FILE_FOLD);
  }

  async context(): Promise<RecordsContext> {
    return { organisation: await this.directory.organisation(), schedule: await this.schedule() };
  }

  runSchedule(input: Input<ApproveRetentionSchedule>, context: CommandContext): Promise<HandledCommand<RetentionScheduleState, RetentionScheduleEvent>> {
    const command = withContext<ApproveRetentionSchedule>(input, context);
    return this.pipeline.handle(RETENTION_SCHEDULE_STREAM, SCHEDULE_FOLD, context, (state) => decideRetentionSchedule(command, state), { command: command.type });
  }

  async runPlan(input: FilePlanCommandInput, context: CommandContext): Promise<HandledCommand<FilePlanState, FilePlanEvent>> {
    const command = withContext<FilePlanCommand>(input, context);
    const decisionContext = await this.context();
    return this.pipeline.handle(filePlanStreamName(input.year), PLAN_FOLD, context, (state) => decideFilePlan(command, state, decisionContext), {
      command: input.type,
      visible: input.type === 'draft' ? undefined : (state) => {
        if (state.status === 'none') throw notFound(`Chưa có Danh mục hồ sơ năm ${input.year}`, 'year');
      },
    });
  }

  /**
   * `precondition`: another stream's refusals to weigh first, inside the decision (so a replay of
   * the same Idempotency-Key, which decides nothing, skips them too): filing a document checks that
   * the document may be archived before the file takes it.
   */
  async runCaseFile(input: CaseFileCommandInput, context: CommandContext, precondition?: () => void): Promise<HandledCommand<CaseFileState, CaseFileEvent>> {
    const command = withContext<CaseFileCommand>(input, context);
    const decisionContext: CaseFileContext = {
      ...(await this.context()),
      plan: input.type === 'open' && typeof input.year === 'number' ? await this.plan(input.year) : undefined,
      batch: input.type === 'deposit' ? await this.batch(input.period) : undefined,
    };
    const decide = (state: CaseFileState) => {
      precondition?.();
      return decideCaseFile(command, state, decisionContext);
    };
    return this.pipeline.handle(caseFileStreamName(input.caseFileId), CASE_FILE_FOLD, context, decide, {
      command: input.type,
      visible: input.type === 'open' ? undefined : (state) => {
        if (state.status === 'none') throw notFound(`Không tìm thấy hồ sơ ${input.caseFileId}`, 'id');
      },
    });
  }

  /**
   * A batch's hand-over weighs the files the clerk checked (else those the read model says were
   * deposited in it), each read again from its own stream: only those deposited in this batch count.
   */
  async runBatch(input: DepositBatchCommandInput, context: CommandContext, caseFileIds?: string[] | null): Promise<HandledCommand<DepositBatchState, ArchiveDepositEvent>> {
    const command = withContext<DepositBatchCommand>(input, context);
    const ids = input.type !== 'hand-over' ? [] : (caseFileIds ?? (await this.caseFiles.depositedIn(input.period)));
    const depositedFiles = await Promise.all(ids.map(async (id) => (await this.caseFile(id)).state));
    return this.pipeline.handle(archiveDepositStreamName(input.period), BATCH_FOLD, context, (state) => decideDepositBatch(command, state, { depositedFiles }), {
      command: input.type,
      visible: input.type === 'open' ? undefined : (state) => {
        if (state.status === 'none') throw notFound(`Chưa mở đợt nộp lưu ${input.period}`, 'period');
      },
    });
  }
}
