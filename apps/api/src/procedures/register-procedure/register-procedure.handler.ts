import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandContext } from '../../commands/command-context';
import { ProcedureStreams } from '../procedure-streams';
import type { RegisterProcedureRequest } from './register-procedure.request';

export class RegisterProcedureCommand {
  constructor(
    readonly input: RegisterProcedureRequest,
    readonly context: CommandContext,
  ) {}
}

export interface ProcedureWritten {
  id: string;
  revision: string;
}

@CommandHandler(RegisterProcedureCommand)
export class RegisterProcedureHandler implements ICommandHandler<RegisterProcedureCommand, ProcedureWritten> {
  constructor(private readonly procedures: ProcedureStreams) {}

  async execute({ input, context }: RegisterProcedureCommand): Promise<ProcedureWritten> {
    const { revision } = await this.procedures.run({ type: 'register', ...input, actor: context.actor, now: context.now }, context);
    return { id: input.code, revision: revision.toString() };
  }
}
