import { DEMO_ORGANISATION } from '../../organisation';
import { actor, departmentId, userId, vn } from '../../testing/document-fixtures';
import { deciderSpec } from '../../testing/given-when-then';
import type { HandoverCommand, RecordDeparture } from '../handover.commands';
import type { HandoverContext } from '../handover.context';
import { decideHandover } from '../handover.decide';
import type { HandoverEvent } from '../handover.events';
import { evolveHandover, initialHandoverState } from '../handover.state';
import type { HeldItem } from '../handover.types';

/*
 * Fixtures for the hand-over decider's tests (test code only): cv.kt1 (Phòng Kinh tế) transfers on
 * Fri 20/3/2026; tp.hctc records it, cv.kt2 receives; cv.kt1 holds a document, a dossier and a directive.
 */

export { actor, departmentId, userId, vn };

export const CONTEXT: HandoverContext = { organisation: DEMO_ORGANISATION };
export const givenHandover = deciderSpec({ decide: decideHandover, evolve: evolveHandover, initialState: initialHandoverState }, CONTEXT);

export const HANDOVER_ID = '0b6f5a3e-0000-4000-8000-0000000000f1';
export const AT = { recorded: vn('2026-03-16', '09:00'), later: vn('2026-03-17', '10:00'), signed: vn('2026-03-19', '15:00') };

export const DOCUMENT: HeldItem = { key: 'document-d1', kind: 'document', label: 'văn bản đến số 12/2026', step: 'appraise', link: '/van-ban/d1', due: '2026-03-20', reassignable: true };
export const DOSSIER: HeldItem = { key: 'dossier-h1', kind: 'dossier', label: 'hồ sơ VPUB-260310-0001', step: 'appraise', link: '/ho-so/h1', due: '2026-03-24', reassignable: true };
export const DIRECTIVE: HeldItem = { key: 'directive-n1', kind: 'directive', label: 'nhiệm vụ “Rà soát kế hoạch vốn”', step: 'follow_up', link: '/nhiem-vu/n1', due: null, reassignable: false };
export const HELD = [DOCUMENT, DOSSIER, DIRECTIVE];

const base = (username: string, now: string) => ({ handoverId: HANDOVER_ID, actor: actor(username), now });

export const handoverCmd = {
  record: (over: Partial<RecordDeparture> = {}): HandoverCommand => ({
    ...base('tp.hctc', AT.recorded), type: 'record', userId: userId('cv.kt1'), kind: 'transfer', lastWorkingDay: '2026-03-20', receiverId: userId('cv.kt2'),
    decisionRef: '45/QĐ-VP', reason: 'Điều động sang Sở Tài chính', held: HELD, ...over,
  }),
  list: (held: HeldItem[], username = 'tp.kt'): HandoverCommand => ({ ...base(username, AT.later), type: 'list', held }),
  reassign: (key: string, username = 'tp.kt', over: { receiverId?: string | null; reason?: string } = {}): HandoverCommand => ({ ...base(username, AT.later), type: 'reassign', key, reason: 'Bàn giao do chuyển công tác', ...over }),
  paper: (key: string, username = 'tp.kt', over: { receiverId?: string | null; reason?: string } = {}): HandoverCommand => ({
    ...base(username, AT.later), type: 'hand-over-on-paper', key, reason: 'Nhiệm vụ chưa có bước đổi chuyên viên theo dõi', ...over,
  }),
  sign: (username: string, held: HeldItem[] = []): HandoverCommand => ({ ...base(username, AT.signed), type: 'sign', held }),
  release: (username = 'tp.hctc', held: HeldItem[] = []): HandoverCommand => ({ ...base(username, AT.signed), type: 'release', held, note: null }),
};

/** The events `commands` cause, one after another, from an empty stream. */
export function handoverHistory(...commands: HandoverCommand[]): HandoverEvent[] {
  const events: HandoverEvent[] = [];
  for (const command of commands) {
    const state = events.reduce(evolveHandover, initialHandoverState);
    events.push(...decideHandover(command, state, CONTEXT));
  }
  return events;
}
