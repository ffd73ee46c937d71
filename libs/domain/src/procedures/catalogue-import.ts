import { isDomainError, ruleViolation, type Actor } from '../shared';
import type { DraftProcedureVersion, ProcedureCommand } from './procedure.commands';
import { decideProcedure, type ProcedureContext } from './procedure.decide';
import { evolveProcedure, initialProcedureState, type ProcedureState, type RegisteredProcedure } from './procedure.state';
import type { VersionApproval } from './procedure.types';
import { sameVersionSpec, versionSpecOf, type VersionSpecInput } from './procedure.version-spec';

/*
 * The ISO secretary keeps the catalogue in a spreadsheet: one row per procedure version. Import
 * turns the rows into commands; export gives the rows back, so that exporting and importing again
 * changes nothing.
 */

/** One spreadsheet row: a procedure and one version. Approval is never imported: the office chief approves each version. */
export type CatalogueRow = { code: string; name: string; fieldCode: string } & VersionSpecInput & { approve?: never };

/** A row as exported: the version's number and approval are shown, and ignored on import. */
export type CatalogueExportRow = CatalogueRow & { version: number; approval: VersionApproval | null };

/** Why a row cannot be imported; `row` counts the rows given from 1. */
export type CatalogueRowRefusal = { row: number; code: string | null; field: string; rule: string; message: string };

export type CatalogueImportPlan = { commands: ProcedureCommand[]; refused: CatalogueRowRefusal[] };

export type CatalogueImportContext = ProcedureContext & { actor: Actor; now: string };

/** The commands one row needs against the procedure as it stands: nothing when the version is already there. */
function commandsForRow(row: CatalogueRow, state: ProcedureState, { actor, now }: CatalogueImportContext): ProcedureCommand[] {
  const { code, name, fieldCode, ...spec } = row;
  const draft: DraftProcedureVersion = { ...spec, type: 'draft-version', code, actor, now };
  if (state.status === 'none') return [{ type: 'register', code, name, fieldCode, actor, now }, draft];
  if (state.status === 'internal_process') throw ruleViolation('CATALOGUE_MISMATCH', `Mã ${code} là quy trình nội bộ, không phải thủ tục hành chính`, 'code');
  ensureSameProcedure(row, state);
  return state.versions.some((version) => sameVersionSpec(version, versionSpecOf(spec))) ? [] : [draft];
}

/** A row may add a version to a known procedure, never rename it or move it to another field. */
function ensureSameProcedure(row: CatalogueRow, procedure: RegisteredProcedure): void {
  if (row.name?.trim() !== procedure.name) {
    throw ruleViolation('CATALOGUE_MISMATCH', `Tên thủ tục khác với tên đã có trong danh mục ("${procedure.name}")`, 'name');
  }
  if (row.fieldCode !== procedure.fieldCode) {
    throw ruleViolation('CATALOGUE_MISMATCH', `Lĩnh vực khác với lĩnh vực đã có trong danh mục (${procedure.fieldCode})`, 'fieldCode');
  }
}

/**
 * Plans an import: for each row, in order, the commands it needs (register the procedure if it
 * is unknown, then draft the version), decided on the catalogue as the earlier rows leave it, so
 * a file may carry several versions of one procedure. A row is all or nothing (a refused draft
 * does not register its procedure), and every refused row is reported, not only the first.
 *
 * The plan is a dry run. The import is atomic: the caller writes the commands only when no row
 * is refused, so the catalogue never holds half a spreadsheet. An actor who may not keep the
 * catalogue is refused outright (the FORBIDDEN error is thrown, not listed per row).
 */
export function planCatalogueImport(
  rows: readonly CatalogueRow[],
  states: ReadonlyMap<string, ProcedureState>,
  context: CatalogueImportContext,
): CatalogueImportPlan {
  const catalogue = new Map(states);
  const plan: CatalogueImportPlan = { commands: [], refused: [] };
  rows.forEach((row, index) => {
    try {
      let state = catalogue.get(row.code) ?? initialProcedureState;
      const commands = commandsForRow(row, state, context);
      for (const command of commands) state = decideProcedure(command, state, context).reduce(evolveProcedure, state);
      catalogue.set(row.code, state);
      plan.commands.push(...commands);
    } catch (error) {
      if (!isDomainError(error) || error.code === 'FORBIDDEN') throw error;
      plan.refused.push({
        row: index + 1,
        code: typeof row.code === 'string' ? row.code : null,
        field: error.field ?? 'code',
        rule: error.rule ?? error.code,
        message: error.message,
      });
    }
  });
  return plan;
}

/** The catalogue as rows, one per version, ordered by code and version. */
export function catalogueRowsOf(states: ReadonlyMap<string, ProcedureState>): CatalogueExportRow[] {
  return [...states.values()]
    .filter((state): state is RegisteredProcedure => state.status === 'registered')
    .sort((a, b) => a.code.localeCompare(b.code))
    .flatMap(({ code, name, fieldCode, versions }) => versions.map((version) => ({ code, name, fieldCode, ...version })));
}
