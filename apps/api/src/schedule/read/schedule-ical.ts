import type { ScheduleEntry } from '@office/domain';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { ScheduleLeader } from './schedule-views';

/*
 * A leader's public week as an RFC 5545 calendar (lịch công tác, đăng ký iCal): one VEVENT per
 * public entry the leader chairs or attends, with a UID that never changes, a SEQUENCE that grows
 * with every change of the entry, and STATUS:CANCELLED for a cancelled one, so that a subscribed
 * calendar moves or strikes the event rather than adding a second. The calendar's zone is
 * Asia/Ho_Chi_Minh (X-WR-TIMEZONE, for the clients' display); the times themselves are written in
 * UTC (`…Z`), exact whatever the server's zone: ical-generator writes a native Date under a TZID
 * in the host's local time, and a calendar-wide zone would do the same to DTSTAMP, which RFC 5545
 * wants in UTC (both found by the parser-level spec beside this file).
 */

export const SCHEDULE_TIMEZONE = 'Asia/Ho_Chi_Minh';
const UID_DOMAIN = 'lich-cong-tac.vpubnd.gov.vn';

/** The stable UID of an entry's event: the entry id never changes, whatever else does. */
export const scheduleEventUid = (entryId: string) => `${entryId}@${UID_DOMAIN}`;

function description(entry: ScheduleEntry, nameOf: (id: string) => string): string {
  const lines = [
    `Chủ trì: ${nameOf(entry.chairLeaderId)}`,
    entry.leaderIds.length > 0 ? `Lãnh đạo dự: ${entry.leaderIds.map(nameOf).join(', ')}` : null,
    entry.attendees ? `Thành phần: ${entry.attendees}` : null,
    entry.preparingUnit ? `Đơn vị chuẩn bị: ${entry.preparingUnit}` : null,
    entry.papers.length > 0 ? `Tài liệu: ${entry.papers.map((paper) => paper.title).join('; ')}` : null,
  ];
  const last = entry.history.at(-1);
  if (last?.afterPublication && last.kind !== 'drafted') lines.push(`${last.kind === 'cancelled' ? 'Đã hủy' : 'Thay đổi'}: ${last.reason ?? ''}`);
  return lines.filter((line): line is string => line !== null).join('\n');
}

/** The feed's text; `entries` are public ones only (the caller's query guarantees it). */
export function leaderCalendar(leader: ScheduleLeader, entries: readonly ScheduleEntry[], nameOf: (id: string) => string, pageUrl: string | null): string {
  const calendar = ical({
    name: `Lịch công tác — ${leader.title} ${leader.name}`,
    prodId: { company: 'Văn phòng UBND tỉnh', product: 'Lịch công tác tuần', language: 'VI' },
    method: ICalCalendarMethod.PUBLISH,
    x: [['X-WR-TIMEZONE', SCHEDULE_TIMEZONE]],
    ttl: 60 * 60,
    ...(pageUrl ? { url: pageUrl } : {}),
  });
  for (const entry of entries) {
    const last = entry.history.at(-1)!;
    calendar.createEvent({
      id: scheduleEventUid(entry.entryId),
      sequence: entry.version - 1,
      start: new Date(entry.startsAt),
      end: new Date(entry.endsAt),
      stamp: new Date(last.at),
      lastModified: new Date(last.at),
      created: new Date(entry.history[0].at),
      summary: entry.status === 'cancelled' ? `[Đã hủy] ${entry.content}` : entry.content,
      location: entry.place,
      description: description(entry, nameOf),
      status: entry.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  // RFC 5545 §3.1: every content line ends in CRLF, the last one too.
  return `${calendar.toString()}\r\n`;
}
