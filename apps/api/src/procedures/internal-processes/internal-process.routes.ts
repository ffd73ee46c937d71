import { Body, Controller, Get, Inject, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InternalProcessQueries, PROJECTION_NAMES } from '@office/read-models';
import { ProjectionPositions } from '../../read-models/projection-positions';
import { ReadModelQuery } from '../../read-models/read-model-query.dto';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { CLOCK, contextOf, type Clock } from '../../commands/request-context';
import { Answers, AnswersCommand } from '../../http/open-api-schemas';
import { INTERNAL_PROCESSES, PROCEDURE_WRITTEN, VERSION_DRAFTED } from '../../http/answer-schemas';
import type { VersionDrafted } from '../draft-procedure-version/draft-procedure-version.handler';
import { ProcedureStreams } from '../procedure-streams';
import type { ProcedureWritten } from '../register-procedure/register-procedure.handler';
import { DraftInternalProcessVersionRequest, InternalProcessParams, RegisterInternalProcessRequest } from './internal-process.requests';

/**
 * The office's internal processes in the catalogue (DOMAIN.md §7): registered and drafted by the ISO
 * secretary; a version is approved by the office chief at POST /api/procedures/:code/versions/:version/approve,
 * like a procedure's. Writes go through the catalogue's streams (ProcedureStreams → CommandPipeline).
 */
@ApiTags('procedures')
@ApiBearerAuth()
@Controller('api/procedures/internal')
export class InternalProcessRoutes {
  constructor(
    private readonly procedures: ProcedureStreams,
    private readonly queries: InternalProcessQueries,
    private readonly positions: ProjectionPositions,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Quy trình nội bộ with every version, its steps and limits, approval and legal basis. */
  @Get()
  @ApiOperation({ summary: 'Quy trình nội bộ of the office with every version, its steps and limits, approval and legal basis.' })
  @Answers(INTERNAL_PROCESSES)
  async list(@Query() query: ReadModelQuery) {
    const projectedPosition = await this.positions.reached([PROJECTION_NAMES.internalProcesses], query.minPosition);
    return { items: await this.queries.processes(), projectedPosition };
  }

  /** Đưa quy trình nội bộ vào danh mục (ISO secretary): `{id: code, revision}`. */
  @Post()
  @ApiOperation({ summary: 'Đưa quy trình nội bộ vào danh mục (ISO secretary): `{id: code, revision}`.' })
  @AnswersCommand(PROCEDURE_WRITTEN)
  async register(@Body() { code, name }: RegisterInternalProcessRequest, @Req() request: AuthenticatedRequest): Promise<ProcedureWritten> {
    const context = contextOf(request, this.clock);
    const { revision } = await this.procedures.run({ type: 'register-internal', code, name, actor: context.actor, now: context.now }, context);
    return { id: code, revision: revision.toString() };
  }

  /** Soạn phiên bản quy trình nội bộ (ISO secretary): `{id: code, revision, version}`. */
  @Post(':code/versions')
  @ApiOperation({ summary: 'Soạn phiên bản quy trình nội bộ (ISO secretary): `{id: code, revision, version}`.' })
  @AnswersCommand(VERSION_DRAFTED)
  async draft(@Param() { code }: InternalProcessParams, @Body() body: DraftInternalProcessVersionRequest, @Req() request: AuthenticatedRequest): Promise<VersionDrafted> {
    const context = contextOf(request, this.clock);
    const steps = body.steps.map((step) => ({ ...step, clock: step.clock ?? null, role: step.role ?? null, workingDays: step.workingDays ?? null, urgentWorkingDays: step.urgentWorkingDays ?? null }));
    const command = { type: 'draft-internal-version' as const, code, ...body, steps, effectiveTo: body.effectiveTo ?? null, actor: context.actor, now: context.now };
    const { revision, events, state } = await this.procedures.run(command, context);
    const drafted = events.find((event) => event.type === 'InternalProcessVersionDrafted');
    // A racing retry of an applied request appends nothing: its version is the last drafted (versions are only ever added).
    const version = drafted?.type === 'InternalProcessVersionDrafted' ? drafted.data.version : state.status === 'internal_process' ? state.versions.length : 0;
    return { id: code, revision: revision.toString(), version };
  }
}
