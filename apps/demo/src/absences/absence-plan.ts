import { addCalendarDays, localDateOf, type AbsenceKind, type Half, type LocalDate, type Organisation, type User, type WorkingCalendar } from '@office/domain';
import { derivedUuid } from '@office/event-store';
import type { OfficeStep } from '../office/in-process-office';

/*
 * A month of absences around the demo's day (QC Art. 16), as the people concerned would file them:
 * a day's leave approved by the head, a half day, a three-day request the office chief refuses (a
 * head may not approve more than one working day), a head's business trip approved by the chief,
 * a specialist sick today (whose waiting work shows for reassignment), and two leaders' trips the
 * Office records: the chairman's (four working days: a KT. delegation is proposed) and a
 * vice-chairman's (the chairman reassigns his fields; no KT. is proposed for a vice-chairman).
 */

export type AbsenceStep = OfficeStep &
  (
    | { type: 'request'; absenceId: string; request: { requesterId?: string; kind: AbsenceKind; from: LocalDate; to: LocalDate; fromHalf?: Half; toHalf?: Half; reason: string; place?: string } }
    | { type: 'approve' | 'refuse'; absenceId: string; text: string }
  );

const HOUR_MS = 3_600_000;

export function absencePlan(organisation: Organisation, calendar: WorkingCalendar, now: string, seed: number): AbsenceStep[] {
  const user = (username: string): User => organisation.users.find((u) => u.username === username)!;
  const today = localDateOf(now);
  const workingDay = (n: number): LocalDate => {
    const base = calendar.sameOrNextWorkingDay(today);
    if (n === 0) return base;
    if (n > 0) return calendar.addWorkingDays(base, n);
    let day = base;
    for (let i = 0; i < -n; i++) do day = addCalendarDays(day, -1); while (!calendar.isWorkingDay(day));
    return day;
  };
  /** 08:00 in Hà Nội, `days` before `day`, never after the demo's now. */
  const filedAt = (day: LocalDate, daysBefore: number, hours = 0): string => {
    const at = Date.parse(`${addCalendarDays(day, -daysBefore)}T08:00:00+07:00`) + hours * HOUR_MS;
    return new Date(Math.min(at, Date.parse(now) - 2 * HOUR_MS + hours * HOUR_MS)).toISOString();
  };

  const steps: AbsenceStep[] = [];
  const absence = (name: string, requester: string, filer: string, request: AbsenceStep & { type: 'request' } extends { request: infer R } ? R : never, decision?: { by: string; type: 'approve' | 'refuse'; text: string }) => {
    const key = derivedUuid('demo-absences', String(seed), name);
    const actor = user(filer);
    const absenceId = derivedUuid(actor.id, key, 'absence');
    const at = filedAt(request.from, 3);
    steps.push({ type: 'request', absenceId, at, subject: name, actor, label: `đăng ký ${name}`, key, request: { ...request, requesterId: filer === requester ? undefined : user(requester).id } });
    if (decision) {
      steps.push({ type: decision.type, absenceId, text: decision.text, at: filedAt(request.from, 3, 1), subject: name, actor: user(decision.by), label: `${decision.type} ${name}`, key: derivedUuid(key, decision.type) });
    }
  };

  absence('nghi-phep-cv-kt1', 'cv.kt1', 'cv.kt1', { kind: 'leave', from: workingDay(-10), to: workingDay(-10), reason: 'Nghỉ phép năm: việc gia đình' }, { by: 'tp.kt', type: 'approve', text: 'Đồng ý' });
  absence('nua-ngay-cv-vx1', 'cv.vx1', 'cv.vx1', { kind: 'personal', from: workingDay(-3), to: workingDay(-3), toHalf: 'morning', reason: 'Đưa con đi khám bệnh' }, { by: 'tp.vx', type: 'approve', text: 'Đồng ý' });
  absence('ba-ngay-cv-nc1', 'cv.nc1', 'cv.nc1', { kind: 'leave', from: workingDay(2), to: workingDay(4), reason: 'Nghỉ phép năm về quê' }, {
    by: 'chanh.vp', type: 'refuse', text: 'Trùng đợt tổng kết công tác nội chính cuối năm; đề nghị bố trí sang tuần sau',
  });
  absence('cong-tac-tp-th', 'tp.th', 'tp.th', { kind: 'business_trip', from: workingDay(-6), to: workingDay(-5), reason: 'Tập huấn công tác văn thư, lưu trữ', place: 'Bộ Nội vụ, Hà Nội' }, { by: 'chanh.vp', type: 'approve', text: 'Đồng ý' });
  absence('om-cv-kt1', 'cv.kt1', 'cv.kt1', { kind: 'sick', from: workingDay(0), to: workingDay(1), reason: 'Sốt xuất huyết, có giấy của bệnh viện' }, { by: 'chanh.vp', type: 'approve', text: 'Đồng ý, giữ gìn sức khỏe' });
  absence('cong-tac-chu-tich', 'chu.tich', 'vanthu1', { kind: 'business_trip', from: workingDay(1), to: workingDay(4), reason: 'Làm việc với các bộ, ngành Trung ương về dự án cao tốc', place: 'Hà Nội' });
  absence('cong-tac-pho-chu-tich-vx', 'pho.chu.tich.vx', 'vanthu1', { kind: 'business_trip', from: workingDay(5), to: workingDay(8), reason: 'Dự hội nghị giáo dục toàn quốc', place: 'Thành phố Hồ Chí Minh' });
  return steps.sort((a, b) => a.at.localeCompare(b.at));
}
