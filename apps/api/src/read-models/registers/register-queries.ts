import { Inject, Injectable } from '@nestjs/common';
import { findDocumentType, localDateOf } from '@office/domain';
// Module by module, not the package's index: the evidence pack's worker thread loads this without every read model's entities.
import { PROJECTION_NAMES } from '@office/read-models/projection-names';
import { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { CLOCK, type Clock } from '../../commands/clock';
import { ProjectionPositions } from '../projection-positions';
import { iso, Sql } from '../sql';
import { registerRowVisibleSql } from '../viewer';
import { toCsv, vietnameseDate } from './register-csv';

const URGENCY_LABELS: Record<string, string> = { urgent: 'Khẩn', very_urgent: 'Thượng khẩn', flash: 'Hỏa tốc' };
const CONFIDENTIALITY_LABELS: Record<string, string> = { confidential: 'Mật', secret: 'Tối mật', top_secret: 'Tuyệt mật' };
const HIDDEN = 'Văn bản mật: nội dung chỉ hiển thị cho người có thẩm quyền';

export interface RegisterRequest {
  year: number;
  series: 'normal' | 'confidential';
  /** One page in number order; the whole year when absent. */
  page?: { page: number; pageSize: number };
  /** Or the next `count` numbers after `number` (a keyset: a year read slice by slice costs what it costs read at once). */
  after?: { number: number; count: number };
}

/**
 * What narrows the year's rows of `register` (`r` in the query) to a page, a slice after a number,
 * or nothing. A page finds its numbers on the primary key alone, so that only its own rows are
 * read, joined and named, and takes its total from the series' count the projection keeps.
 */
function slice(sql: Sql, register: string, { year, series, page, after }: RegisterRequest): { where: string; limit: string; total: string } {
  if (after) return { where: `AND r.number > ${sql.p(after.number)}`, limit: `LIMIT ${sql.p(after.count)}`, total: '' };
  if (!page) return { where: '', limit: '', total: '' };
  const numbers = `SELECT number FROM ${register} WHERE year = ${sql.p(year)} AND series = ${sql.p(series)}
    ORDER BY number LIMIT ${sql.p(page.pageSize)} OFFSET ${sql.p((page.page - 1) * page.pageSize)}`;
  return { where: `AND r.number IN (${numbers})`, limit: '', total: `, (${totalSql(sql, register, year, series)}) AS total` };
}

/** How many numbers the year's series has in all, from `<register>_totals` (none yet: 0). */
function totalSql(sql: Sql, register: string, year: number, series: string): string {
  return `SELECT coalesce((SELECT numbers FROM ${register}_totals WHERE year = ${sql.p(year)} AND series = ${sql.p(series)}), 0)`;
}

interface IncomingRecord {
  number: number;
  status: 'registered' | 'reserved' | 'voided';
  document_id: string | null;
  received_at: Date | null;
  source_agency: string | null;
  source_symbol: string | null;
  source_issued_date: string | null;
  document_type: string | null;
  excerpt: string | null;
  urgency: string | null;
  confidentiality: string | null;
  department_id: string | null;
  department_name: string | null;
  assignee_id: string | null;
  assignee_name: string | null;
  for_information_names: string[];
  distributed_at: Date | null;
  void_reason: string | null;
  visible: boolean;
}

interface OutgoingRecord {
  number: number;
  status: 'issued' | 'reserved' | 'voided';
  document_id: string | null;
  symbol: string | null;
  issued_at: Date | null;
  document_type: string | null;
  excerpt: string | null;
  signer_id: string | null;
  signer_name: string | null;
  signs_as: string | null;
  /** Thẩm quyền ký (rm_signatures): own, or KT/TM/Q/TUQ/TL with the title signed for. */
  capacity: string | null;
  on_behalf_of_title: string | null;
  recipients: string[] | null;
  copies: number | null;
  responsible_specialist_id: string | null;
  specialist_name: string | null;
  department_code: string | null;
  file_code: string | null;
  void_reason: string | null;
  visible: boolean;
}

const day = (value: Date | null) => (value ? localDateOf(value) : null);

/**
 * Để biết on a register row: the departments, then the people, in the order the leader named them.
 * Most rows told nobody: the names are looked up only for those that did (half a page's time else).
 */
const FOR_INFORMATION_NAMES = `CASE WHEN cardinality(r.for_information_department_ids) + cardinality(r.for_information_user_ids) = 0 THEN '{}'::text[] ELSE ARRAY(
    SELECT x.name FROM (
      SELECT fd.name, 1 AS kind, array_position(r.for_information_department_ids, fd.id) AS n FROM org_departments fd WHERE fd.id = ANY(r.for_information_department_ids)
      UNION ALL
      SELECT fu.full_name, 2, array_position(r.for_information_user_ids, fu.id) FROM org_users fu WHERE fu.id = ANY(r.for_information_user_ids)
    ) x ORDER BY x.kind, x.n) END`;

/** Đơn vị/người nhận as one line: the lead department and its specialist, then "Để biết: …". */
export function recipientText(recipient: { departmentName: string | null; assigneeName: string | null; forInformation: readonly string[] }): string {
  const lead = [recipient.departmentName, recipient.assigneeName].filter(Boolean).join(' – ');
  const told = recipient.forInformation.length ? `Để biết: ${recipient.forInformation.join(', ')}` : '';
  return [lead, told].filter(Boolean).join('; ');
}

/** The registers of ND30 Appendix IV from `incoming-register.v1` and `outgoing-register.v1`. */
@Injectable()
export class RegisterQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly positions: ProjectionPositions,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  thisYear(): number {
    return Number(localDateOf(this.clock()).slice(0, 4));
  }

  async incoming(request: RegisterRequest, viewer: AuthenticatedUser, minPosition?: string) {
    const { year, series } = request;
    const projectedPosition = await this.positions.reached([PROJECTION_NAMES.incomingRegister], minPosition);
    const sql = new Sql();
    const visible = registerRowVisibleSql(sql, viewer, 'r.path', `r.series = 'confidential' OR coalesce(r.confidentiality, 'normal') <> 'normal'`);
    const narrowed = slice(sql, 'rm_incoming_register', request);
    const records: Array<IncomingRecord & { total?: number }> = await this.dataSource.query(
      `SELECT r.number, r.status, r.document_id, r.received_at, r.source_agency, r.source_symbol, r.source_issued_date::text AS source_issued_date,
              r.document_type, r.excerpt, r.urgency, r.confidentiality, r.department_id, dep.name AS department_name, r.assignee_id,
              u.full_name AS assignee_name, ${FOR_INFORMATION_NAMES} AS for_information_names, r.distributed_at, r.void_reason,
              ${visible} AS visible${narrowed.total}
         FROM rm_incoming_register r
         LEFT JOIN org_departments dep ON dep.id = r.department_id
         LEFT JOIN org_users u ON u.id = r.assignee_id
        WHERE r.year = ${sql.p(year)} AND r.series = ${sql.p(series)} ${narrowed.where}
        ORDER BY r.number ${narrowed.limit}`,
      sql.params,
    );
    return { register: 'incoming' as const, year, series, ...(await this.paging('rm_incoming_register', request, records)), rows: records.map(incomingRow), projectedPosition };
  }

  async outgoing(request: RegisterRequest, viewer: AuthenticatedUser, minPosition?: string) {
    const { year, series } = request;
    const projectedPosition = await this.positions.reached([PROJECTION_NAMES.outgoingRegister, PROJECTION_NAMES.signatures], minPosition);
    const sql = new Sql();
    const visible = registerRowVisibleSql(sql, viewer, 'ARRAY[r.issued_by, r.signer_id, r.responsible_specialist_id]', `r.series = 'confidential'`);
    const narrowed = slice(sql, 'rm_outgoing_register', request);
    const records: Array<OutgoingRecord & { total?: number }> = await this.dataSource.query(
      `SELECT r.number, r.status, r.document_id, r.symbol, r.issued_at, r.document_type, r.excerpt, r.signer_id, s.full_name AS signer_name, r.signs_as,
              sig.capacity, sig.on_behalf_of_title, r.recipients, r.copies, r.responsible_specialist_id, sp.full_name AS specialist_name, dep.code AS department_code, r.file_code,
              r.void_reason, ${visible} AS visible${narrowed.total}
         FROM rm_outgoing_register r
         LEFT JOIN org_users s ON s.id = r.signer_id
         LEFT JOIN rm_signatures sig ON sig.document_id = r.document_id
         LEFT JOIN org_users sp ON sp.id = r.responsible_specialist_id
         LEFT JOIN org_departments dep ON dep.id = sp.department_id
        WHERE r.year = ${sql.p(year)} AND r.series = ${sql.p(series)} ${narrowed.where}
        ORDER BY r.number ${narrowed.limit}`,
      sql.params,
    );
    return { register: 'outgoing' as const, year, series, ...(await this.paging('rm_outgoing_register', request, records)), rows: records.map(outgoingRow), projectedPosition };
  }

  /** For a page: which one, and how many numbers the year's series has in all (read on its own only past the last page). */
  private async paging(register: string, { year, series, page }: RegisterRequest, records: ReadonlyArray<{ total?: number }>) {
    if (!page) return {};
    const sql = new Sql();
    const total = records[0]?.total ?? (await this.dataSource.query(`${totalSql(sql, register, year, series)} AS total`, sql.params))[0].total;
    return { page: page.page, pageSize: page.pageSize, total };
  }
}

