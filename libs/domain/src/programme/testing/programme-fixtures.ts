import { VIETNAM_CALENDAR } from '../../calendar';
import { DEMO_ORGANISATION } from '../../organisation';
import { actor, departmentId, userId, vn } from '../../testing/document-fixtures';
import { deciderSpec } from '../../testing/given-when-then';
import type { ProgrammeCommand } from '../programme.commands';
import type { ProgrammeContext } from '../programme.context';
import { decideProgramme } from '../programme.decide';
import type { ProgrammeEvent } from '../programme.events';
import { evolveProgramme, initialProgrammeState } from '../programme.state';

/*
 * Fixtures for the programme decider's tests (test code only; not exported from the package): the
 * programme of March 2026 (its draft due on 25/2/2026), an item proposed by Phòng Kinh tế (cv.kt1)
 * for the vice-chairman pho.chu.tich.kt, due in March (papers by Tue 31/3/2026, the month's last
 * working day), a second one by an agency outside the Office; tp.th heads General Affairs.
 */

export { actor, departmentId, userId, vn };

export const CONTEXT: ProgrammeContext = { organisation: DEMO_ORGANISATION, calendar: VIETNAM_CALENDAR };
export const givenProgramme = deciderSpec({ decide: decideProgramme, evolve: evolveProgramme, initialState: initialProgrammeState }, CONTEXT);

export const PERIOD = '2026-03';
export const ITEM_ID = '0b6f5a3e-0000-4000-8000-00000000c001';
export const AGENCY_ITEM_ID = '0b6f5a3e-0000-4000-8000-00000000c002';

/** When each step happens (Hà Nội time). */
export const P = {
  proposed: vn('2026-02-10', '09:00'),
  accepted: vn('2026-02-16', '10:00'),
  drafted: vn('2026-02-24', '15:00'),
  endorsed: vn('2026-02-26', '09:00'),
  approved: vn('2026-02-27', '14:00'),
  papers: vn('2026-03-27', '10:00'),
  later: vn('2026-03-20', '10:00'),
  presented: vn('2026-04-02', '16:00'),
} as const;

type With<T extends ProgrammeCommand['type']> = Partial<Omit<Extract<ProgrammeCommand, { type: T }>, 'type'>>;
const on = (username: string, now: string) => ({ period: PERIOD, actor: actor(username), now });
const onItem = (username: string, now: string) => ({ ...on(username, now), itemId: ITEM_ID });

export const programmeCmd = {
  propose: (o: With<'propose'> = {}): ProgrammeCommand => ({
    type: 'propose', ...onItem('cv.kt1', P.proposed), title: 'Đề án phát triển kinh tế tư nhân tỉnh giai đoạn 2026–2030', departmentId: departmentId('KT'),
    leaderId: userId('pho.chu.tich.kt'), due: '2026-03', paperKind: 'scheme', ...o,
  }),
  proposeByAgency: (o: With<'propose'> = {}): ProgrammeCommand => ({
    type: 'propose', ...onItem('vanthu1', P.proposed), itemId: AGENCY_ITEM_ID, title: 'Báo cáo tình hình thu ngân sách quý I', agency: 'Sở Tài chính',
    leaderId: userId('chu.tich'), due: '2026-W11', paperKind: 'report', ...o,
  }),
  accept: (o: With<'accept'> = {}): ProgrammeCommand => ({ type: 'accept', ...onItem('tp.th', P.accepted), ...o }),
  returnSlip: (o: With<'return-slip'> = {}): ProgrammeCommand => ({ type: 'return-slip', ...onItem('tp.th', P.accepted), reason: 'Nội dung thuộc thẩm quyền của Sở', ...o }),
  submitDraft: (o: With<'submit-draft'> = {}): ProgrammeCommand => ({ type: 'submit-draft', ...on('tp.th', P.drafted), ...o }),
  endorse: (o: With<'endorse'> = {}): ProgrammeCommand => ({ type: 'endorse', ...on('chanh.vp', P.endorsed), ...o }),
  returnDraft: (o: With<'return-draft'> = {}): ProgrammeCommand => ({ type: 'return-draft', ...on('chanh.vp', P.endorsed), reason: 'Bổ sung nội dung của Phòng Văn hóa – Xã hội', ...o }),
  approve: (o: With<'approve'> = {}): ProgrammeCommand => ({ type: 'approve', ...on('chu.tich', P.approved), ...o }),
  papers: (o: With<'papers'> = {}): ProgrammeCommand => ({ type: 'papers', ...onItem('vanthu1', P.papers), submittedOn: '2026-03-27', symbol: '45/TTr-SKHĐT', ...o }),
  withdraw: (o: With<'withdraw'> = {}): ProgrammeCommand => ({ type: 'withdraw', ...onItem('tp.th', P.later), reason: 'Chờ Trung ương ban hành hướng dẫn', ...o }),
  reschedule: (o: With<'reschedule'> = {}): ProgrammeCommand => ({
    type: 'reschedule', ...onItem('tp.th', P.later), due: '2026-04', reason: 'Chờ ý kiến thẩm định của Sở Tư pháp', requestSymbol: '112/SKHĐT-TH', requestDate: '2026-03-18', ...o,
  }),
  present: (o: With<'present'> = {}): ProgrammeCommand => ({ type: 'present', ...onItem('tp.th', P.presented), presentedOn: '2026-04-02', session: 'Phiên họp UBND tỉnh thường kỳ tháng 3/2026', ...o }),
};

/** The events `commands` cause one after another from an empty stream. */
export function programmeHistory(...commands: ProgrammeCommand[]): ProgrammeEvent[] {
  const events: ProgrammeEvent[] = [];
  for (const command of commands) events.push(...decideProgramme(command, events.reduce(evolveProgramme, initialProgrammeState), CONTEXT));
  return events;
}

/** The programme of March approved with the one item accepted. */
export const approvedHistory = () => programmeHistory(programmeCmd.propose(), programmeCmd.accept(), programmeCmd.submitDraft(), programmeCmd.endorse(), programmeCmd.approve());
