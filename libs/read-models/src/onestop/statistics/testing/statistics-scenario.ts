import { departmentId, userId, vn } from '@office/domain/testing/document-fixtures';
import type { DataSource } from 'typeorm';
import { fillerColumns } from './filler-columns';

/*
 * A month of the desk written straight into the read models (rm_dossiers, rm_dossier_handovers,
 * rm_receptions, the catalogue): the statistics read these tables only, and rows make each case
 * of the report explicit. The expected figures for March 2026 are worked out by hand in
 * statistics.spec.ts. Three procedures, one per field: KH-DT and XD belong to Phòng Kinh tế,
 * GD-DT to Phòng Văn hóa – Xã hội (the demo organisation).
 */

export const STATS_PROCEDURE = { investment: '1.000001', building: '1.000002', school: '1.000003' } as const;

/** Dossier ids by letter; each letter's case is described where its row is written. */
export const STATS_DOSSIER = Object.fromEntries(
  [...'ABCDEFGHIJKL'].map((letter, i) => [letter, `5a000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`]),
) as Record<'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H' | 'I' | 'J' | 'K' | 'L', string>;

interface DossierRow {
  letter: keyof typeof STATS_DOSSIER;
  procedure: keyof typeof STATS_PROCEDURE;
  receivedOn: string;
  due: string;
  unit?: 'KT' | 'VX' | null;
  online?: boolean;
  status?: string;
  resultAtDesk?: string;
  classification?: 'early' | 'on_time' | 'late';
  withdrawn?: string;
  stopped?: string;
  supplementRequests?: number;
  supplementRequestedOn?: string;
  apologies?: number;
  newDue?: string;
  feeVnd?: number;
  paymentMethod?: 'cash' | 'transfer' | 'online';
  digitised?: number;
  satisfaction?: number;
}

interface HandoverRow {
  letter: keyof typeof STATS_DOSSIER;
  no: number;
  task: string;
  from: string;
  to: string;
  started: string;
  handed: string;
  due: string | null;
  outcome: 'early' | 'on_time' | 'late' | null;
}

const FIELD = { investment: 'KH-DT', building: 'XD', school: 'GD-DT' } as const;
const NAME = { investment: 'Cấp giấy chứng nhận đăng ký đầu tư', building: 'Cấp giấy phép xây dựng', school: 'Công nhận trường đạt chuẩn quốc gia' } as const;
const ONLINE_LEVEL = { investment: 'full', building: 'none', school: 'partial' } as const;

const DOSSIERS: DossierRow[] = [
  // Carried over, resolved early in March.
  { letter: 'A', procedure: 'investment', receivedOn: '2026-02-23', due: '2026-03-06', unit: 'KT', status: 'returned', resultAtDesk: '2026-03-05', classification: 'early' },
  // Carried over, resolved late in March after a late appraisal, with an apology.
  { letter: 'B', procedure: 'investment', receivedOn: '2026-02-25', due: '2026-03-10', unit: 'KT', status: 'result_at_desk', resultAtDesk: '2026-03-12', classification: 'late', apologies: 1, newDue: '2026-03-13' },
  // Resolved before March: not in the report.
  { letter: 'C', procedure: 'investment', receivedOn: '2026-02-10', due: '2026-02-27', unit: 'KT', status: 'returned', resultAtDesk: '2026-02-27', classification: 'on_time' },
  // Online, resolved on its due day, paid online, digitised, rated 5.
  {
    letter: 'D', procedure: 'investment', receivedOn: '2026-03-02', due: '2026-03-16', unit: 'KT', online: true, status: 'returned', resultAtDesk: '2026-03-16', classification: 'on_time',
    feeVnd: 100_000, paymentMethod: 'online', digitised: 2, satisfaction: 5,
  },
  // Online, a supplement received, overdue at the end of March despite an apology; signed only in April.
  { letter: 'E', procedure: 'investment', receivedOn: '2026-03-03', due: '2026-03-17', unit: 'KT', online: true, status: 'in_progress', supplementRequests: 1, apologies: 1, newDue: '2026-04-03' },
  // In progress and in time; a fee paid in cash.
  { letter: 'F', procedure: 'building', receivedOn: '2026-03-10', due: '2026-04-07', unit: 'KT', status: 'in_progress', feeVnd: 200_000, paymentMethod: 'cash' },
  // Withdrawn the day after.
  { letter: 'G', procedure: 'building', receivedOn: '2026-03-12', due: '2026-04-09', unit: 'KT', status: 'withdrawn', withdrawn: '2026-03-13' },
  // Resolved late, but only in April: in progress and in time at the end of March; rated 3.
  { letter: 'H', procedure: 'school', receivedOn: '2026-03-20', due: '2026-04-01', unit: 'VX', status: 'result_at_desk', resultAtDesk: '2026-04-02', classification: 'late', satisfaction: 3 },
  // Never transferred (counts for VX through its field), stopped.
  { letter: 'I', procedure: 'school', receivedOn: '2026-03-25', due: '2026-04-22', unit: null, status: 'stopped', stopped: '2026-03-27' },
  // Waiting for a supplement asked on 9/3, before its due day 12/3: the applicant holds the clock, so in time.
  { letter: 'J', procedure: 'school', receivedOn: '2026-03-05', due: '2026-03-12', unit: 'VX', status: 'supplement_requested', supplementRequests: 1, supplementRequestedOn: '2026-03-09' },
  // Received in April: not in March's report.
  { letter: 'K', procedure: 'investment', receivedOn: '2026-04-02', due: '2026-04-16', unit: 'KT', status: 'received' },
  // Carried over from January, never transferred (KT through its field XD), overdue since 2/3.
  { letter: 'L', procedure: 'building', receivedOn: '2026-01-15', due: '2026-03-02', unit: null, status: 'received' },
];

