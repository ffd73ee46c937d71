import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { planCatalogueImport, ruleViolation, type CatalogueRow, type CatalogueRowRefusal } from '@office/domain';
import { OrganisationDirectory } from '@office/read-models';
import type { CommandContext } from '../../commands/command-context';
import { ProcedureStreams } from '../procedure-streams';

export class ImportCatalogueCommand {
  constructor(
    readonly rows: ReadonlyArray<Record<string, unknown>>,
    readonly dryRun: boolean,
    readonly context: CommandContext,
  ) {}
}

export interface CatalogueImported {
  dryRun: boolean;
  rows: number;
  /** Procedures new to the catalogue, and versions drafted (each waits for the office chief's approval). */
  registered: number;
  drafted: number;
  refused: CatalogueRowRefusal[];
}

/**
 * Nhập danh mục: the domain plans the whole file against the catalogue as it stands. A dry run
 * answers the plan; a real run writes it through the pipeline only when no row is refused, so the
 * catalogue never holds half a spreadsheet.
 */
@CommandHandler(ImportCatalogueCommand)
export class ImportCatalogueHandler implements ICommandHandler<ImportCatalogueCommand, CatalogueImported> {
  constructor(
    private readonly procedures: ProcedureStreams,
    private readonly directory: OrganisationDirectory,
  ) {}

  async execute({ rows: given, dryRun, context }: ImportCatalogueCommand): Promise<CatalogueImported> {
    // The export's version number and approval are shown only: a version is numbered when drafted, and approved by the chief.
    const rows = given.map(({ version: _version, approval: _approval, ...row }) => row as CatalogueRow);
    const states = await this.procedures.states(rows.map((row) => row.code));
    const plan = planCatalogueImport(rows, states, { organisation: await this.directory.organisation(), actor: context.actor, now: context.now });
    const answer: CatalogueImported = {
      dryRun,
      rows: rows.length,
      registered: plan.commands.filter((c) => c.type === 'register').length,
      drafted: plan.commands.filter((c) => c.type === 'draft-version').length,
      refused: plan.refused,
    };
    if (dryRun) return answer;
    if (plan.refused.length > 0) {
      throw ruleViolation('CATALOGUE_ROWS_REFUSED', `${plan.refused.length} dòng không nhập được; không dòng nào được ghi`, 'rows', { refused: plan.refused });
    }
    // One idempotency key per command: a retried import re-appends none of what it wrote (the key alone would give a stream's commands one event id).
    for (const [index, command] of plan.commands.entries()) {
      await this.procedures.run(command, { ...context, idempotencyKey: context.idempotencyKey && `${context.idempotencyKey}#${index}` });
    }
    return answer;
  }
}
