import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  decideSavedFilters, evolveSavedFilters, initialSavedFiltersState, savedFiltersStreamName, type SavedFilterCommand, type SavedFilterEvent, type SavedFiltersState,
} from '@office/domain';
import type { CommandContext } from '../../commands/command-context';
import { CommandPipeline, type Fold } from '../../commands/command-pipeline';

export const SAVED_FILTERS_FOLD: Fold<SavedFiltersState, SavedFilterEvent> = { initialState: initialSavedFiltersState, evolve: evolveSavedFilters };

/** Lưu or xóa one of the caller's named filters: `query` is absent for a removal. */
export class ChangeSavedFilter {
  constructor(
    readonly list: string,
    readonly name: string,
    readonly query: string | null,
    readonly context: CommandContext,
  ) {}
}

@CommandHandler(ChangeSavedFilter)
export class ChangeSavedFilterHandler implements ICommandHandler<ChangeSavedFilter, { revision: string; changed: boolean }> {
  constructor(private readonly pipeline: CommandPipeline) {}

  async execute({ list, name, query, context }: ChangeSavedFilter): Promise<{ revision: string; changed: boolean }> {
    const userId = context.actor.userId;
    const base = { userId, list, name, actor: context.actor, now: context.now };
    const command: SavedFilterCommand = query === null ? { type: 'remove', ...base } : { type: 'save', ...base, query };
    const { revision, events } = await this.pipeline.handle(savedFiltersStreamName(userId), SAVED_FILTERS_FOLD, context, (state) => decideSavedFilters(command, state), { command: command.type });
    return { revision: revision.toString(), changed: events.length > 0 };
  }
}
