import { Body, Controller, Delete, Get, Inject, Param, Put, Query, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { savedFiltersStreamName } from '@office/domain';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { CommandPipeline } from '../../commands/command-pipeline';
import { CLOCK, contextOf, type Clock } from '../../commands/request-context';
import { Answers, arrayOf, bool, instant, named, object, position, text } from '../../http/open-api-schemas';
import { ChangeSavedFilter, SAVED_FILTERS_FOLD } from './save-filter.handler';
import { SavedFilterListParams, SavedFilterNameParams, SaveFilterRequest } from './saved-filters.request';

const SAVED_FILTERS = named(
  'SavedFilters',
  object({ list: text('the list the filters belong to'), items: arrayOf(object({ name: text(), query: text('query string of the list, a=1&b=2'), savedAt: instant })) }),
);
const SAVED_FILTER_CHANGED = named('SavedFilterChanged', object({ revision: position, changed: bool }));

/** Bộ lọc đã lưu (issue 16): each person's few named filters per list, kept as events on saved-filters-<userId>. */
@ApiTags('me')
@ApiBearerAuth()
@Controller('api/me/saved-filters')
export class SavedFiltersRoute {
  constructor(
    private readonly commands: CommandBus,
    private readonly pipeline: CommandPipeline,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOperation({ summary: "The caller's saved filters of one list (?list=documents), in the order first saved" })
  @Answers(SAVED_FILTERS)
  async list(@Query() { list }: SavedFilterListParams, @Req() request: AuthenticatedRequest) {
    // The person's own stream, folded: exact at once after a save, and no read model to keep.
    const { state } = await this.pipeline.read(savedFiltersStreamName(request.user!.id), SAVED_FILTERS_FOLD);
    return { list, items: state.lists[list] ?? [] };
  }

  @Put(':list')
  @ApiOperation({ summary: 'Saves a named filter of a list (the same name again replaces it): SavedFilterSaved on saved-filters-<userId>' })
  @Answers(SAVED_FILTER_CHANGED)
  save(@Param() { list }: SavedFilterListParams, @Body() body: SaveFilterRequest, @Req() request: AuthenticatedRequest): Promise<{ revision: string; changed: boolean }> {
    return this.commands.execute(new ChangeSavedFilter(list, body.name, body.query, contextOf(request, this.clock)));
  }

  @Delete(':list/:name')
  @ApiOperation({ summary: 'Removes a named filter of a list: SavedFilterRemoved on saved-filters-<userId>' })
  @Answers(SAVED_FILTER_CHANGED)
  remove(@Param() { list, name }: SavedFilterNameParams, @Req() request: AuthenticatedRequest): Promise<{ revision: string; changed: boolean }> {
    return this.commands.execute(new ChangeSavedFilter(list, name, null, contextOf(request, this.clock)));
  }
}
