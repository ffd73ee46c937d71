import {
  clockState, daysLate, legalChangeDoneOn, localDateOf,
  type ClockState, type KnownInternalAudit, type KnownLegalChange, type KnownNonconformity, type LocalDate, type ManagementReviewState, type QmsDeclarationState,
} from '@office/domain';
import type { DataSource } from 'typeorm';
import { iso } from '../sql/sql';
import type { DayPeriod } from '../onestop/statistics/dossier-period';
import { InternalProcessQueries, type InternalProcessRegisterLine } from '../process/internal-processes/internal-process.queries';

/** A legal change as it bears on a process version: its clock against the version that took it in. */
export interface LegalChangeOnVersion {
  docSymbol: string;
  effectiveFrom: LocalDate;
  dueOn: LocalDate;
  state: ClockState;
  daysLate: number;
}

/** One line of the process register (sổ theo dõi quy trình): an approved version in force on some day of the period. */
export interface ProcessRegisterLine {
  code: string;
  name: string;
  fieldCode: string;
  version: number;
  effectiveFrom: LocalDate;
  effectiveTo: LocalDate | null;
  statutoryDays: number;
  approval: { by: string; at: string; decisionRef: string };
  publishingDecision: string;
  legalBasis: string[];
  /** Changes incorporated into this version, and those still open that affect the procedure. */
  legalChanges: LegalChangeOnVersion[];
}

type Id<S> = { id: string } & S;
export type PeriodLegalChange = Id<KnownLegalChange> & { doneOn: LocalDate | null; clockState: ClockState; daysLate: number };
export type PeriodReview = Id<Exclude<ManagementReviewState, { status: 'none' }>>;
export type PeriodDeclaration = Id<Exclude<QmsDeclarationState, { status: 'none' }>>;

/** The quality system's records that bear on a period, for the evidence pack and the December report. */
export interface QualityPeriodRecords {
  period: DayPeriod;
  asOf: LocalDate;
  processes: ProcessRegisterLine[];
  /** The office's internal processes (QT-VB-01…) in force in the period, listed beside the procedures. */
  internalProcesses: InternalProcessRegisterLine[];
  legalChanges: PeriodLegalChange[];
  audits: Array<Id<KnownInternalAudit>>;
  nonconformities: Array<Id<KnownNonconformity>>;
  reviews: PeriodReview[];
  declarations: PeriodDeclaration[];
}

const yearsOf = ({ from, to }: DayPeriod) => ({ first: Number(from.slice(0, 4)), last: Number(to.slice(0, 4)) });

/**
 * Which records of the quality system bear on a period: a version in force on one of its days;
 * a legal change in force by its end and not done before its start; an audit or a review of one
 * of its years; a nonconformity raised by its end and not closed before its start; every
 * declaration made by its end (the one in force is the last). The quality registers are small
 * (dozens of rows a year), so each is read whole; the register of versions is bounded by the
 * catalogue.
 */
export class QualityPeriodQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async records(period: DayPeriod): Promise<QualityPeriodRecords> {
    const asOf = localDateOf(this.clock());
    const { first, last } = yearsOf(period);
    const state = async <S>(sql: string, params: unknown[] = []) =>
      ((await this.dataSource.query(sql, params)) as Array<{ id: string; state: S }>).map((r) => ({ id: r.id, ...r.state }));
    const [changes, audits, nonconformities, reviews, declarations] = await Promise.all([
      state<KnownLegalChange>(`SELECT id, state FROM rm_quality_legal_changes WHERE effective_from <= $1::date ORDER BY effective_from, id`, [period.to]),
      state<KnownInternalAudit>(`SELECT id, state FROM rm_quality_audits WHERE year BETWEEN $1 AND $2 ORDER BY planned_on, id`, [first, last]),
      state<KnownNonconformity>(`SELECT id, state FROM rm_quality_nonconformities WHERE raised_at < (($1::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh') ORDER BY raised_at, id`, [period.to]),
      state<PeriodReview>(`SELECT id, state FROM rm_quality_reviews WHERE year BETWEEN $1 AND $2 ORDER BY held_on, id`, [first, last]),
      state<PeriodDeclaration>(`SELECT id, state FROM rm_quality_declarations WHERE declared_on <= $1::date ORDER BY declared_on, id`, [period.to]),
    ]);
    const legalChanges = changes
      .map((change) => {
        const doneOn = legalChangeDoneOn(change);
        return { ...change, doneOn, clockState: clockState(change.dueOn, doneOn, asOf), daysLate: daysLate(change.dueOn, doneOn, asOf) };
      })
      .filter((change) => change.doneOn === null || change.doneOn >= period.from);
    return {
      period,
      asOf,
      processes: await this.processes(period, changes, asOf),
      internalProcesses: await new InternalProcessQueries(this.dataSource).register(period.from, period.to),
      legalChanges,
      audits,
      nonconformities: nonconformities.filter((nc) => nc.closing === null || localDateOf(new Date(nc.closing.at)) >= period.from),
      reviews,
      declarations,
    };
  }

  private async processes(period: DayPeriod, changes: ReadonlyArray<Id<KnownLegalChange>>, asOf: LocalDate): Promise<ProcessRegisterLine[]> {
    const rows: Array<{
      code: string; name: string; field_code: string; version: number; effective_from: string; effective_to: string | null; statutory_days: number;
      approved_by: string; approved_at: Date; decision_ref: string; publishing_decision: string; legal_basis: string[];
    }> = await this.dataSource.query(
      `SELECT v.code, p.name, p.field_code, v.version, v.effective_from::text, v.effective_to::text, v.statutory_days, v.approved_by, v.approved_at, v.decision_ref,
              v.publishing_decision, v.legal_basis
         FROM rm_procedure_versions v JOIN rm_procedures p ON p.code = v.code
        WHERE v.approved_at IS NOT NULL AND v.effective_from <= $2::date AND (v.effective_to IS NULL OR v.effective_to >= $1::date)
        ORDER BY p.field_code, v.code, v.version`,
      [period.from, period.to],
    );
    return rows.map((r) => ({
      code: r.code, name: r.name, fieldCode: r.field_code, version: r.version, effectiveFrom: r.effective_from, effectiveTo: r.effective_to, statutoryDays: r.statutory_days,
      approval: { by: r.approved_by, at: iso(r.approved_at)!, decisionRef: r.decision_ref },
      publishingDecision: r.publishing_decision, legalBasis: r.legal_basis,
      legalChanges: changes.flatMap((change) => {
        if (!change.procedureCodes.includes(r.code)) return [];
        const into = change.incorporations.find((i) => i.procedureCode === r.code && i.version === r.version);
        const open = change.status === 'registered' || change.status === 'revising';
        const pending = open && !change.incorporations.some((i) => i.procedureCode === r.code) && (r.effective_to === null || r.effective_to >= change.effectiveFrom);
        if (!into && !pending) return [];
        const doneOn = into?.approvedOn ?? null;
        return [{ docSymbol: change.docSymbol, effectiveFrom: change.effectiveFrom, dueOn: change.dueOn, state: clockState(change.dueOn, doneOn, asOf), daysLate: daysLate(change.dueOn, doneOn, asOf) }];
      }),
    }));
  }
}
