import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandContext } from '../../commands/command-context';
import type { ProcedureWritten } from '../register-procedure/register-procedure.handler';
import { ProcedureStreams } from '../procedure-streams';

export class ApproveProcedureVersionCommand {
  constructor(
    readonly code: string,
    readonly version: number,
    readonly decisionRef: string,
    readonly context: CommandContext,
  ) {}
}

@CommandHandler(ApproveProcedureVersionCommand)
export class ApproveProcedureVersionHandler implements ICommandHandler<ApproveProcedureVersionCommand, ProcedureWritten> {
  constructor(private readonly procedures: ProcedureStreams) {}

  async execute({ code, version, decisionRef, context }: ApproveProcedureVersionCommand): Promise<ProcedureWritten> {
    const { revision } = await this.procedures.run({ type: 'approve-version', code, version, decisionRef, actor: context.actor, now: context.now }, context);
    return { id: code, revision: revision.toString() };
  }
}
