import { Injectable } from '@nestjs/common';
import {
  decideProcedure, evolveProcedure, initialProcedureState, procedureStreamName,
  type ProcedureCommand, type ProcedureEvent, type ProcedureState,
} from '@office/domain';
import { OrganisationDirectory } from '@office/read-models';
import type { CommandContext } from '../commands/command-context';
import { CommandPipeline, type Fold, type HandledCommand } from '../commands/command-pipeline';

export const PROCEDURE_FOLD: Fold<ProcedureState, ProcedureEvent> = { initialState: initialProcedureState, evolve: evolveProcedure };

/** The catalogue's streams (`procedure-<code>`): every write goes through the pipeline with the procedures' decider. */
@Injectable()
export class ProcedureStreams {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly directory: OrganisationDirectory,
  ) {}

  async run(command: ProcedureCommand, context: CommandContext): Promise<HandledCommand<ProcedureState, ProcedureEvent>> {
    const organisation = await this.directory.organisation();
    return this.pipeline.handle(procedureStreamName(command.code), PROCEDURE_FOLD, context, (state) => decideProcedure(command, state, { organisation }), { command: command.type });
  }

  /** The procedures named, folded from the store (exact: imports decide on them). */
  async states(codes: Iterable<string>): Promise<Map<string, ProcedureState>> {
    const unique = [...new Set(codes)].filter((code) => typeof code === 'string');
    const states = await Promise.all(unique.map(async (code) => [code, (await this.pipeline.read(procedureStreamName(code), PROCEDURE_FOLD)).state] as const));
    return new Map(states);
  }
}