export type IncomingRow = ReturnType<typeof incomingRow>;
export type OutgoingRow = ReturnType<typeof outgoingRow>;

function incomingNote(r: IncomingRecord): string | null {
  if (r.status === 'voided') return `Số bị hủy: ${r.void_reason ?? ''}`.trim();
  if (r.status === 'reserved') return 'Số đang được cấp, văn bản chưa ghi xong';
  const marks = [URGENCY_LABELS[r.urgency ?? ''], CONFIDENTIALITY_LABELS[r.confidentiality ?? '']].filter(Boolean);
  if (!r.visible) marks.push(HIDDEN);
  return marks.length ? marks.join('; ') : null;
}

/** Ngày đến, số đến, tác giả, số và ký hiệu, ngày văn bản, tên loại và trích yếu, đơn vị/người nhận, ngày chuyển, ký nhận, ghi chú. */
function incomingRow(r: IncomingRecord) {
  const shown = r.visible;
  return {
    number: r.number,
    status: r.status,
    documentId: shown ? r.document_id : null,
    receivedAt: iso(r.received_at),
    receivedOn: day(r.received_at),
    author: shown ? r.source_agency : null,
    symbol: shown ? r.source_symbol : null,
    issuedDate: shown ? r.source_issued_date : null,
    documentType: shown ? r.document_type : null,
    excerpt: shown ? r.excerpt : null,
    recipient: {
      departmentId: r.department_id, departmentName: r.department_name, assigneeId: r.assignee_id, assigneeName: r.assignee_name,
      forInformation: r.for_information_names ?? [],
    },
    forwardedOn: day(r.distributed_at),
    /** Ký nhận: signed on paper by whoever receives it. */
    signature: null,
    note: incomingNote(r),
  };
}

