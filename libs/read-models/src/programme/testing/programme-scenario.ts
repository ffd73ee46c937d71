import { decideProgramme, evolveProgramme, initialProgrammeState, programmeStreamName, type ProgrammeCommand } from '@office/domain';
import { AGENCY_ITEM_ID, CONTEXT, ITEM_ID, PERIOD, programmeCmd as cmd, vn } from '@office/domain/programme/testing/programme-fixtures';
import type { JsonObject } from '@office/event-store';
import type { ScenarioEvent } from '../../../../../apps/projector/src/testing/scenario';

/*
 * The programme of March 2026 decided by the real rules (times in Hà Nội), its draft submitted on
 * 26/2, a day after its due day (late, QC 8.1), approved on 27/2. As of Mon 20/4/2026:
 *   ITEM.onTime    Phòng Kinh tế, due 31/3, papers 27/3, presented 2/4 → on time
 *   ITEM.late      Sở Tài chính, due in week 11 (13/3), papers 16/3 → late
 *   ITEM.withdrawn Sở Y tế → withdrawn
 *   ITEM.overdue   Sở Xây dựng, due 31/3, no papers → overdue
 *   ITEM.moved     Sở Nội vụ, moved to April on its request 112/SNV-TCBC (due 29/4) → not yet due
 *   ITEM.returned  a slip returned: in no count
 */

export const ITEM = {
  onTime: ITEM_ID,
  late: AGENCY_ITEM_ID,
  withdrawn: '0b6f5a3e-0000-4000-8000-00000000c003',
  overdue: '0b6f5a3e-0000-4000-8000-00000000c004',
  moved: '0b6f5a3e-0000-4000-8000-00000000c005',
  returned: '0b6f5a3e-0000-4000-8000-00000000c006',
} as const;

const agencyItem = (itemId: string, agency: string) => cmd.proposeByAgency({ itemId, agency, title: `Tờ trình của ${agency}`, due: '2026-03', paperKind: 'submission' });

export function programmeScenario(): ScenarioEvent[] {
  const commands: ProgrammeCommand[] = [
    cmd.propose(), cmd.proposeByAgency(), agencyItem(ITEM.withdrawn, 'Sở Y tế'), agencyItem(ITEM.overdue, 'Sở Xây dựng'), agencyItem(ITEM.moved, 'Sở Nội vụ'),
    agencyItem(ITEM.returned, 'Sở Tư pháp'),
    ...[ITEM.onTime, ITEM.late, ITEM.withdrawn, ITEM.overdue, ITEM.moved].map((itemId) => cmd.accept({ itemId })),
    cmd.returnSlip({ itemId: ITEM.returned }),
    cmd.submitDraft({ now: vn('2026-02-26', '09:00') }), cmd.endorse({ now: vn('2026-02-26', '15:00') }), cmd.approve(),
    cmd.papers({ itemId: ITEM.late, submittedOn: '2026-03-16', symbol: '30/BC-STC', now: vn('2026-03-16') }),
    cmd.withdraw({ itemId: ITEM.withdrawn, now: vn('2026-03-10') }),
    cmd.reschedule({ itemId: ITEM.moved, requestSymbol: '112/SNV-TCBC' }),
    cmd.papers(), cmd.present(),
  ];
  let state = initialProgrammeState;
  return commands.flatMap((command) => {
    const decided = decideProgramme(command, state, CONTEXT);
    state = decided.reduce(evolveProgramme, state);
    return decided.map((e) => ({ stream: programmeStreamName(PERIOD), type: e.type, data: e.data as unknown as JsonObject, actorId: e.data.by }));
  });
}
