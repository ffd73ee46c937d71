import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags, type SchemaObject } from '@nestjs/swagger';
import { DIRECTIVE_OUTCOMES, MEETING_STATUSES, MEETING_STEP_LABELS, meetingActions, PRESENCES, SESSION_KINDS } from '@office/domain';
import { DirectiveQueries, MeetingQueries, OrganisationDirectory, PROJECTION_NAMES } from '@office/read-models';
import { DataSource } from 'typeorm';
import { CurrentUser, type AuthenticatedUser } from '../../auth/authenticated-user';
import { CLOCK, type Clock } from '../../commands/request-context';
import { checkDayRange } from '../../read-models/period';
import { ProjectionPositions } from '../../read-models/projection-positions';
import { ReadModelQuery } from '../../read-models/read-model-query.dto';
import { MeetingParams } from '../meeting-params';
import { MeetingListQuery } from './meeting-list-query.dto';

const READS = [PROJECTION_NAMES.meetings, PROJECTION_NAMES.directives];
const LIST_READS = [PROJECTION_NAMES.meetings];

const DAY: SchemaObject = { type: 'string', format: 'date' };
const INSTANT: SchemaObject = { type: 'string', format: 'date-time', nullable: true };
/** A meeting and its notice as both answers give it (MeetingSummary of @office/read-models). */
const MEETING_PROPERTIES: Record<string, SchemaObject> = {
  id: { type: 'string', format: 'uuid' },
  title: { type: 'string' },
  heldOn: DAY,
  fieldCode: { type: 'string' },
  presidingLeaderId: { type: 'string', format: 'uuid' },
  specialistId: { type: 'string', format: 'uuid', description: 'who recorded it, drafts and submits its notice' },
  attendees: { type: 'array', items: { type: 'string' } },
  status: { type: 'string', enum: [...MEETING_STATUSES] },
  session: {
    type: 'object',
    nullable: true,
    description: 'the session convened beforehand (null for a meeting recorded after the fact)',
    properties: {
      kind: { type: 'string', enum: [...SESSION_KINDS] },
      startsAt: { type: 'string', format: 'date-time' },
      place: { type: 'string' },
      papersDueAt: { type: 'string', format: 'date-time', description: 'QC Art. 9.1: 3 calendar days before the start' },
      papersTotal: { type: 'integer' },
      papersUnsent: { type: 'integer' },
      papersLate: { type: 'integer', description: 'sent after papersDueAt' },
      papersOverdue: { type: 'boolean', description: 'some papers still unsent after papersDueAt' },
    },
  },
  conclusion: {
    type: 'object',
    description: 'the conclusion notice (Thông báo kết luận)',
    properties: {
      due: { ...DAY, nullable: true, description: '3 working days after the meeting (null while a session is only convened)' },
      clock: { type: 'string', enum: ['pending', 'on_time', 'late'] },
      draftedAt: INSTANT,
      excerpt: { type: 'string', nullable: true },
      conclusions: { type: 'string', nullable: true, description: 'the full text of the notice (GET /api/meetings/:id only)' },
      directives: { type: 'array', items: { type: 'object' }, description: 'the directives of the current draft' },
      approvedAt: INSTANT,
      leaderId: { type: 'string', format: 'uuid', nullable: true, description: 'the leader the pending submission names' },
      signedAt: INSTANT,
      outgoingNumber: { type: 'integer', nullable: true },
      symbol: { type: 'string', nullable: true },
      issuedAt: INSTANT,
      directiveIds: { type: 'array', items: { type: 'string', format: 'uuid' } },
    },
  },
};
const POSITION: SchemaObject = { type: 'string', description: 'how far the projector has caught up (global position)' };
const LIST_SCHEMA: SchemaObject = {
  type: 'object',
  properties: {
    items: { type: 'array', items: { type: 'object', properties: MEETING_PROPERTIES } },
    total: { type: 'integer' },
    page: { type: 'integer' },
    pageSize: { type: 'integer' },
    projectedPosition: POSITION,
  },
};
const ONE_SCHEMA: SchemaObject = {
  type: 'object',
  properties: {
    ...MEETING_PROPERTIES,
    tasks: { type: 'array', items: { type: 'object', properties: { id: { type: 'string', format: 'uuid' }, outcome: { type: 'string', enum: [...DIRECTIVE_OUTCOMES], nullable: true } } }, description: 'the tasks the issued notice gave, with their outcome as of today' },
    sessionDetail: {
      type: 'object',
      nullable: true,
      description: 'the whole session: agenda, papers each with its clock, absences with the presiding leader’s answer, attendance, minutes',
      properties: {
        agenda: { type: 'array', items: { type: 'object', properties: { itemId: { type: 'string' }, title: { type: 'string' }, presentingAgency: { type: 'string' }, programmeItemRef: { type: 'string', nullable: true } } } },
        papers: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              paperId: { type: 'string', format: 'uuid' }, agendaItemId: { type: 'string' }, title: { type: 'string' }, distribution: { type: 'object', nullable: true },
              clock: { type: 'object', properties: { kind: { type: 'string', enum: ['on_time', 'late', 'overdue', 'pending'] }, daysLate: { type: 'integer' } } },
            },
          },
        },
        absences: { type: 'array', items: { type: 'object' } },
        attendance: { type: 'object', nullable: true, properties: { entries: { type: 'array', items: { type: 'object', properties: { member: { type: 'string' }, presence: { type: 'string', enum: [...PRESENCES] } } } } } },
        minutes: { type: 'object', nullable: true },
      },
    },
    actions: { type: 'array', items: { type: 'string', enum: Object.keys(MEETING_STEP_LABELS) }, description: 'the steps the caller may take now' },
    projectedPosition: POSITION,
  },
};

