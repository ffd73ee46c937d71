import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandContext } from '../../commands/command-context';
import { ProcedureStreams } from '../procedure-streams';
import type { DraftProcedureVersionRequest } from './draft-procedure-version.request';

export class DraftProcedureVersionCommand {
  constructor(
    readonly code: string,
    readonly input: DraftProcedureVersionRequest,
    readonly context: CommandContext,
  ) {}
}

export interface VersionDrafted {
  id: string;
  revision: string;
  version: number;
}

@CommandHandler(DraftProcedureVersionCommand)
export class DraftProcedureVersionHandler implements ICommandHandler<DraftProcedureVersionCommand, VersionDrafted> {
  constructor(private readonly procedures: ProcedureStreams) {}

  async execute({ code, input, context }: DraftProcedureVersionCommand): Promise<VersionDrafted> {
    const steps = input.steps.map((step) => ({ ...step, role: step.role ?? null }));
    const { revision, events, state } = await this.procedures.run({ type: 'draft-version', code, ...input, steps, effectiveTo: input.effectiveTo ?? null, actor: context.actor, now: context.now }, context);
    const drafted = events.find((event) => event.type === 'ProcedureVersionDrafted');
    // A racing retry of an applied request appends nothing: its version is the last drafted (versions are only ever added).
    const version = drafted?.type === 'ProcedureVersionDrafted' ? drafted.data.version : state.status === 'registered' ? state.versions.length : 0;
    return { id: code, revision: revision.toString(), version };
  }
}