const [desk, head, specialist, deputy] = ['motcua1', 'tp.kt', 'cv.kt1', 'pho.chanh.vp.kt'].map(userId);

const HANDOVERS: HandoverRow[] = [
  { letter: 'A', no: 1, task: 'Tiếp nhận hồ sơ', from: desk, to: head, started: vn('2026-02-23', '09:00'), handed: vn('2026-02-23', '10:00'), due: vn('2026-02-23', '17:00'), outcome: 'on_time' },
  { letter: 'A', no: 2, task: 'Thẩm định hồ sơ', from: head, to: specialist, started: vn('2026-02-27', '10:00'), handed: vn('2026-03-02', '10:00'), due: vn('2026-03-04', '17:00'), outcome: 'early' },
  { letter: 'B', no: 1, task: 'Tiếp nhận hồ sơ', from: desk, to: head, started: vn('2026-02-25', '09:00'), handed: vn('2026-02-25', '10:00'), due: vn('2026-02-25', '17:00'), outcome: 'on_time' },
  { letter: 'B', no: 2, task: 'Thẩm định hồ sơ', from: specialist, to: deputy, started: vn('2026-02-25', '10:00'), handed: vn('2026-03-11', '10:00'), due: vn('2026-03-09', '17:00'), outcome: 'late' },
  { letter: 'D', no: 1, task: 'Tiếp nhận hồ sơ', from: desk, to: head, started: vn('2026-03-02', '09:00'), handed: vn('2026-03-02', '10:00'), due: vn('2026-03-02', '17:00'), outcome: 'on_time' },
  { letter: 'D', no: 2, task: 'Thẩm định hồ sơ', from: specialist, to: deputy, started: vn('2026-03-02', '10:00'), handed: vn('2026-03-13', '10:00'), due: vn('2026-03-13', '17:00'), outcome: 'on_time' },
  { letter: 'E', no: 1, task: 'Tiếp nhận hồ sơ', from: desk, to: head, started: vn('2026-03-03', '09:00'), handed: vn('2026-03-03', '10:00'), due: vn('2026-03-03', '17:00'), outcome: 'on_time' },
  { letter: 'E', no: 2, task: 'Thẩm định hồ sơ', from: head, to: specialist, started: vn('2026-03-03', '10:00'), handed: vn('2026-03-04', '09:00'), due: vn('2026-03-13', '17:00'), outcome: 'early' },
  // After the period: neither in March's step figures nor a cause of March's overdue list.
  { letter: 'E', no: 3, task: 'Ký duyệt', from: specialist, to: deputy, started: vn('2026-03-04', '09:00'), handed: vn('2026-04-06', '10:00'), due: vn('2026-03-16', '17:00'), outcome: 'late' },
  // A hand-over past the process's timed steps: no due time, no outcome.
  { letter: 'F', no: 1, task: 'Tiếp nhận hồ sơ', from: desk, to: head, started: vn('2026-03-10', '09:00'), handed: vn('2026-03-10', '15:00'), due: null, outcome: null },
];

