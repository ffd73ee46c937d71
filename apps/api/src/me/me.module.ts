import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CommandPipeline } from '../commands/command-pipeline';
import { ReadModelsModule } from '../read-models/read-models.module';
import { CountersRoute } from './counters/counters.route';
import { ME_READ_PROVIDERS } from './me.providers';
import { ChangeNoticePreferencesHandler } from './notice-preferences/change-notice-preferences.handler';
import { NoticePreferencesRoute } from './notice-preferences/notice-preferences.route';
import { NoticeStreamRoute } from './notices/notice-stream.route';
import { NoticeStreams } from './notices/notice-streams';
import { NoticesRoute } from './notices/notices.route';
import { SavedFiltersModule } from './saved-filters/saved-filters.module';

/**
 * "Pending work finds the person" (issue 16): the caller's counters (GET /api/me/counters), their
 * notices and read marks, the live stream of new ones, and their notice preferences (the one
 * write, through the pipeline). The notices are written by the projector (`notices.v1`).
 */
@Module({
  imports: [CqrsModule, ReadModelsModule, SavedFiltersModule],
  controllers: [CountersRoute, NoticesRoute, NoticeStreamRoute, NoticePreferencesRoute],
  providers: [...ME_READ_PROVIDERS, NoticeStreams, CommandPipeline, ChangeNoticePreferencesHandler],
})
export class MeModule {}
