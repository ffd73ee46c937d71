import { Body, Controller, Get, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { filePlanActions } from '@office/domain';
import { OrganisationDirectory } from '@office/read-models';
import { CurrentUser, type AuthenticatedRequest, type AuthenticatedUser } from '../auth/authenticated-user';
import { Answers, AnswersCreated } from '../http/open-api-schemas';
import { FILE_PLAN, RECORDS_COMMAND } from './records-answers';
import { PlanParams } from './records-params';
import { AddPlanEntryRequest, ApprovePlanRequest, DraftFilePlanRequest } from './records-requests';
import { RecordsSteps } from './records-step';
import { RecordsStreams } from './records-streams';

const WRITTEN = 'written; a retry with the same Idempotency-Key answers the same';

/** The yearly file plan (Danh mục hồ sơ, ND30 Art. 28): drafted by the clerk or the HCTC head, approved by the office chief, then only added to. */
@ApiTags('records')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false })
@Controller('api/records/plans')
export class FilePlanRoutes {
  constructor(
    private readonly steps: RecordsSteps,
    private readonly records: RecordsStreams,
    private readonly directory: OrganisationDirectory,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Lập Danh mục hồ sơ of a year (clerk or head of Phòng Hành chính – Tổ chức): one plan per year' })
  @AnswersCreated(RECORDS_COMMAND, WRITTEN)
  draft(@Body() { year, entries }: DraftFilePlanRequest, @Req() request: AuthenticatedRequest) {
    return this.steps.run({ on: 'plan', input: { type: 'draft', year, entries } }, request);
  }

  @Post(':year/entries')
  @ApiOperation({ summary: 'Bổ sung hồ sơ vào Danh mục: after approval with a reason (AMENDMENT_REASON_REQUIRED); never below the retention table' })
  @AnswersCreated(RECORDS_COMMAND, WRITTEN)
  addEntry(@Param() { year }: PlanParams, @Body() body: AddPlanEntryRequest, @Req() request: AuthenticatedRequest) {
    return this.steps.run({ on: 'plan', input: { type: 'add-entry', year, ...body } }, request);
  }

  @Post(':year/approve')
  @ApiOperation({ summary: 'Phê duyệt Danh mục hồ sơ (office chief), with the decision that issues it' })
  @AnswersCreated(RECORDS_COMMAND, WRITTEN)
  approve(@Param() { year }: PlanParams, @Body() body: ApprovePlanRequest, @Req() request: AuthenticatedRequest) {
    return this.steps.run({ on: 'plan', input: { type: 'approve', year, ...body } }, request);
  }

  @Get(':year')
  @ApiOperation({ summary: 'The plan of a year (read from its stream) with the steps the caller may take' })
  @Answers(FILE_PLAN)
  async one(@Param() { year }: PlanParams, @CurrentUser() user: AuthenticatedUser) {
    const plan = await this.records.plan(year);
    const actions = filePlanActions(plan, { userId: user.id, roles: user.roles, departmentId: user.departmentId }, await this.directory.organisation());
    if (plan.status === 'none') return { year, status: 'none', decisionRef: null, entries: [], additions: [], actions };
    return { year, status: plan.status, decisionRef: plan.status === 'approved' ? plan.decisionRef : null, entries: plan.entries, additions: plan.additions, actions };
  }
}
