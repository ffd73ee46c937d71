import { DIRECTIVE_OUTCOME_LABELS, DIRECTIVE_OUTCOMES } from '@office/domain';
import type { DirectiveGrouping, OutcomeGroup } from '@office/read-models';
import { toCsv } from '../../read-models/registers/register-csv';

const GROUP_LABELS: Readonly<Record<DirectiveGrouping, string>> = { leader: 'Lãnh đạo chỉ đạo', field: 'Lĩnh vực', agency: 'Cơ quan chủ trì' };

/** The outcome report's table, one line per group and the total: the cells of both the XLSX sheet and the PDF. */
export function directiveOutcomesTable(groupBy: DirectiveGrouping, groups: readonly OutcomeGroup[], total: OutcomeGroup): { headers: string[]; rows: string[][] } {
  const headers = ['STT', GROUP_LABELS[groupBy], 'Tổng số nhiệm vụ', ...DIRECTIVE_OUTCOMES.map((o) => DIRECTIVE_OUTCOME_LABELS[o]), 'Tỷ lệ đúng hạn (%)'];
  const line = (no: string, g: OutcomeGroup) => [no, g.name, String(g.total), ...DIRECTIVE_OUTCOMES.map((o) => String(g[o])), g.onTimeRate === null ? '' : String(Math.round(g.onTimeRate * 1000) / 10)];
  return { headers, rows: [...groups.map((g, i) => line(String(i + 1), g)), line('', total)] };
}

/** The table as CSV cells, which the XLSX writer takes. */
export function directiveOutcomesSheet(table: { headers: string[]; rows: string[][] }): string {
  return toCsv(table.headers, table.rows);
}