function outgoingNote(r: OutgoingRecord): string | null {
  if (r.status === 'voided') return `Số bị hủy: ${r.void_reason ?? ''}`.trim();
  if (r.status === 'reserved') return 'Số đang được cấp, văn bản chưa phát hành xong';
  const marks = [r.file_code ? `Hồ sơ ${r.file_code}` : null, r.visible ? null : HIDDEN].filter(Boolean);
  return marks.length ? marks.join('; ') : null;
}

/** Số và ký hiệu, ngày, tên loại và trích yếu, người ký, nơi nhận, đơn vị/người nhận bản lưu, số lượng bản, ngày chuyển, ký nhận, ghi chú, chuyên viên chịu trách nhiệm. */
function outgoingRow(r: OutgoingRecord) {
  const shown = r.visible;
  const issuedOn = day(r.issued_at);
  return {
    number: r.number,
    status: r.status,
    documentId: shown ? r.document_id : null,
    symbol: r.symbol,
    issuedAt: iso(r.issued_at),
    issuedOn,
    documentType: r.document_type,
    documentTypeName: r.document_type ? (findDocumentType(r.document_type)?.name ?? r.document_type) : null,
    excerpt: shown ? r.excerpt : null,
    signer: { id: r.signer_id, name: r.signer_name, signsAs: r.signs_as, capacity: r.capacity ?? (r.signer_id ? 'own' : null), onBehalfOfTitle: r.on_behalf_of_title },
    recipients: shown ? r.recipients : null,
    fileCopyKeptBy: r.status === 'issued' ? `Lưu: VT${r.department_code ? `, ${r.department_code}` : ''}` : null,
    copies: r.copies,
    forwardedOn: issuedOn,
    signature: null,
    note: outgoingNote(r),
    responsibleSpecialist: { id: r.responsible_specialist_id, name: r.specialist_name },
  };
}

