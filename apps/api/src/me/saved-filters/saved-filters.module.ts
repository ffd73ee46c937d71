import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CommandPipeline } from '../../commands/command-pipeline';
import { ChangeSavedFilterHandler } from './save-filter.handler';
import { SavedFiltersRoute } from './saved-filters.route';

/** Saved filters of the lists (GET/PUT/DELETE /api/me/saved-filters), imported by MeModule. */
@Module({
  imports: [CqrsModule],
  controllers: [SavedFiltersRoute],
  providers: [CommandPipeline, ChangeSavedFilterHandler],
})
export class SavedFiltersModule {}
