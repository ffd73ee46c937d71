import {
  localDateOf, ncProposalDescription, ncProposalKey, notFound, parseNcProposalKey,
  type DecidedNcProposal, type LocalDate, type NcProposalStatus, type NcProposalStep, type NcProposalSubject, type NonconformitySeverity,
} from '@office/domain';
import type { DataSource } from 'typeorm';
import { calendarInForce } from '../../calendar/calendar-in-force';
import { dossierClassificationSql } from '../../onestop/dossiers/dossier-visibility';
import { Sql } from '../../sql/sql';

/** One proposal as the ISO secretary's list shows it: what was late and, once decided, what became of it. */
export interface NcProposalAnswer {
  key: string;
  status: NcProposalStatus;
  subject: NcProposalSubject;
  /** The NC's description: the proposed one while open, the one raised once accepted. */
  description: string;
  nonconformityId: string | null;
  severity: NonconformitySeverity | null;
  reason: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
}

/** Open proposals served at once, the most recent due dates first (a year of late steps would be thousands). */
export const NC_PROPOSALS_LIMIT = 200;

interface CandidateRecord {
  key: string;
  kind: 'dossier' | 'step';
  ref: string;
  step: NcProposalStep | null;
  label: string | null;
  procedure_code: string | null;
  procedure_name: string | null;
  due: LocalDate;
  done_on: LocalDate | null;
  days_late: number | null;
}

/**
 * Nonconformities proposed from performance figures (DOMAIN.md §7, research §B): every dossier
 * finished late or overdue (as `dossiers.v1` classifies it today) and every step of the document
 * process done late or overdue (`process-steps.v1`), whose key has no decision yet in
 * `quality-nc-proposals.v1`. Decided ones are served from there, as the domain folded them.
 */
export class NcProposalQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  private today(): LocalDate {
    return localDateOf(this.clock());
  }

  /** `open` (the default): late and undecided, with `total` beyond the limit; `accepted` or `dismissed`: decided, latest first. */
  async list(status: NcProposalStatus = 'open'): Promise<{ items: NcProposalAnswer[]; total: number }> {
    if (status !== 'open') {
      const rows: Array<{ state: DecidedNcProposal }> = await this.dataSource.query(`SELECT state FROM rm_quality_nc_proposals WHERE status = $1 ORDER BY decided_at DESC, key`, [status]);
      return { items: rows.map((row) => decidedAnswer(row.state)), total: rows.length };
    }
    const today = this.today();
    const sql = new Sql();
    const rows: Array<CandidateRecord & { total: number }> = await this.dataSource.query(
      `SELECT c.*, count(*) OVER ()::int AS total FROM (${this.candidates(sql, today)}) c
        WHERE NOT EXISTS (SELECT 1 FROM rm_quality_nc_proposals p WHERE p.key = c.key)
        ORDER BY c.due DESC, c.key LIMIT ${NC_PROPOSALS_LIMIT}`,
      sql.params,
    );
    return { items: rows.map((row) => openAnswer(subjectOf(row, today))), total: rows[0]?.total ?? 0 };
  }

  /** How many proposals wait for the secretary (the queue's count). */
  async openCount(): Promise<number> {
    const sql = new Sql();
    const [{ n }]: Array<{ n: number }> = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM (${this.candidates(sql, this.today())}) c WHERE NOT EXISTS (SELECT 1 FROM rm_quality_nc_proposals p WHERE p.key = c.key)`,
      sql.params,
    );
    return n;
  }

  /**
   * What the key names, if it is late today (decided or not: the decider refuses a second
   * decision); 404 for a key that names nothing late.
   */
  async subject(key: string): Promise<NcProposalSubject> {
    const named = parseNcProposalKey(key);
    if (named) {
      const today = this.today();
      const sql = new Sql();
      const [row]: CandidateRecord[] = await this.dataSource.query(`SELECT * FROM (${this.candidates(sql, today, named)}) c`, sql.params);
      if (row) return subjectOf(row, today);
    }
    throw notFound(`Không có hồ sơ hoặc bước xử lý trễ hạn nào ứng với đề xuất ${key}`, 'key');
  }

  /** The late dossiers and steps (all of them, or the one a key names), as rows of one shape. */
  private candidates(sql: Sql, today: LocalDate, only?: ReturnType<typeof parseNcProposalKey>): string {
    const day = `${sql.p(today)}::date`;
    const dossiers = `SELECT 'dossier.' || d.id AS key, 'dossier' AS kind, d.id::text AS ref, NULL::text AS step, d.code AS label, d.procedure_code, d.procedure_name,
        d.due::text AS due, CASE WHEN d.classification = 'late' THEN (d.result_at_desk_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date::text END AS done_on, NULL::int AS days_late
      FROM rm_dossiers d
      WHERE d.code IS NOT NULL AND ${dossierClassificationSql(day)} IN ('late', 'overdue')${only?.kind === 'dossier' ? ` AND d.id = ${sql.p(only.dossierId)}::uuid` : ''}`;
    // A confidential document's excerpt is not for the quality registers: the step shows without it.
    const steps = `SELECT 'step.' || s.document_id || '.' || s.step, 'step', s.document_id::text, s.step::text, CASE WHEN s.restricted THEN NULL ELSE ds.excerpt END, NULL, NULL,
        s.due::text, s.done_on::text, s.days_late
      FROM rm_process_steps s LEFT JOIN rm_document_summaries ds ON ds.id = s.document_id
      WHERE (s.state = 'late' OR (s.done_at IS NULL AND s.due < ${day}))${only?.kind === 'step' ? ` AND s.document_id = ${sql.p(only.documentId)}::uuid AND s.step = ${sql.p(only.step)}` : ''}`;
    if (only?.kind === 'dossier') return dossiers;
    if (only?.kind === 'step') return steps;
    return `${dossiers} UNION ALL ${steps}`;
  }
}

/** Working days past the due day: to the day it was done, or to today while it is open. */
function subjectOf(row: CandidateRecord, today: LocalDate): NcProposalSubject {
  const daysLate = row.days_late ?? calendarInForce().workingDaysBetween(row.due, row.done_on ?? today);
  const timing = { due: row.due, doneOn: row.done_on, daysLate };
  if (row.kind === 'dossier') return { kind: 'dossier', dossierId: row.ref, code: row.label!, procedureCode: row.procedure_code!, procedureName: row.procedure_name, ...timing };
  return { kind: 'step', documentId: row.ref, step: row.step!, excerpt: row.label, ...timing };
}

function openAnswer(subject: NcProposalSubject): NcProposalAnswer {
  return { key: ncProposalKey(subject), status: 'open', subject, description: ncProposalDescription(subject), nonconformityId: null, severity: null, reason: null, decidedBy: null, decidedAt: null };
}

function decidedAnswer(state: DecidedNcProposal): NcProposalAnswer {
  const common = { key: state.key, subject: state.subject, decidedBy: state.decidedBy, decidedAt: state.decidedAt };
  if (state.status === 'accepted') return { ...common, status: 'accepted', description: state.description, nonconformityId: state.nonconformityId, severity: state.severity, reason: null };
  return { ...common, status: 'dismissed', description: ncProposalDescription(state.subject), nonconformityId: null, severity: null, reason: state.reason };
}