export const INCOMING_HEADERS = ['Ngày đến', 'Số đến', 'Tác giả', 'Số, ký hiệu', 'Ngày tháng', 'Tên loại và trích yếu nội dung', 'Đơn vị hoặc người nhận', 'Ngày chuyển', 'Ký nhận', 'Ghi chú'];
export const OUTGOING_HEADERS = [
  'Số, ký hiệu văn bản', 'Ngày tháng văn bản', 'Tên loại và trích yếu nội dung văn bản', 'Người ký', 'Nơi nhận văn bản', 'Đơn vị, người nhận bản lưu',
  'Số lượng bản', 'Ngày chuyển', 'Ký nhận', 'Ghi chú', 'Chuyên viên chịu trách nhiệm',
];

const typeAndExcerpt = (type: string | null, excerpt: string | null) => [type, excerpt].filter(Boolean).join(' – ');

/** Người ký with the capacity when not in one's own name: "Trần Quốc Bình (KT. CHỦ TỊCH)". */
export function signerText(signer: { name: string | null; capacity: string | null; onBehalfOfTitle: string | null }): string | null {
  return signer.capacity && signer.capacity !== 'own' && signer.onBehalfOfTitle ? `${signer.name ?? ''} (${signer.capacity}. ${signer.onBehalfOfTitle})` : signer.name;
}

export function incomingCsv(rows: readonly IncomingRow[]): string {
  return toCsv(
    INCOMING_HEADERS,
    rows.map((r) => [
      vietnameseDate(r.receivedOn), r.number, r.author, r.symbol, vietnameseDate(r.issuedDate), typeAndExcerpt(r.documentType, r.excerpt),
      recipientText(r.recipient), vietnameseDate(r.forwardedOn), '', r.note,
    ]),
  );
}

export function outgoingCsv(rows: readonly OutgoingRow[]): string {
  return toCsv(
    OUTGOING_HEADERS,
    rows.map((r) => [
      r.symbol ?? r.number, vietnameseDate(r.issuedOn), typeAndExcerpt(r.documentTypeName, r.excerpt), signerText(r.signer), (r.recipients ?? []).join('; '),
      r.fileCopyKeptBy, r.copies, vietnameseDate(r.forwardedOn), '', r.note, r.responsibleSpecialist.name,
    ]),
  );
}
