import type { DataSource } from 'typeorm';
import { fillerColumns } from './filler-columns';

/** Tasks of the synthetic five-step process, step by step. */
const TASKS = ['Tiếp nhận hồ sơ', 'Phân công xử lý', 'Thẩm định hồ sơ', 'Trình ký', 'Phát hành, trả kết quả'];
const PROCEDURES = 134;

/**
 * Fills the read models with a year of synthetic dossiers for measuring the statistics' SQL at
 * scale (test-only, never in the product): `count` dossiers received evenly over `year`, 134
 * procedures over the organisation's fields, five hand-overs each, and a desk slip for one dossier
 * in twenty. Set-based (INSERT … SELECT generate_series), deterministic (hashes, not random()).
 * Outcomes: 60 % early, 25 % on time, 7 % late, 2 % withdrawn, 1 % stopped, 5 % still open.
 * Needs the organisation seeded (fields and departments).
 */
export async function fillSyntheticDossiers(db: DataSource, count: number, year: number): Promise<void> {
  const fields: Array<{ code: string; department_id: string }> = await db.query('SELECT code, department_id FROM org_fields ORDER BY code');
  const anyone = '00000000-0000-4000-8000-000000000000';
  await db.query(
    `INSERT INTO rm_procedures (code, name, field_code, search_text, registered_at, registered_by, last_position)
     SELECT 'S.' || lpad(p::text, 6, '0'), 'Thủ tục tổng hợp số ' || p, ($1::text[])[1 + p % cardinality($1::text[])], '', now(), $2::uuid, 0
       FROM generate_series(0, ${PROCEDURES - 1}) p`,
    [fields.map((f) => f.code), anyone],
  );
  await db.query(
    `INSERT INTO rm_procedure_versions (code, version, effective_from, publishing_decision, legal_basis, required_items, statutory_days, cutoff_hour,
       online_level, result_type, supplement_policy, steps, drafted_at, drafted_by, last_position)
     SELECT code, 1, '2025-07-01', '1/QĐ-UBND', '[]', '[]', 10, 15, (ARRAY['full', 'partial', 'none'])[1 + abs(hashtext(code)) % 3], 'Quyết định', 'restart', '[]', now(), $1::uuid, 0
       FROM rm_procedures WHERE code LIKE 'S.%'`,
    [anyone],
  );

  const columns = [
    'id', 'code', 'procedure_code', 'procedure_name', 'procedure_version', 'field_code', 'handling_unit_id', 'applicant_name', 'channel', 'online', 'received_at',
    'received_on', 'due', 'status', 'result_at_desk_at', 'classification', 'supplement_requests', 'apologies', 'apology_issued_late', 'fee_assessed_vnd',
    'fee_paid_vnd', 'payment_method', 'digitised_items', 'satisfaction_score', 'stopped_at', 'withdrawn_at', 'last_position',
  ];
  const filler = await fillerColumns(db, 'rm_dossiers', columns);
  // o: the outcome bucket (0–99); r: the other draws. Days in Hà Nội; instants at 8:00 + minutes.
  await db.query(
    `WITH g AS (
       SELECT i, abs(hashtext(i::text || 'o')) % 100 AS o, abs(hashtext(i::text || 'r')) AS r, abs(hashtext(i::text || 's')) AS s,
              make_date($1, 1, 1) + (i * 365 / $2) AS day, 'S.' || lpad((abs(hashtext(i::text || 'p')) % ${PROCEDURES})::text, 6, '0') AS procedure_code
         FROM generate_series(0, $2 - 1) i),
     d AS (
       SELECT g.*, pr.field_code, f.department_id, ((g.day + time '08:00' + (g.r % 540) * interval '1 minute') AT TIME ZONE 'Asia/Ho_Chi_Minh') AS received_at,
              CASE WHEN g.o < 60 THEN 10 WHEN g.o < 85 THEN 14 WHEN g.o < 92 THEN 18 END AS resolved_after
         FROM g JOIN rm_procedures pr ON pr.code = g.procedure_code JOIN org_fields f ON f.code = pr.field_code)
     INSERT INTO rm_dossiers (${[...columns, ...filler.names].join(', ')})
     SELECT md5(i::text)::uuid, 'SYN-' || i, procedure_code, 'Thủ tục tổng hợp', 1, field_code, CASE WHEN o < 98 THEN department_id END, 'Người nộp',
            CASE WHEN r % 10 < 4 THEN 'online' ELSE 'direct' END, r % 10 < 4, received_at, day, day + 14,
            CASE WHEN o < 92 THEN 'returned' WHEN o < 94 THEN 'withdrawn' WHEN o < 95 THEN 'stopped' ELSE 'in_progress' END,
            received_at + resolved_after * interval '1 day', CASE WHEN o < 60 THEN 'early' WHEN o < 85 THEN 'on_time' WHEN o < 92 THEN 'late' END,
            CASE WHEN s % 20 = 0 THEN 1 ELSE 0 END, CASE WHEN o >= 85 AND o < 92 AND s % 2 = 0 THEN 1 ELSE 0 END, false,
            CASE WHEN s % 7 < 2 THEN 50000 END, CASE WHEN s % 7 < 2 THEN 50000 END, CASE WHEN s % 7 < 2 THEN (ARRAY['cash', 'transfer', 'online'])[1 + s % 3] END,
            CASE WHEN s % 10 < 6 THEN 1 ELSE 0 END, CASE WHEN s % 2 = 0 THEN 1 + s % 5 END,
            CASE WHEN o = 94 THEN received_at + interval '5 days' END, CASE WHEN o IN (92, 93) THEN received_at + interval '3 days' END, 0,
            ${filler.values.join(', ')}
       FROM d`,
    [year, count],
  );
  // Five hand-overs a dossier, two days each; one in ten late.
  await db.query(
    `INSERT INTO rm_dossier_handovers (dossier_id, position, event_type, step_no, task, from_user_id, started_at, handed_at, due_at, outcome, calendar_version)
     SELECT d.id, row_number() OVER (), 'DossierTransferred', s, ($1::text[])[s], $2::uuid, d.received_at + (s - 1) * interval '2 days',
            d.received_at + s * interval '2 days' - interval '1 hour', d.received_at + s * interval '2 days',
            CASE WHEN abs(hashtext(d.code || s)) % 10 = 0 THEN 'late' WHEN abs(hashtext(d.code || s)) % 10 < 4 THEN 'early' ELSE 'on_time' END, 'VN 2026.1'
       FROM rm_dossiers d CROSS JOIN generate_series(1, 5) s WHERE d.code LIKE 'SYN-%'`,
    [TASKS, anyone],
  );
  await db.query(
    `INSERT INTO rm_receptions (id, kind, slip_number, procedure_code, procedure_name, rule_set, applicant_name, officer_id, at, on_day, last_position)
     SELECT md5('slip' || i)::uuid, CASE WHEN i % 3 = 0 THEN 'refusal' ELSE 'supplement_request' END, i::text, 'S.' || lpad((i % ${PROCEDURES})::text, 6, '0'),
            'Thủ tục tổng hợp', 'nd118-2025', 'Người nộp', $3::uuid, ((make_date($1, 1, 1) + (i * 20 * 365 / $2)) + time '10:00') AT TIME ZONE 'Asia/Ho_Chi_Minh',
            make_date($1, 1, 1) + (i * 20 * 365 / $2), 0
       FROM generate_series(0, $2 / 20 - 1) i`,
    [year, count, anyone],
  );
  await db.query('ANALYZE rm_procedures, rm_procedure_versions, rm_dossiers, rm_dossier_handovers, rm_receptions');
}