/** Meetings from `meetings.v1`, one with its notice's clock, the tasks it gave (`directives.v1`) and the caller's steps, for any member of staff. */
@ApiTags('meetings')
@ApiBearerAuth()
@Controller('api/meetings')
export class MeetingReadsController {
  private readonly meetings: MeetingQueries;
  private readonly directives: DirectiveQueries;

  constructor(
    dataSource: DataSource,
    private readonly directory: OrganisationDirectory,
    private readonly positions: ProjectionPositions,
    @Inject(CLOCK) clock: Clock,
  ) {
    this.meetings = new MeetingQueries(dataSource, clock);
    this.directives = new DirectiveQueries(dataSource, clock);
  }

  @Get()
  @ApiOperation({ summary: 'The meetings and sessions, the latest day first, filtered by status (or notice_due / notice_overdue: the clock of a notice not drafted yet; papers_overdue / papers_late: the papers of a session), presiding leader, field and day' })
  @ApiOkResponse({ schema: LIST_SCHEMA })
  async list(@Query() query: MeetingListQuery) {
    checkDayRange('from', query.from, 'to', query.to);
    const projectedPosition = await this.positions.reached(LIST_READS, query.minPosition);
    const { status, presidingLeaderId, fieldCode, from, to, page, pageSize } = query;
    return { ...(await this.meetings.list({ status, presidingLeaderId, fieldCode, from, to, page, pageSize })), projectedPosition };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One meeting: presiding leader, day, field, attendees, its conclusion notice (due day, clock, approval, signature, number), its tasks with their outcomes and `actions` the caller may take' })
  @ApiOkResponse({ schema: ONE_SCHEMA })
  async one(@Param() { id }: MeetingParams, @Query() query: ReadModelQuery, @CurrentUser() user: AuthenticatedUser) {
    const projectedPosition = await this.positions.reached(READS, query.minPosition);
    const [{ state, ...meeting }, tasks] = await Promise.all([this.meetings.byId(id), this.directives.ofSource(id)]);
    const actions = meetingActions(state, { userId: user.id, roles: user.roles, departmentId: user.departmentId }, await this.directory.organisation());
    return { ...meeting, tasks, actions, projectedPosition };
  }
}
