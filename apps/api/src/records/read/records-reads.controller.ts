import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { caseFileActions } from '@office/domain';
import { CaseFileQueries, OrganisationDirectory, PROJECTION_NAMES } from '@office/read-models';
import { DataSource } from 'typeorm';
import { CurrentUser, type AuthenticatedUser } from '../../auth/authenticated-user';
import { CLOCK, type Clock } from '../../commands/request-context';
import { Answers } from '../../http/open-api-schemas';
import { ProjectionPositions } from '../../read-models/projection-positions';
import { ReadModelQuery } from '../../read-models/read-model-query.dto';
import { CASE_FILE_ONE, CASE_FILE_PAGE, DEPOSIT_BATCH } from '../records-answers';
import { CaseFileParams, PeriodParams } from '../records-params';
import { RecordsStreams } from '../records-streams';
import { CaseFileListQuery } from './records-read-query.dto';

const READS = [PROJECTION_NAMES.caseFiles];

/** The case files (`case-files.v1`) and the deposit batches, for any member of staff. */
@ApiTags('records')
@ApiBearerAuth()
@Controller('api/records')
export class RecordsReadsController {
  private readonly caseFiles: CaseFileQueries;

  constructor(
    dataSource: DataSource,
    private readonly records: RecordsStreams,
    private readonly directory: OrganisationDirectory,
    private readonly positions: ProjectionPositions,
    @Inject(CLOCK) clock: Clock,
  ) {
    this.caseFiles = new CaseFileQueries(dataSource, clock);
  }

  @Get('case-files')
  @ApiOperation({ summary: 'The case files by year, department, status, deposit standing as of today (due_soon: within 30 days; overdue) and batch' })
  @Answers(CASE_FILE_PAGE)
  async list(@Query() query: CaseFileListQuery) {
    const projectedPosition = await this.positions.reached(READS, query.minPosition);
    const { year, departmentId, status, standing, period, page, pageSize } = query;
    return { ...(await this.caseFiles.list({ year, departmentId, status, standing, depositPeriod: period, page, pageSize })), projectedPosition };
  }

  @Get('case-files/:id')
  @ApiOperation({ summary: 'One case file: its items, item index (mục lục văn bản), closing, deferral, deposit, and `actions` the caller may take' })
  @Answers(CASE_FILE_ONE)
  async one(@Param() { id }: CaseFileParams, @Query() query: ReadModelQuery, @CurrentUser() user: AuthenticatedUser) {
    const projectedPosition = await this.positions.reached(READS, query.minPosition);
    const { state, ...file } = await this.caseFiles.byId(id);
    const actions = caseFileActions(state, { userId: user.id, roles: user.roles, departmentId: user.departmentId }, await this.directory.organisation());
    return { file, items: state.items, itemIndex: state.closing?.itemIndex ?? [], closing: state.closing, deferral: state.deferral, actions, projectedPosition };
  }

  @Get('deposits/:period')
  @ApiOperation({ summary: 'A June / December batch: its status, the files deposited in it, and the hand-over record once signed' })
  @Answers(DEPOSIT_BATCH)
  async batch(@Param() { period }: PeriodParams, @Query() query: ReadModelQuery, @CurrentUser() user: AuthenticatedUser) {
    const projectedPosition = await this.positions.reached(READS, query.minPosition);
    const batch = await this.records.batch(period);
    const { items: files } = await this.caseFiles.list({ depositPeriod: period, pageSize: 10_000 });
    const handover = batch.status === 'handed_over' ? batch.handover : null;
    return { period, status: batch.status, files, handover, canHandOver: batch.status === 'open' && files.length > 0 && user.roles.includes('clerk'), projectedPosition };
  }
}
