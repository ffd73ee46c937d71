import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { notFound, scheduleWeekOfInstant } from '@office/domain';
import { OrganisationDirectory, ScheduleQueries } from '@office/read-models';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { Public } from '../../auth/access.decorators';
import { CLOCK, PUBLIC_BASE_URL, type Clock } from '../../commands/request-context';
import { PUBLIC_SCHEDULE_WEEK } from '../../http/answer-schemas';
import { Answers, AnswersFile } from '../../http/open-api-schemas';
import { RateLimited } from '../../http/rate-limit';
import { LeaderFeedParams, PublicWeekQuery } from './schedule-read-query.dto';
import { leaderCalendar } from './schedule-ical';
import { leaderNames, publicWeekOf, scheduleLeaders } from './schedule-views';

/** Public reads one client address may make per minute: a page and its feeds, refreshed, never a crawl. */
export const PUBLIC_SCHEDULE_READS_PER_MINUTE = 60;
/** How far back a feed reaches: the weeks a subscriber may still look at. */
const FEED_DAYS_BACK = 56;

const LIMITED = { limit: PUBLIC_SCHEDULE_READS_PER_MINUTE, windowSeconds: 60, key: 'ip' } as const;

/**
 * Lịch công tác tuần công khai (no login): the published week's public part as JSON for the public
 * page, and each leader's iCalendar feed. Confidential entries and unpublished weeks never leave
 * here; nothing names a person but the leaders. Rate-limited per address (429).
 */
@ApiTags('public')
@Controller('api/public/schedule')
export class PublicScheduleController {
  private readonly schedule: ScheduleQueries;

  constructor(
    dataSource: DataSource,
    private readonly directory: OrganisationDirectory,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(PUBLIC_BASE_URL) private readonly publicBaseUrl: string | null,
  ) {
    this.schedule = new ScheduleQueries(dataSource);
  }

  @Public()
  @RateLimited('public-schedule', LIMITED)
  @ApiTooManyRequestsResponse({ description: `more than ${PUBLIC_SCHEDULE_READS_PER_MINUTE} reads a minute from one address` })
  @Get('week')
  @ApiOperation({ summary: 'Lịch công tác tuần (no login): the published week’s public entries, leaders by name, changes after publication with their reasons; `published: false` before publication' })
  @Answers(PUBLIC_SCHEDULE_WEEK)
  async week(@Query() { week }: PublicWeekQuery) {
    const wanted = week ?? scheduleWeekOfInstant(this.clock().toISOString());
    const [row, organisation] = await Promise.all([this.schedule.week(wanted), this.directory.organisation()]);
    return publicWeekOf(wanted, row?.state ?? null, organisation);
  }

  @Public()
  @RateLimited('public-schedule', LIMITED)
  @ApiTooManyRequestsResponse({ description: `more than ${PUBLIC_SCHEDULE_READS_PER_MINUTE} reads a minute from one address` })
  @Get(':feed')
  @ApiProduces('text/calendar')
  @ApiOperation({ summary: 'A leader’s schedule as an RFC 5545 iCalendar feed (no login): public entries chaired or attended, from 8 weeks back; stable UIDs, SEQUENCE per change, STATUS:CANCELLED' })
  @AnswersFile('the feed', 'text/calendar')
  async feed(@Param() { feed }: LeaderFeedParams, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const leaderId = feed.slice(0, -'.ics'.length).toLowerCase();
    const organisation = await this.directory.organisation();
    const leader = scheduleLeaders(organisation).find((l) => l.id === leaderId);
    if (!leader) throw notFound('Không có lịch công tác của lãnh đạo này', 'feed');
    const from = new Date(this.clock().getTime() - FEED_DAYS_BACK * 86_400_000).toISOString();
    const rows = await this.schedule.leaderFeed(leader.id, from);
    const base = this.publicBaseUrl ?? `${request.protocol}://${request.headers.host ?? 'localhost'}`;
    const calendar = leaderCalendar(leader, rows.map((row) => row.entry), leaderNames(organisation), `${base}/lich-tuan`);
    // Set only now: a refusal above is answered as JSON like any other.
    reply.header('content-type', 'text/calendar; charset=utf-8').header('cache-control', 'public, max-age=300');
    return calendar;
  }
}
