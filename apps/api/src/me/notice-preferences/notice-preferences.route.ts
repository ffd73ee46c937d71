import { Body, Controller, Get, Inject, Put, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DEFAULT_NOTICE_PREFERENCES, noticePreferencesStreamName } from '@office/domain';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { CLOCK, contextOf, type Clock } from '../../commands/request-context';
import { CommandPipeline } from '../../commands/command-pipeline';
import { ChangeNoticePreferences, NOTICE_PREFERENCES_FOLD } from './change-notice-preferences.handler';
import { Answers } from '../../http/open-api-schemas';
import { PREFERENCES, PREFERENCES_CHANGED } from '../me.schemas';
import { NoticePreferencesRequest } from './notice-preferences.request';

@ApiTags('me')
@ApiBearerAuth()
@Controller('api/me/notice-preferences')
export class NoticePreferencesRoute {
  constructor(
    private readonly commands: CommandBus,
    private readonly pipeline: CommandPipeline,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Which notices reach the caller in the app and by e-mail ({inApp, email} by kind; `chosen` false: the defaults)' })
  @Answers(PREFERENCES)
  async preferences(@Req() request: AuthenticatedRequest) {
    // The person's own stream, folded: exact at once after a change (the read model may lag a little).
    const { state } = await this.pipeline.read(noticePreferencesStreamName(request.user!.id), NOTICE_PREFERENCES_FOLD);
    return state.status === 'chosen' ? { ...state.preferences, chosen: true } : { ...DEFAULT_NOTICE_PREFERENCES, chosen: false };
  }

  @Put()
  @ApiOperation({ summary: 'Chooses, for each kind (new_work, due_soon, overdue, returned), the app and e-mail: recorded as NoticePreferencesChanged on preferences-<userId>' })
  @Answers(PREFERENCES_CHANGED)
  change(@Body() body: NoticePreferencesRequest, @Req() request: AuthenticatedRequest): Promise<{ revision: string; changed: boolean }> {
    return this.commands.execute(new ChangeNoticePreferences({ inApp: { ...body.inApp }, email: { ...body.email } }, contextOf(request, this.clock)));
  }
}
