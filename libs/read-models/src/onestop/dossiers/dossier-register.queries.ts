import { localDateOf, type DossierClassification, type LocalDate } from '@office/domain';
import type { DataSource } from 'typeorm';
import { iso } from '../../sql/sql';
import { dossierClassificationSql } from './dossier-visibility';

/** One line of the Sổ theo dõi hồ sơ (DOMAIN.md §6), in the order of its columns. */
export interface DossierRegisterRow {
  /** STT: the line's number in the period. */
  no: number;
  code: string;
  procedureName: string;
  sets: number | null;
  applicantName: string;
  /** Địa chỉ, số điện thoại. */
  applicantContact: string;
  /** Cơ quan chủ trì giải quyết. */
  handlingUnit: string | null;
  receivedAt: string;
  dueDate: LocalDate;
  /** Ngày chuyển hồ sơ (the first transfer from the desk). */
  transferredAt: string | null;
  resultAtDeskAt: string | null;
  returnedAt: string | null;
  /** Final once the result is at the desk, else as of the read. */
  classification: DossierClassification | null;
  /** Ghi chú: withdrawal, stop, supplement requests, a new date after an apology. */
  note: string;
  /** Ký nhận: who signed for the result. */
  receivedBy: string | null;
}

interface RegisterRecord {
  code: string;
  procedure_name: string;
  sets: number | null;
  applicant_name: string;
  applicant_address: string | null;
  applicant_phone: string | null;
  handling_unit: string | null;
  received_at: Date;
  due: string;
  transferred_at: Date | null;
  result_at_desk_at: Date | null;
  returned_at: Date | null;
  classification: DossierClassification | null;
  withdraw_reason: string | null;
  stop_reason: string | null;
  supplement_requests: number;
  new_due: string | null;
  returned_to: string | null;
}

/** The register of dossiers received in a period (days in Asia/Ho_Chi_Minh, both inclusive), from `dossiers.v1`. */
export class DossierRegisterQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async rows(period: { from: LocalDate; to: LocalDate }): Promise<DossierRegisterRow[]> {
    const records: RegisterRecord[] = await this.dataSource.query(
      `SELECT d.code, d.procedure_name, d.sets, d.applicant_name, d.applicant_address, d.applicant_phone, u.name AS handling_unit, d.received_at,
              d.due::text AS due, d.transferred_at, d.result_at_desk_at, d.returned_at, ${dossierClassificationSql('$3::date')} AS classification,
              d.withdraw_reason, d.stop_reason, d.supplement_requests, to_char(d.new_due, 'DD/MM/YYYY') AS new_due, d.returned_to
         FROM rm_dossiers d LEFT JOIN org_departments u ON u.id = d.handling_unit_id
        WHERE d.received_on BETWEEN $1::date AND $2::date
        ORDER BY d.received_at, d.code`,
      [period.from, period.to, localDateOf(this.clock())],
    );
    return records.map((r, i) => ({
      no: i + 1,
      code: r.code,
      procedureName: r.procedure_name,
      sets: r.sets,
      applicantName: r.applicant_name,
      applicantContact: [r.applicant_address, r.applicant_phone].filter(Boolean).join(' – '),
      handlingUnit: r.handling_unit,
      receivedAt: iso(r.received_at)!,
      dueDate: r.due,
      transferredAt: iso(r.transferred_at),
      resultAtDeskAt: iso(r.result_at_desk_at),
      returnedAt: iso(r.returned_at),
      classification: r.classification,
      note: noteOf(r),
      receivedBy: r.returned_to,
    }));
  }
}

function noteOf(r: RegisterRecord): string {
  const notes: string[] = [];
  if (r.withdraw_reason !== null) notes.push(`Rút hồ sơ: ${r.withdraw_reason}`);
  if (r.stop_reason !== null) notes.push(`Dừng giải quyết: ${r.stop_reason}`);
  if (r.supplement_requests > 0) notes.push(`Yêu cầu bổ sung ${r.supplement_requests} lần`);
  if (r.new_due !== null) notes.push(`Xin lỗi, hẹn lại ngày trả ${r.new_due}`);
  return notes.join('; ');
}
