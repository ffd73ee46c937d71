import { Controller, Get, Inject, Param, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { absenceActions, addCalendarDays, forbidden, hasRole, headsDepartmentOf, localDateOf, notFound, type Actor, type Role } from '@office/domain';
import { AbsenceQueries, Holdings, HOLDINGS_PROJECTIONS, OrganisationDirectory, PROJECTION_NAMES, type AbsenceSummary } from '@office/read-models';
import { DataSource } from 'typeorm';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { CalendarInForce } from '../../calendar/calendar-in-force';
import { CLOCK, contextOf, type Clock } from '../../commands/request-context';
import { ProjectionPositions } from '../../read-models/projection-positions';
import { ReadModelQuery } from '../../read-models/read-model-query.dto';
import { delegationProposalFor } from '../absence-proposal';
import { AbsenceParams } from '../absence-requests';
import { AnswersAbsence, AnswersAbsenceCalendar, AnswersAbsenceList, AnswersAwayToday, AnswersDelegationProposals } from './absence-answers';
import { AbsenceDayQuery, AbsenceMonthQuery } from './absence-read.query';

/** Every answer carries the delegation confirmed from the absence (a join on the delegations' table): both are waited for. */
const READS = [PROJECTION_NAMES.absences, PROJECTION_NAMES.delegations];
/** Đang vắng also lists the work each holds (`Holdings`). */
const AWAY_READS = [...READS, ...HOLDINGS_PROJECTIONS];
/** Who sees every absence and everyone away: the office's leaders and the administrator; a head sees their department's. */
const OVERSEERS: Role[] = ['office_chief', 'office_deputy_chief', 'admin'];

/** Nghỉ phép, công tác (from `absences.v1`): mine, waiting for me, the month's calendar, who is away today with their waiting work. */
@ApiTags('absences')
@ApiBearerAuth()
@Controller('api/absences')
export class AbsenceReadsController {
  private readonly absences: AbsenceQueries;

  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: OrganisationDirectory,
    private readonly calendars: CalendarInForce,
    private readonly positions: ProjectionPositions,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.absences = new AbsenceQueries(dataSource);
  }

  @Get('mine')
  @ApiOperation({ summary: 'My requests (and the leaders’ absences I recorded), latest first, each with my `actions`' })
  @AnswersAbsenceList()
  async mine(@Query() query: ReadModelQuery, @Req() request: AuthenticatedRequest) {
    const { actor, now } = contextOf(request, this.clock);
    const projectedPosition = await this.positions.reached(READS, query.minPosition);
    return { items: this.withActions(await this.absences.mine(actor.userId), actor, now), projectedPosition };
  }

  @Get('awaiting')
  @ApiOperation({ summary: 'Requests waiting for my approval: a head’s own staff up to 1 working day; every one for the office chief' })
  @AnswersAbsenceList()
  async awaiting(@Query() query: ReadModelQuery, @Req() request: AuthenticatedRequest) {
    const { actor, now } = contextOf(request, this.clock);
    const projectedPosition = await this.positions.reached(READS, query.minPosition);
    const items = await this.absences.awaiting({ id: actor.userId, roles: actor.roles, departmentId: actor.departmentId });
    return { items: this.withActions(items, actor, now), projectedPosition };
  }

  @Get('calendar')
  @ApiOperation({ summary: 'Lịch vắng mặt of a month (default this month), for all staff: who is away which days, approved or recorded; no reasons' })
  @AnswersAbsenceCalendar()
  async calendar(@Query() query: AbsenceMonthQuery, @Req() request: AuthenticatedRequest) {
    const { now } = contextOf(request, this.clock);
    const projectedPosition = await this.positions.reached(READS, query.minPosition);
    const month = query.month ?? localDateOf(now).slice(0, 7);
    const from = `${month}-01`;
    const to = addCalendarDays(`${addCalendarDays(from, 31).slice(0, 7)}-01`, -1);
    const items = (await this.absences.inForceBetween(from, to)).map((a) => ({
      id: a.id, requester: a.requester, kind: a.kind, from: a.from, fromHalf: a.fromHalf, to: a.to, toHalf: a.toHalf, place: a.place, status: a.status,
    }));
    return { month, from, to, items, projectedPosition };
  }

  @Get('away')
  @ApiOperation({ summary: 'Đang vắng on a day (default today): who is away and until when, with the work each holds now (the hand-over’s holdings) and whether it can be reassigned; a head sees their department' })
  @AnswersAwayToday()
  async away(@Query() query: AbsenceDayQuery, @Req() request: AuthenticatedRequest) {
    const { actor, now } = contextOf(request, this.clock);
    if (!hasRole(actor, ...OVERSEERS, 'department_head')) throw forbidden('HEADS_AND_OFFICE_LEADERS', 'Chỉ Trưởng phòng và lãnh đạo Văn phòng xem danh sách người đang vắng');
    const projectedPosition = await this.positions.reached(AWAY_READS, query.minPosition);
    const date = query.date ?? localDateOf(now);
    const absences = await this.absences.inForceBetween(date, date, hasRole(actor, ...OVERSEERS) ? null : actor.departmentId);
    const organisation = await this.directory.organisation();
    const holdings = new Holdings(this.dataSource, () => new Date(now));
    const items = await Promise.all(
      absences.map(async (absence) => {
        const person = organisation.users.find((u) => u.id === absence.requester.id);
        const waiting = person ? await holdings.of({ id: person.id, roles: person.roles, departmentId: person.departmentId, at: now }) : [];
        return { absence: this.withActions([absence], actor, now)[0], waiting };
      }),
    );
    return { date, items, projectedPosition };
  }

  @Get('delegation-proposals')
  @ApiOperation({ summary: 'Leaders away more than one working day, not yet back and with no delegation confirmed: the KT. proposed for each (QC Art. 16.1), to confirm on /uy-quyen' })
  @AnswersDelegationProposals()
  async proposals(@Query() query: ReadModelQuery, @Req() request: AuthenticatedRequest) {
    const { actor, now } = contextOf(request, this.clock);
    const projectedPosition = await this.positions.reached(READS, query.minPosition);
    const today = localDateOf(now);
    const [organisation, upcoming] = await Promise.all([this.directory.organisation(), this.absences.inForceBetween(today, '9999-12-31')]);
    const items = upcoming
      .filter((absence) => absence.delegationId === null)
      .map((absence) => ({ absence: this.withActions([absence], actor, now)[0], proposal: delegationProposalFor(absence, organisation, this.calendars.current()) }))
      .filter((item) => item.proposal !== null);
    return { items, projectedPosition };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One absence with my `actions` and, for a leader away more than one working day, the KT. delegation proposed (null otherwise)' })
  @AnswersAbsence()
  async one(@Param() { id }: AbsenceParams, @Query() query: ReadModelQuery, @Req() request: AuthenticatedRequest) {
    const { actor, now } = contextOf(request, this.clock);
    const projectedPosition = await this.positions.reached(READS, query.minPosition);
    const absence = await this.absences.byId(id);
    if (!visibleTo(absence, actor)) throw notFound(`Không tìm thấy lịch vắng ${id}`, 'id');
    const delegationProposal = delegationProposalFor(absence, await this.directory.organisation(), this.calendars.current());
    return { absence: this.withActions([absence], actor, now)[0], delegationProposal, projectedPosition };
  }

  private withActions(items: AbsenceSummary[], actor: Actor, now: string) {
    return items.map(({ state, ...absence }) => ({ ...absence, actions: absenceActions(state, actor, now) }));
  }
}

/** The requester, who filed or decided it, the head of the department, the office's leaders; the clerks for a leader's. */
function visibleTo(absence: AbsenceSummary, actor: Actor): boolean {
  return (
    [absence.requester.id, absence.requestedBy, absence.decision?.by].includes(actor.userId) || hasRole(actor, ...OVERSEERS) || headsDepartmentOf(actor, absence.requester) ||
    (absence.route === 'recorded' && hasRole(actor, 'clerk'))
  );
}
