import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  decideNoticePreferences, evolveNoticePreferences, initialNoticePreferencesState, noticePreferencesStreamName, type NoticePreferences, type NoticePreferencesEvent,
  type NoticePreferencesState,
} from '@office/domain';
import type { CommandContext } from '../../commands/command-context';
import { CommandPipeline, type Fold } from '../../commands/command-pipeline';

export const NOTICE_PREFERENCES_FOLD: Fold<NoticePreferencesState, NoticePreferencesEvent> = { initialState: initialNoticePreferencesState, evolve: evolveNoticePreferences };

export class ChangeNoticePreferences {
  constructor(
    readonly preferences: NoticePreferences,
    readonly context: CommandContext,
  ) {}
}

@CommandHandler(ChangeNoticePreferences)
export class ChangeNoticePreferencesHandler implements ICommandHandler<ChangeNoticePreferences, { revision: string; changed: boolean }> {
  constructor(private readonly pipeline: CommandPipeline) {}

  async execute({ preferences, context }: ChangeNoticePreferences): Promise<{ revision: string; changed: boolean }> {
    const userId = context.actor.userId;
    const command = { type: 'change' as const, userId, preferences, actor: context.actor, now: context.now };
    const { revision, events } = await this.pipeline.handle(noticePreferencesStreamName(userId), NOTICE_PREFERENCES_FOLD, context, (state) => decideNoticePreferences(command, state), { command: command.type });
    return { revision: revision.toString(), changed: events.length > 0 };
  }
}
