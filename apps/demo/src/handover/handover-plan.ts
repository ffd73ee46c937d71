import { derivedUuid } from '@office/event-store';
import type { Organisation, User } from '@office/domain';
import type { OfficeStep } from '../office/in-process-office';

/** What a planned step does on its hand-over; `all` / `first` hand over the items still held (found when the step runs). */
export type HandoverMove = 'record' | 'hand-over-all' | 'hand-over-first' | 'sign-leaver' | 'sign-head' | 'release';

export interface PlannedHandoverStep extends OfficeStep {
  move: HandoverMove;
  handover: DemoDeparture;
}

/** A departure of the demo: who leaves, who receives, the head of their department. */
export interface DemoDeparture {
  name: 'completed' | 'in_progress';
  leaver: User;
  receiver: User;
  head: User;
  personnel: User;
  kind: 'retire' | 'transfer';
  lastWorkingDay: string;
  decisionRef: string;
  reason: string;
}

const DAY = 86_400_000;
const dayOf = (instant: number) => new Date(instant + 7 * 3_600_000).toISOString().slice(0, 10);

/**
 * Two hand-overs up to `now`: Mai Thị Ngọc Ánh (Phòng Văn hóa – Xã hội) retires — recorded ten
 * days back, everything handed over to Phan Văn Long, signed and released eight days back; Trịnh Thị
 * Hương (Phòng Kinh tế) is transferred — recorded yesterday, one item handed over to Lý Minh Tuấn, the
 * rest still held. Keys derive from the seed: a second run appends nothing.
 */
export function handoverPlan(organisation: Organisation, now: string, seed: number): PlannedHandoverStep[] {
  const user = (username: string) => organisation.users.find((u) => u.username === username)!;
  const base = Date.parse(now);
  const completed: DemoDeparture = {
    name: 'completed', leaver: user('cv.vx2'), receiver: user('cv.vx1'), head: user('tp.vx'), personnel: user('tp.hctc'), kind: 'retire',
    lastWorkingDay: dayOf(base - 7 * DAY), decisionRef: '112/QĐ-UBND', reason: 'Nghỉ hưu theo chế độ từ tháng sau',
  };
  const inProgress: DemoDeparture = {
    name: 'in_progress', leaver: user('cv.kt2'), receiver: user('cv.kt1'), head: user('tp.kt'), personnel: user('tp.hctc'), kind: 'transfer',
    lastWorkingDay: dayOf(base + 10 * DAY), decisionRef: '45/QĐ-VP', reason: 'Điều động sang Sở Tài chính',
  };
  const step = (handover: DemoDeparture, move: HandoverMove, actor: User, at: number): PlannedHandoverStep => ({
    at: new Date(at).toISOString(), subject: handover.name, actor, label: `hand-over ${handover.name}: ${move}`, move, handover,
    key: derivedUuid('demo-handover', String(seed), handover.name, move),
  });
  const hours = (n: number) => n * 3_600_000;
  const tenDaysBack = base - 10 * DAY;
  const yesterday = base - DAY;
  return [
    step(completed, 'record', completed.personnel, tenDaysBack),
    step(completed, 'hand-over-all', completed.head, tenDaysBack + hours(2)),
    step(completed, 'sign-leaver', completed.leaver, tenDaysBack + DAY),
    step(completed, 'sign-head', completed.head, tenDaysBack + DAY + hours(1)),
    step(completed, 'release', completed.personnel, tenDaysBack + 2 * DAY),
    step(inProgress, 'record', inProgress.personnel, yesterday),
    step(inProgress, 'hand-over-first', inProgress.head, yesterday + hours(3)),
  ];
}
