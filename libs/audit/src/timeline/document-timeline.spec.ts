import { DEMO_ORGANISATION } from '@office/domain';
import { historyUntil } from '@office/domain/testing/document-fixtures';
import type { RecordedEvent } from '@office/event-store';
import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { hanoiDateTime } from '../labels';
import { documentStateAt, documentTimeline, parseInstantOrDay } from './document-timeline';
import { stateText, timelineText } from './timeline-text';

/** The decider's happy path up to `assigned`, as the store would give it back. */
const events: RecordedEvent[] = historyUntil('assigned').map((event, i) => {
  const data = event.data as unknown as { by: string; at: string };
  const role = ['clerk', 'office_deputy_chief', 'department_head'][i];
  return {
    streamId: 'document-d1', revision: BigInt(i), position: BigInt(1000 + i), eventId: `e${i}`, type: event.type, data: event.data as never, recordedAt: data.at,
    metadata: { actorId: data.by, actorRole: role, correlationId: 'c', causationId: null, occurredAt: data.at, schemaVersion: 1, prevHash: '0'.repeat(64), hash: String(i).repeat(64) },
  };
});

describe('a document history for auditors', () => {
  it('writes times in Hà Nội (UTC+7) as dd/mm/yyyy HH:mm, across midnight', () => {
    expect(hanoiDateTime('2026-03-05T01:30:00Z')).toBe('05/03/2026 08:30');
    expect(hanoiDateTime('2026-03-05T17:05:00Z')).toBe('06/03/2026 00:05');
  });

  it('names people, roles and steps in Vietnamese, with the hash prefix and what the step recorded', () => {
    const entries = documentTimeline(events, DEMO_ORGANISATION);
    expect(entries.map((e) => [e.actorName, e.roleLabel, e.step])).toEqual([
      ['Lương Thị Hạnh', 'Văn thư', 'Tiếp nhận, đăng ký văn bản đến'],
      ['Hoàng Văn Nam', 'Phó Chánh Văn phòng', 'Phân phối, cho ý kiến chỉ đạo'],
      ['Đặng Quang Huy', 'Trưởng phòng', 'Giao chuyên viên xử lý'],
    ]);
    expect(entries[1].detail).toMatch(/^Giao Phòng Kinh tế: /);
    expect(entries[2].detail).toBe('Giao cho Lý Minh Tuấn');
    const text = timelineText('d1', 'document-d1', entries);
    expect(text[0]).toBe('Văn bản d1 — 3 sự kiện (luồng document-d1; giờ Hà Nội)');
    expect(text[2]).toMatch(/^0\s+\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}\s+Lương Thị Hạnh\s+Văn thư\s+Tiếp nhận, đăng ký văn bản đến\s+000000000000$/);
    expect(text[3]).toMatch(/^\s+↳ Số đến \d+\/\d{4}; /);
  });

  it('replays the state at an instant, a bare date meaning the end of that day in Hà Nội', () => {
    expect(parseInstantOrDay('2026-03-05')!.toISOString()).toBe('2026-03-05T16:59:59.999Z');
    expect(parseInstantOrDay('05/03/2026')).toBeNull();
    const atDistribution = documentStateAt(events, new Date(events[1].metadata.occurredAt));
    expect(atDistribution).toMatchObject({ eventsApplied: 2, revision: '1', status: 'distributed', statusLabel: 'Đã phân phối, chờ giao chuyên viên' });
    expect(stateText('d1', atDistribution).join('\n')).toMatch(/Trạng thái: Đã phân phối, chờ giao chuyên viên \(distributed\)[\s\S]*Thời hạn Phân phối: /);
    const before = documentStateAt(events, new Date(Date.parse(events[0].metadata.occurredAt) - 1));
    expect(before).toMatchObject({ eventsApplied: 0, revision: null, status: 'none', statusLabel: 'Chưa đăng ký' });
  });
});
