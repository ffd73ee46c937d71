import { stream, type GoldenDecision } from '../../testing/golden-events/golden-decisions';
import type { ProgrammeCommand } from '../programme.commands';
import { decideProgramme } from '../programme.decide';
import { evolveProgramme, initialProgrammeState } from '../programme.state';
import { AGENCY_ITEM_ID, CONTEXT, programmeCmd as cmd } from './programme-fixtures';

/* One event of every type a programme's stream holds, from the decider tests' fixed inputs. */

const programmes = (...commands: ProgrammeCommand[]) => stream((c, s) => decideProgramme(c, s, CONTEXT), evolveProgramme, initialProgrammeState, commands);
const approved = [cmd.propose(), cmd.accept(), cmd.submitDraft(), cmd.endorse(), cmd.approve()];

/** A slip returned and a draft sent back; a programme approved whose item is moved, gets its papers and is presented; one withdrawn. */
export const programmeGoldenDecisions = (): GoldenDecision[] => [
  ...programmes(cmd.propose(), cmd.accept(), cmd.proposeByAgency(), cmd.returnSlip({ itemId: AGENCY_ITEM_ID }), cmd.submitDraft(), cmd.returnDraft()),
  ...programmes(...approved, cmd.reschedule(), cmd.papers({ submittedOn: '2026-03-20', now: '2026-03-20T04:00:00.000Z' }), cmd.present()),
  ...programmes(...approved, cmd.withdraw()),
];
