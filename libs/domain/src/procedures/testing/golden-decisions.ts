import { stream, type GoldenDecision } from '../../testing/golden-events/golden-decisions';
import { approve, CONTEXT, draft, register } from '../../testing/procedure-fixtures';
import { decideProcedure } from '../procedure.decide';
import { evolveProcedure, initialProcedureState } from '../procedure.state';
import { approveInternal, draftInternal, registerInternal, V2 } from './internal-process-fixtures';

/*
 * One event of every type a procedure's stream holds: registered, a version drafted and approved;
 * and an internal process registered, its version 1 drafted and approved, then succeeded by version 2.
 */

export const procedureGoldenDecisions = (): GoldenDecision[] => {
  const decide = (c: Parameters<typeof decideProcedure>[0], s: Parameters<typeof decideProcedure>[1]) => decideProcedure(c, s, CONTEXT);
  const internal = stream(decide, evolveProcedure, initialProcedureState, [
    registerInternal(), draftInternal(), approveInternal(), draftInternal(V2), approveInternal({ version: 2, decisionRef: '12/QĐ-VP' }),
  ]);
  return [
    ...stream(decide, evolveProcedure, initialProcedureState, [register(), draft(), approve()]),
    ...internal.filter((d) => d.type !== 'ProcedureVersionApproved' && !(d.type === 'InternalProcessVersionDrafted' && (d.data as { version: number }).version === 2)),
  ];
};