/** Writes the catalogue, the dossiers, their control sheets and the desk's slips. Needs the demo organisation seeded. */
export async function writeStatisticsScenario(db: DataSource): Promise<void> {
  const procedures = Object.entries(STATS_PROCEDURE) as Array<[keyof typeof STATS_PROCEDURE, string]>;
  for (const [key, code] of procedures) {
    await db.query(
      `INSERT INTO rm_procedures (code, name, field_code, search_text, registered_at, registered_by, last_position) VALUES ($1, $2, $3, '', now(), $4, 0)`,
      [code, NAME[key], FIELD[key], desk],
    );
    await db.query(
      `INSERT INTO rm_procedure_versions (code, version, effective_from, publishing_decision, legal_basis, required_items, statutory_days, cutoff_hour,
         online_level, result_type, supplement_policy, steps, drafted_at, drafted_by, last_position)
       VALUES ($1, 1, '2025-07-01', '125/QĐ-UBND', '[]', '[]', 10, 15, $2, 'Quyết định', 'restart', '[]', now(), $3, 0)`,
      [code, ONLINE_LEVEL[key], desk],
    );
  }
  const columns = [
    'id', 'code', 'procedure_code', 'procedure_name', 'procedure_version', 'field_code', 'handling_unit_id', 'applicant_name', 'channel', 'online', 'received_at',
    'received_on', 'due', 'new_due', 'status', 'result_at_desk_at', 'classification', 'supplement_requests', 'supplement_requested_at', 'apologies',
    'apology_issued_late', 'fee_assessed_vnd', 'fee_paid_vnd', 'payment_method', 'digitised_items', 'satisfaction_score', 'stopped_at', 'withdrawn_at',
  ];
  const filler = await fillerColumns(db, 'rm_dossiers', columns);
  for (const d of DOSSIERS) {
    const at = (day: string | undefined) => (day ? vn(day, '09:00') : null);
    const values = [
      STATS_DOSSIER[d.letter], `VPUBND-${d.receivedOn.slice(2).replace(/-/g, '')}-00${d.letter.charCodeAt(0)}`, STATS_PROCEDURE[d.procedure], NAME[d.procedure], 1,
      FIELD[d.procedure], d.unit ? departmentId(d.unit) : null, 'Người nộp', d.online ? 'online' : 'direct', d.online ?? false, at(d.receivedOn), d.receivedOn, d.due,
      d.newDue ?? null, d.status ?? 'in_progress', at(d.resultAtDesk), d.classification ?? null, d.supplementRequests ?? 0, at(d.supplementRequestedOn),
      d.apologies ?? 0, false, d.feeVnd ?? null, d.feeVnd ?? null, d.paymentMethod ?? null, d.digitised ?? 0, d.satisfaction ?? null, at(d.stopped), at(d.withdrawn),
    ];
    await db.query(
      `INSERT INTO rm_dossiers (${[...columns, ...filler.names].join(', ')}) VALUES (${[...values.map((_, i) => `$${i + 1}`), ...filler.values].join(', ')})`,
      values,
    );
  }
  for (const [position, h] of HANDOVERS.entries()) {
    await db.query(
      `INSERT INTO rm_dossier_handovers (dossier_id, position, event_type, step_no, task, from_user_id, to_user_id, started_at, handed_at, due_at, outcome, calendar_version)
       VALUES ($1, $2, 'DossierTransferred', $3, $4, $5, $6, $7, $8, $9, $10, 'VN 2026.1')`,
      [STATS_DOSSIER[h.letter], position, h.no, h.task, h.from, h.to, h.started, h.handed, h.due, h.outcome],
    );
  }
  const slips: Array<[string, 'refusal' | 'supplement_request', keyof typeof STATS_PROCEDURE, string]> = [
    ['5b000000-0000-4000-8000-000000000001', 'refusal', 'investment', '2026-03-04'],
    ['5b000000-0000-4000-8000-000000000002', 'supplement_request', 'school', '2026-03-05'],
    ['5b000000-0000-4000-8000-000000000003', 'refusal', 'building', '2026-02-27'],
  ];
  for (const [id, kind, procedure, day] of slips) {
    await db.query(
      `INSERT INTO rm_receptions (id, kind, slip_number, procedure_code, procedure_name, rule_set, applicant_name, officer_id, at, on_day, last_position)
       VALUES ($1, $2, '01', $3, $4, 'nd118-2025', 'Người nộp', $5, $6, $7, 0)`,
      [id, kind, STATS_PROCEDURE[procedure], NAME[procedure], desk, vn(day, '10:00'), day],
    );
  }
}
