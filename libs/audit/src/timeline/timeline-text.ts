import { documentDeadlines } from '@office/domain';
import { CLOCK_LABELS, DEADLINE_STATE_LABELS, hanoiDateTime, vietnameseDay } from '../labels';
import type { LogVerification } from '../verification/verify-log';
import type { StateAt, TimelineEntry } from './document-timeline';

const HASH_PREFIX = 12;

function table(rows: string[][]): string[] {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => [...r[i]].length)));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat(widths[i] - [...c].length))).join('  ').trimEnd());
}

/** A document's history as lines of text: time (Hà Nội), người thực hiện, vai trò, bước, hash prefix, then what the step recorded. */
export function timelineText(documentId: string, streamId: string, entries: readonly TimelineEntry[]): string[] {
  const rows = [['#', 'Thời điểm', 'Người thực hiện', 'Vai trò', 'Bước', 'Hash']];
  const details: string[] = [];
  for (const e of entries) {
    rows.push([e.revision, e.when, e.actorName, e.roleLabel, e.step, e.hash.slice(0, HASH_PREFIX)]);
    details.push(e.detail);
  }
  const [header, ...body] = table(rows);
  return [
    `Văn bản ${documentId} — ${entries.length} sự kiện (luồng ${streamId}; giờ Hà Nội)`,
    header,
    ...body.flatMap((line, i) => (details[i] ? [line, `    ↳ ${details[i]}`] : [line])),
  ];
}

/** The replayed state at an instant as lines of text. */
export function stateText(documentId: string, replayed: StateAt): string[] {
  const lines = [
    `Văn bản ${documentId} lúc ${hanoiDateTime(replayed.at)} (giờ Hà Nội; ${replayed.at})`,
    `Trạng thái: ${replayed.statusLabel} (${replayed.status})`,
    replayed.revision === null ? 'Chưa có sự kiện nào trước thời điểm này' : `Đã áp dụng ${replayed.eventsApplied} sự kiện, đến phiên bản ${replayed.revision}`,
  ];
  if (replayed.state.status === 'none') return lines;
  const s = replayed.state;
  lines.push(`Số đến: ${s.incomingNumber}/${s.incomingYear} — ${s.source.agency}, ${s.source.symbol}`, `Trích yếu: ${s.excerpt}`);
  for (const [clock, deadline] of Object.entries(documentDeadlines(s))) {
    if (!deadline) continue;
    const done = deadline.doneAt ? `, xong lúc ${hanoiDateTime(deadline.doneAt)}` : '';
    lines.push(`Thời hạn ${CLOCK_LABELS[clock] ?? clock}: ${vietnameseDay(deadline.due)} — ${DEADLINE_STATE_LABELS[deadline.state] ?? deadline.state}${done}`);
  }
  return lines;
}

/** A verification report as lines of text. */
export function verificationText(report: LogVerification): string[] {
  const lines = [
    report.ok ? 'Kết quả: TOÀN VẸN' : 'Kết quả: PHÁT HIỆN SAI LỆCH',
    `Đã kiểm tra ${report.eventsChecked} sự kiện trong ${report.streamsChecked} luồng (vị trí cuối của nhật ký khi bắt đầu: ${report.headPosition})`,
  ];
  const b = report.firstBroken;
  if (b) lines.push(`Chuỗi băm đứt tại luồng ${b.streamId}, phiên bản ${b.revision}, vị trí ${b.position}, sự kiện ${b.eventId}: ${b.reason}`);
  const d = report.digests;
  if (d.checked === 0) lines.push('Bản tóm lược: chưa có bản nào được công bố');
  else {
    const latest = d.latest ? ` Bản gần nhất: ngày ${vietnameseDay(d.latest.day)}, vị trí ${d.latest.headPosition}, ${d.latest.streams} luồng, mã băm ${d.latest.hash}.` : '';
    const heads = d.headsChecked ? ' Đã đối chiếu đầu mọi luồng với bản gần nhất.' : ' Chưa đối chiếu đầu luồng với bản gần nhất.';
    lines.push(`Bản tóm lược: ${d.checked} bản, ${d.ok ? 'khớp' : 'KHÔNG KHỚP'}.${latest}${heads}`);
  }
  if (d.firstBroken) lines.push(`Bản tóm lược ${d.firstBroken.day} (${d.firstBroken.digestEventId}): ${d.firstBroken.reason}`);
  return lines;
}
