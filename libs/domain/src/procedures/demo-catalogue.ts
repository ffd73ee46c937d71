import catalogue from './demo-catalogue.json';
import type { ProcedureVersionSpec } from './procedure.types';

/**
 * One procedure of the demo catalogue with its first version, as the ISO secretary would key it in.
 * `source` says where the entry comes from; `completed` lists the version's parts that the source
 * does not give and the demo filled in with plausible values.
 */
export type DemoProcedure = {
  code: string;
  name: string;
  fieldCode: string;
  version: ProcedureVersionSpec;
  source: string;
  completed: ReadonlyArray<keyof ProcedureVersionSpec>;
};

/*
 * The demo catalogue of DOMAIN.md §6: 134 procedures in the 25 fields of the demo organisation.
 * demo-catalogue.json was built once from /work/shared/data/procedures-sample.json (see its
 * README) and is now kept by hand, one procedure a line:
 * - 111 published procedures keep their code, name, field (mapped onto the organisation's), items
 *   (the first case where the source lists several; form from the quantity: "bản chính" →
 *   original, "bản sao" → copy, or certified_copy when the item says "chứng thực"), statutory time
 *   and fee. A time given in bare "ngày" is taken as working days.
 * - the 18 procedures of Cao Bằng QĐ 2022/QĐ-UBND (27/11/2025) keep their published internal
 *   process (one case; times in hours or quarters rounded cumulatively to half days, so the total
 *   stays faithful). The steps done by the Office's own desk, specialists and clerks carry our roles.
 * - every other procedure gets the Office's usual process for a result the Committee signs:
 *   desk 0.5, assignment 0.5, appraisal (the rest), department 0.5, office leader 0.5, Committee
 *   leader 1, clerk 0.5, return not counted; it fills the statutory time exactly.
 * - 23 illustrative procedures (codes 9.xxxxxx, not national codes) fill the fields the sample
 *   lacks (education, health, home affairs, the Office's general affairs, culture, industry).
 * - the publishing decisions (effective 1/7/2025, or 1/3/2026 for procedures citing 2026 texts)
 *   are illustrative; supplements pause the clock in land, minerals and water, restart it elsewhere.
 */
export const DEMO_CATALOGUE: ReadonlyArray<DemoProcedure> = catalogue as DemoProcedure[];
