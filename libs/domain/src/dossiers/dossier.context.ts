import type { WorkingCalendar } from '../calendar';
import type { Organisation } from '../organisation';
import type { ProcedureState, RegisteredProcedure } from '../procedures';
import { notFound } from '../shared';

/**
 * What the dossier and reception deciders need besides the command and the state: who is who,
 * the working days, and the procedure the command names (read by the application from stream
 * `procedure-<code>`; needed to receive, to register an online submission and to give a desk
 * slip, null otherwise).
 */
export interface DossierContext {
  organisation: Organisation;
  calendar: WorkingCalendar;
  procedure: ProcedureState | null;
}

/** The procedure the command names, from the catalogue (404 when it is not there). */
export function namedProcedure(procedure: ProcedureState | null, code: string): RegisteredProcedure {
  if (procedure?.status !== 'registered' || procedure.code !== code) {
    throw notFound(`Thủ tục hành chính ${String(code)} không có trong danh mục`, 'procedureCode');
  }
  return procedure;
}
