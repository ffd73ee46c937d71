import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { NoticeQueries, PROJECTION_NAMES } from '@office/read-models';
import { CurrentUser, type AuthenticatedUser } from '../../auth/authenticated-user';
import { Answers } from '../../http/open-api-schemas';
import { ProjectionPositions } from '../../read-models/projection-positions';
import { NOTICE_LIST, NOTICE_READ, NOTICES_READ } from '../me.schemas';
import { NoticeListQuery, NoticeParams } from './notice-params';

/** The bell: the caller's notices (new work, due soon, overdue, returned) and their read marks. */
@ApiTags('me')
@ApiBearerAuth()
@Controller('api/me/notices')
export class NoticesRoute {
  constructor(
    private readonly notices: NoticeQueries,
    private readonly positions: ProjectionPositions,
  ) {}

  @Get()
  @ApiOperation({ summary: "The caller's last 50 notices shown in the app, newest first (?unread=true: only unread), with the unread count" })
  @Answers(NOTICE_LIST)
  async list(@Query() query: NoticeListQuery, @CurrentUser() user: AuthenticatedUser) {
    await this.positions.reached([PROJECTION_NAMES.notices], query.minPosition);
    return this.notices.list(user.id, query.unread === 'true');
  }

  // A read mark is the person's own view of their inbox, not office work: it is not an event of the log.
  @Post('read-all')
  @HttpCode(200)
  @ApiOperation({ summary: 'Marks every notice of the caller read' })
  @Answers(NOTICES_READ)
  async readAll(@CurrentUser() user: AuthenticatedUser) {
    return { marked: await this.notices.markAllRead(user.id), unread: 0 };
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Marks one notice of the caller read (404 if it is not theirs)' })
  @Answers(NOTICE_READ)
  async read(@Param() { id }: NoticeParams, @CurrentUser() user: AuthenticatedUser) {
    const notice = await this.notices.markRead(id, user.id);
    return { ...notice, unread: await this.notices.unread(user.id) };
  }
}
