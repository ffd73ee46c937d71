import { DEMO_ORGANISATION } from '../../organisation';
import { evolveProcedure, initialProcedureState, type ProcedureEvent, type ProcedureState } from '../../procedures';
import { actor, userId } from '../../testing/document-fixtures';
import { approved, CODE, drafted, registered } from '../../testing/procedure-fixtures';
import type { LegalChangeContext } from '../legal-change.decide';
import type { InternalAuditContext } from '../internal-audit.decide';
import type { NonconformityContext } from '../nonconformity.decide';

/*
 * Test fixtures of the quality system (spec files only): procedure 1.004227 whose version 1 cites
 * Luật 50/2014/QH13 and whose version 2 (from 1/1/2026, approved) cites NĐ 175/2024/NĐ-CP.
 */

export const NOW = '2026-03-05T02:00:00.000Z';
export const ISO = actor('thuky.iso');
export const CHIEF = actor('chanh.vp');
export const OWNER = actor('tp.kt');
export const DECREE = '175/2024/NĐ-CP';
export { CODE };

const catalogue = (events: ProcedureEvent[]): ProcedureState => events.reduce(evolveProcedure, initialProcedureState);

/** 1.004227 with version 1 approved, version 2 approved and citing the decree, version 3 drafted only. */
export const PROCEDURE = catalogue([
  registered(),
  drafted(1, { effectiveTo: '2025-12-31' }),
  approved(1),
  drafted(2, { effectiveFrom: '2026-01-01', effectiveTo: '2026-06-30', legalBasis: ['Luật 50/2014/QH13', `Nghị định ${DECREE}`] }),
  { type: 'ProcedureVersionApproved', data: { code: CODE, version: 2, decisionRef: '20/QĐ-VP', by: userId('chanh.vp'), at: '2026-02-10T03:00:00.000Z' } },
  drafted(3, { effectiveFrom: '2026-07-01', legalBasis: [`Nghị định ${DECREE}`] }),
]);

/** 2.000635, registered with no version, for a change that affects two procedures. */
export const OTHER_CODE = '2.000635';
const OTHER = catalogue([registered({ code: OTHER_CODE })]);

export const LEGAL_CONTEXT: LegalChangeContext = { procedures: new Map([[CODE, PROCEDURE], [OTHER_CODE, OTHER]]) };
/** The organisation and the catalogue, as the nonconformity and audit deciders take them. */
export const OFFICE_CONTEXT: NonconformityContext & InternalAuditContext = { organisation: DEMO_ORGANISATION, procedures: LEGAL_CONTEXT.procedures };
