import type { ScheduleEntry } from '@office/domain';
import { describe, it } from '@jest/globals';
import { expect } from '../../../../../test/support/expect';
import { leaderCalendar, scheduleEventUid } from './schedule-ical';

/*
 * The feed read back at the level of RFC 5545's text: content lines end in CRLF, no line is longer
 * than 75 octets (folded lines continue with a space), and the unfolded properties say what the
 * entries say. ical-generator writes the syntax; these are our fields.
 */

type Property = { name: string; params: string; value: string };

function contentLines(text: string): string[] {
  expect(text.endsWith('\r\n')).toBe(true);
  const raw = text.slice(0, -2).split('\r\n');
  for (const line of raw) {
    expect(line.includes('\n') || line.includes('\r'), 'a bare LF or CR inside a line').toBe(false);
    expect(Buffer.byteLength(line, 'utf8'), `longer than 75 octets: ${line}`).toBeLessThanOrEqual(75);
  }
  return raw.reduce<string[]>((lines, line) => (line.startsWith(' ') ? [...lines.slice(0, -1), lines.at(-1) + line.slice(1)] : [...lines, line]), []);
}

function components(feed: string, name: string): Property[][] {
  const found: Property[][] = [];
  let current: Property[] | null = null;
  for (const line of contentLines(feed)) {
    if (line === `BEGIN:${name}`) current = [];
    else if (line === `END:${name}`) {
      found.push(current!);
      current = null;
    } else if (current) {
      const [, head, value] = /^([^:]+):(.*)$/.exec(line)!;
      const [prop, ...params] = head.split(';');
      current.push({ name: prop, params: params.join(';'), value });
    }
  }
  return found;
}

const value = (props: Property[], name: string) => props.find((p) => p.name === name);
/** A TEXT value unescaped (RFC 5545 §3.3.11): `\\,` `\\;` `\\n` `\\\\`. */
const text = (props: Property[], name: string) => value(props, name)?.value.replace(/\\([,;\\nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
const LONG = 'Họp UBND tỉnh thường kỳ tháng 11/2026: nghe báo cáo tình hình kinh tế - xã hội, thu chi ngân sách, giải ngân vốn đầu tư công, cải cách hành chính';

function entry(o: Partial<ScheduleEntry> = {}): ScheduleEntry {
  return {
    entryId: '3c1a7e52-0000-4000-8000-0000000000a1', startsAt: '2026-11-30T01:00:00.000Z', endsAt: '2026-11-30T04:30:00.000Z', place: 'Phòng họp số 1, trụ sở UBND tỉnh',
    content: LONG, chairLeaderId: 'ct', leaderIds: ['pct'], attendees: 'Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các huyện', preparingUnit: 'Văn phòng UBND tỉnh',
    papers: [{ documentId: null, title: 'Báo cáo tháng 11' }], confidential: false, meetingId: null, status: 'planned', version: 1, addedAfterPublication: false,
    history: [{ kind: 'drafted', afterPublication: false, reason: null, changed: [], previous: null, by: 'u', at: '2026-11-26T03:00:00.000Z' }],
    ...o,
  };
}

describe('a leader’s iCalendar feed', () => {
  const names = (id: string) => ({ ct: 'Chủ tịch UBND tỉnh Nguyễn Văn Thành', pct: 'Phó Chủ tịch UBND tỉnh Trần Quốc Hưng' })[id] ?? id;
  const leader = { id: 'ct', name: 'Nguyễn Văn Thành', title: 'Chủ tịch UBND tỉnh' };
  const changed = entry({
    entryId: '3c1a7e52-0000-4000-8000-0000000000a2', status: 'cancelled', version: 3,
    history: [
      ...entry().history,
      { kind: 'revised', afterPublication: true, reason: 'Đổi phòng', changed: ['place'], previous: null, by: 'u', at: '2026-11-28T03:00:00.000Z' },
      { kind: 'cancelled', afterPublication: true, reason: 'Lùi sang tuần sau', changed: [], previous: null, by: 'u', at: '2026-11-29T03:00:00.000Z' },
    ],
  });
  const feed = leaderCalendar(leader, [entry(), changed], names, 'https://vpubnd.example.vn/lich-tuan');

  it('is CRLF text, folded at 75 octets, one calendar named for the leader in Asia/Ho_Chi_Minh', () => {
    const [calendar] = components(feed, 'VCALENDAR');
    expect(value(calendar, 'VERSION')?.value).toBe('2.0');
    expect(value(calendar, 'METHOD')?.value).toBe('PUBLISH');
    expect(value(calendar, 'X-WR-CALNAME')?.value).toBe('Lịch công tác — Chủ tịch UBND tỉnh Nguyễn Văn Thành');
    expect(value(calendar, 'X-WR-TIMEZONE')?.value).toBe('Asia/Ho_Chi_Minh');
  });

  it('writes each entry with a stable UID, exact UTC times, SEQUENCE from its changes, STATUS:CANCELLED when cancelled', () => {
    const [planned, cancelled] = components(feed, 'VEVENT');
    expect(value(planned, 'UID')?.value).toBe(scheduleEventUid('3c1a7e52-0000-4000-8000-0000000000a1'));
    // 08:00–11:30 in Hà Nội.
    expect(value(planned, 'DTSTART')).toEqual({ name: 'DTSTART', params: '', value: '20261130T010000Z' });
    expect(value(planned, 'DTEND')).toEqual({ name: 'DTEND', params: '', value: '20261130T043000Z' });
    expect(value(planned, 'DTSTAMP')?.value).toBe('20261126T030000Z');
    expect(value(planned, 'SEQUENCE')?.value).toBe('0');
    expect(value(planned, 'STATUS')?.value).toBe('CONFIRMED');
    expect(text(planned, 'SUMMARY')).toBe(LONG);
    expect(text(planned, 'DESCRIPTION')).toContain('Chủ trì: Chủ tịch UBND tỉnh Nguyễn Văn Thành\nLãnh đạo dự: Phó Chủ tịch UBND tỉnh Trần Quốc Hưng');
    expect(text(planned, 'LOCATION')).toBe('Phòng họp số 1, trụ sở UBND tỉnh');
    expect(value(cancelled, 'SEQUENCE')?.value).toBe('2');
    expect(value(cancelled, 'STATUS')?.value).toBe('CANCELLED');
    expect(text(cancelled, 'DESCRIPTION')).toContain('Đã hủy: Lùi sang tuần sau');
    expect(text(cancelled, 'SUMMARY')).toBe(`[Đã hủy] ${LONG}`);
  });
});
