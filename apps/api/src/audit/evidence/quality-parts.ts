import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { HashedOutput, type ListedFile, type PackedFile } from '@office/audit';
import {
  INTERNAL_AUDIT_STATUS_LABELS, LEGAL_CHANGE_STATUS_LABELS, localDateOf, NONCONFORMITY_STATUS_LABELS, stepLimitWording, type InternalProcessStep, type LocalDate, type Organisation,
} from '@office/domain';
import {
  DossierStatisticsQueries, DossierStepComplianceQueries, Index766Queries, QualityObjectivesQueries, QualityPeriodQueries, rateOf, SelfCheckQueries,
  type DayPeriod, type DossierStatistics, type DossierStepCompliance, type Indicator766, type QualityObjectivesAnswer, type QualityPeriodRecords, type SelfCheckAnswer,
} from '@office/read-models';
import type { DataSource } from 'typeorm';
import { csvCell, UTF8_BOM, vietnameseDate } from '../../read-models/registers/register-csv';
import { SYSTEM_ACTOR_ID } from '../../documents/numbering/number-reconciler';

/** One CSV of the quality system in the pack: a file name, its title in the summary, its header and its rows. */
export interface QualityPart {
  name: string;
  title: string;
  headers: readonly string[];
  rows: Iterable<ReadonlyArray<string | number | null>>;
}

/** Satisfaction of the 766 panel, month by month (the panel is monthly). */
export interface SatisfactionMonth {
  month: string;
  indicators: Indicator766[];
}

/** What the quality parts are made of: the quality registers, the one-stop figures and the 766 satisfaction of the period. */
export interface QualityFigures {
  records: QualityPeriodRecords;
  procedures: DossierStatistics;
  dossierSteps: DossierStepCompliance[];
  satisfaction: SatisfactionMonth[];
  /** The TT 26 Art. 36 self-check list and the quality objectives of every year the period touches. */
  selfChecks: SelfCheckAnswer[];
  objectives: QualityObjectivesAnswer[];
}

/** The figures of the quality parts for a period; the December report reads the same. */
export async function qualityFiguresOf(dataSource: DataSource, clock: () => Date, period: DayPeriod): Promise<QualityFigures> {
  const years: number[] = [];
  for (let year = Number(period.from.slice(0, 4)); year <= Number(period.to.slice(0, 4)); year += 1) years.push(year);
  const selfCheck = new SelfCheckQueries(dataSource, clock);
  const objectives = new QualityObjectivesQueries(dataSource, clock);
  const [records, procedures, dossierSteps, satisfaction, selfChecks, yearly] = await Promise.all([
    new QualityPeriodQueries(dataSource, clock).records(period),
    new DossierStatisticsQueries(dataSource, clock).statistics(period, 'procedure'),
    new DossierStepComplianceQueries(dataSource, clock).steps(period),
    satisfactionOf(new Index766Queries(dataSource, clock), period),
    Promise.all(years.map((year) => selfCheck.selfCheck(year))),
    Promise.all(years.map((year) => objectives.objectives(year))),
  ]);
  return { records, procedures, dossierSteps, satisfaction, selfChecks, objectives: yearly };
}

/** The 766 panel is monthly: every month the period touches, in order. */
async function satisfactionOf(panel: Index766Queries, period: DayPeriod): Promise<SatisfactionMonth[]> {
  const months: string[] = [];
  for (let month = period.from.slice(0, 7); month <= period.to.slice(0, 7); ) {
    months.push(month);
    const [y, m] = month.split('-').map(Number);
    month = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  }
  const panels = await Promise.all(months.map((month) => panel.panel(month)));
  return panels.map((p) => ({ month: p.month, indicators: p.indicators }));
}

/** The register's field column for an internal process of the office, which belongs to no field of procedures. */
const INTERNAL_PROCESS_FIELD = 'Quy trình nội bộ';
/** Who approved a version the system seeded (QT-VB-01 version 1, the rules the office already worked by). */
const SEEDED_BY = 'Hệ thống (quy trình ban đầu)';

/** An internal process's limits in the register's time column: a line per step, worded as the compliance table words it. */
export function stepLimits(steps: readonly InternalProcessStep[]): string {
  return steps.map((s) => `${s.task}: ${stepLimitWording(s)}`).join('\n');
}

const CLOCK_LABELS: Record<string, string> = { pending: 'trong hạn', due_soon: 'sắp đến hạn', overdue: 'quá hạn', on_time: 'đúng hạn', late: 'trễ hạn' };
const SOURCE_LABELS: Record<string, string> = { audit: 'đánh giá nội bộ', complaint: 'phản ánh, khiếu nại', kpi: 'hồ sơ, bước trễ hạn', inspection: 'thanh tra, kiểm tra' };
const OBJECTIVE_LABELS: Record<string, string> = { met: 'đạt', not_met: 'không đạt', no_data: 'chưa có số liệu' };
const SELF_CHECK_LABELS: Record<string, string> = { met: 'đạt', partly: 'đạt một phần', not_met: 'không đạt' };
const REVIEW_STATUS = { held: 'đã họp, chờ xác nhận hiệu lực', confirmed: 'đã xác nhận hiệu lực' } as const;
const rate = (value: number | null) => (value === null ? '' : (Math.round(value * 10_000) / 100).toFixed(2));
const dayOf = (instant: string | null | undefined) => (instant ? vietnameseDate(localDateOf(new Date(instant))) : '');

/** Names people by their full name, falling back to the id of someone no longer in the directory. */
export function peopleOf(organisation: Organisation): (id: string | null | undefined) => string {
  const names = new Map(organisation.users.map((u) => [u.id, u.fullName]));
  return (id) => (id ? (names.get(id) ?? id) : '');
}

/**
 * The parts of issue #12 item 7, in the order the summary lists them. Each is a pure view of the
 * figures: the unit tests read them without a database.
 */
export function qualityParts(f: QualityFigures, organisation: Organisation): QualityPart[] {
  const who = peopleOf(organisation);
  const { records } = f;
  const procedureName = new Map(records.processes.map((p) => [p.code, p.name]));
  return [
    {
      name: 'so-theo-doi-quy-trinh.csv',
      title: 'Sổ theo dõi quy trình (phiên bản có hiệu lực trong kỳ)',
      headers: ['Mã thủ tục', 'Tên thủ tục', 'Lĩnh vực', 'Phiên bản', 'Hiệu lực từ', 'Hiệu lực đến', 'Thời hạn (ngày làm việc)', 'Quyết định công bố', 'Phê duyệt: số quyết định',
        'Phê duyệt: người', 'Phê duyệt: ngày', 'Căn cứ pháp lý', 'Thay đổi văn bản pháp luật', 'Số ngày trễ (thời hạn 3 tháng)'],
      rows: records.processes.map((p) => [
        p.code, p.name, p.fieldCode, p.version, vietnameseDate(p.effectiveFrom), vietnameseDate(p.effectiveTo), p.statutoryDays, p.publishingDecision, p.approval.decisionRef,
        who(p.approval.by), dayOf(p.approval.at), p.legalBasis.join('; '),
        p.legalChanges.map((c) => `${c.docSymbol} (hiệu lực ${vietnameseDate(c.effectiveFrom)}, hạn ${vietnameseDate(c.dueOn)}: ${CLOCK_LABELS[c.state]})`).join('; '),
        p.legalChanges.reduce((most, c) => Math.max(most, c.daysLate), 0),
      ]).concat(records.internalProcesses.map((p) => [
        p.code, p.name, INTERNAL_PROCESS_FIELD, p.version, vietnameseDate(p.effectiveFrom), vietnameseDate(p.effectiveTo), stepLimits(p.steps), p.publishingDecision,
        p.approval.decisionRef, p.approval.by === SYSTEM_ACTOR_ID ? SEEDED_BY : who(p.approval.by), dayOf(p.approval.at), [...p.legalBasis, ...p.steps.map((s) => `${s.task}: ${s.basis}`)].join('; '), '', 0,
      ])),
    },
    {
      name: 'hieu-qua-thu-tuc.csv',
      title: 'Kết quả giải quyết theo thủ tục',
      headers: ['Mã thủ tục', 'Tên thủ tục', 'Tiếp nhận (kỳ trước chuyển sang)', 'Tiếp nhận mới', 'Đã giải quyết', 'Trước hạn', 'Đúng hạn', 'Trễ hạn', 'Đang giải quyết',
        'Đang giải quyết, quá hạn', 'Tỉ lệ trước và đúng hạn (%)'],
      rows: [...f.procedures.groups, { key: null, name: 'Tổng cộng', ...f.procedures.totals }].map((g) => [
        g.key ?? '', g.name, g.received.carriedOver, g.received.newOnline + g.received.newDirectOrPost, g.resolved.total, g.resolved.early, g.resolved.onTime, g.resolved.late,
        g.inProgress.total, g.inProgress.overdue, rate(g.onTimeRate),
      ]),
    },
    {
      name: 'hieu-qua-buoc-ho-so.csv',
      title: 'Tuân thủ thời hạn từng bước (hồ sơ thủ tục hành chính)',
      headers: ['Bước', 'Công việc', 'Số lần chuyển', 'Trước hạn', 'Đúng hạn', 'Trễ hạn', 'Không tính thời gian', 'Tỉ lệ trước và đúng hạn (%)', 'Trung vị (ngày làm việc)', 'Phân vị 90 (ngày làm việc)'],
      rows: f.dossierSteps.map((s) => [s.no, s.task, s.count, s.early, s.onTime, s.late, s.untimed, rate(s.onTimeRate), s.medianWorkingDays, s.p90WorkingDays]),
    },
    {
      name: 'so-cap-nhat-van-ban-phap-luat.csv',
      title: 'Sổ theo dõi cập nhật văn bản pháp luật',
      headers: ['Số, ký hiệu', 'Trích yếu', 'Ngày ban hành', 'Ngày có hiệu lực', 'Thủ tục bị tác động', 'Tình trạng', 'Đánh giá tác động', 'Cập nhật vào (thủ tục/phiên bản, ngày phê duyệt)',
        'Hạn cập nhật (3 tháng)', 'Ngày hoàn thành', 'Thời hạn', 'Số ngày trễ'],
      rows: records.legalChanges.map((c) => [
        c.docSymbol, c.excerpt, vietnameseDate(c.issuedOn), vietnameseDate(c.effectiveFrom), c.procedureCodes.join('; '), LEGAL_CHANGE_STATUS_LABELS[c.status],
        c.assessment ? `${c.assessment.impact === 'none' ? 'không phải cập nhật' : 'phải cập nhật'}: ${c.assessment.note}` : '',
        c.incorporations.map((i) => `${i.procedureCode} v${i.version} (${vietnameseDate(i.approvedOn)})`).join('; '),
        vietnameseDate(c.dueOn), vietnameseDate(c.doneOn), CLOCK_LABELS[c.clockState], c.daysLate,
      ]),
    },
    {
      name: 'danh-gia-noi-bo.csv',
      title: 'Đánh giá nội bộ',
      headers: ['Năm', 'Tên cuộc đánh giá', 'Ngày dự kiến', 'Thủ tục được đánh giá', 'Đoàn đánh giá', 'Phê duyệt kế hoạch', 'Ngày đánh giá', 'Số câu hỏi kiểm tra', 'Không phù hợp trong danh mục',
        'Kết luận', 'Số phát hiện', 'Tình trạng', 'Ngày kết thúc'],
      rows: records.audits.map((a) => [
        a.year, a.title, vietnameseDate(a.plannedOn), a.procedureCodes.join('; '), a.auditorIds.map(who).join('; '), a.approval ? `${a.approval.decisionRef} (${dayOf(a.approval.at)})` : '',
        vietnameseDate(a.conductedOn), a.checklist.length, a.checklist.filter((c) => c.result === 'nonconform').length, a.report?.summary ?? '', a.report?.findings.length ?? '',
        INTERNAL_AUDIT_STATUS_LABELS[a.status], dayOf(a.closing?.at),
      ]),
    },
    {
      name: 'khong-phu-hop-khac-phuc.csv',
      title: 'Sổ theo dõi điểm không phù hợp và hành động khắc phục',
      headers: ['Ngày ghi nhận', 'Nguồn', 'Tham chiếu', 'Điều khoản', 'Mức độ', 'Thủ tục', 'Mô tả', 'Khắc phục tức thời', 'Nguyên nhân gốc', 'Hành động khắc phục', 'Người thực hiện',
        'Hạn', 'Đã thực hiện', 'Kiểm tra hiệu lực', 'Tình trạng', 'Ngày đóng'],
      rows: records.nonconformities.map((nc) => {
        const action = nc.actions[nc.actions.length - 1];
        const verified = action?.verification;
        return [
          dayOf(nc.raisedAt), SOURCE_LABELS[nc.source] ?? nc.source, nc.sourceRef, nc.clause, nc.severity === 'major' ? 'nặng' : 'nhẹ',
          nc.procedureCode ? `${nc.procedureCode}${procedureName.has(nc.procedureCode) ? ` ${procedureName.get(nc.procedureCode)}` : ''}` : '', nc.description, nc.correction?.correction ?? '',
          nc.rootCause?.rootCause ?? '', action?.action ?? '', who(action?.ownerId), vietnameseDate(action?.dueOn ?? null), dayOf(action?.implemented?.at),
          verified ? `${verified.effective ? 'có hiệu lực' : 'không hiệu lực'} (${dayOf(verified.at)}): ${verified.note}` : '', NONCONFORMITY_STATUS_LABELS[nc.status], dayOf(nc.closing?.at),
        ];
      }),
    },
    {
      name: 'xem-xet-lanh-dao.csv',
      title: 'Biên bản xem xét của lãnh đạo',
      headers: ['Năm', 'Ngày họp', 'Chủ trì', 'Đầu vào', 'Quyết định', 'Tình trạng', 'Xác nhận hiệu lực (người, ngày)', 'Ý kiến'],
      rows: records.reviews.map((r) => [
        r.year, vietnameseDate(r.heldOn), who(r.chairId), r.inputs.map((i) => `${i.topic}: ${i.summary}`).join('\n'), r.decisions.join('\n'), REVIEW_STATUS[r.status],
        r.confirmation ? `${who(r.confirmation.by)}, ${dayOf(r.confirmation.at)}` : '', r.confirmation?.note ?? '',
      ]),
    },
    {
      name: 'cong-bo-phu-hop.csv',
      title: 'Công bố hệ thống quản lý chất lượng phù hợp',
      headers: ['Số quyết định', 'Ngày công bố', 'Người ký', 'Thủ tục trong phạm vi', 'Thông báo (nơi nhận, số văn bản, ngày)', 'Niêm yết (ngày, trang thông tin)'],
      rows: records.declarations.map((d) => [
        d.decisionNo, vietnameseDate(d.declaredOn), who(d.by), d.procedureCodes.join('; '),
        d.notice ? `${d.notice.recipient}, ${d.notice.docRef}, ${vietnameseDate(d.notice.notifiedOn)}` : '',
        d.posting ? `${vietnameseDate(d.posting.postedOn)}${d.posting.websiteUrl ? `, ${d.posting.websiteUrl}` : ''}` : '',
      ]),
    },
    {
      name: 'muc-do-hai-long.csv',
      title: 'Mức độ hài lòng (Bộ chỉ số 766)',
      headers: ['Tháng', 'Chỉ số', 'Tử số', 'Mẫu số', 'Giá trị'],
      rows: f.satisfaction.flatMap((m) => m.indicators.filter((i) => i.group === 'satisfaction').map((i) => [
        `${m.month.slice(5)}/${m.month.slice(0, 4)}`, i.name, i.numerator, i.denominator, i.value === null ? '' : i.key === 'satisfaction.mean_score' ? i.value.toFixed(2) : rate(i.value),
      ])),
    },
    {
      name: 'muc-tieu-chat-luong.csv',
      title: 'Chính sách và mục tiêu chất lượng, đo từ nhật ký',
      headers: ['Năm', 'Mã', 'Mục tiêu', 'Chỉ số', 'Chỉ tiêu', 'Tử số', 'Mẫu số', 'Kết quả', 'Đơn vị', 'Đánh giá', 'Căn cứ số liệu'],
      rows: f.objectives.flatMap((y) => y.objectives.map((o) => [
        y.year, o.code, o.text, o.indicatorName, o.target, o.measured.numerator, o.measured.denominator, o.measured.value, o.unit === 'percent' ? '%' : 'điểm', OBJECTIVE_LABELS[o.status], o.basis,
      ])),
    },
    {
      name: 'tu-kiem-tra.csv',
      title: 'Danh mục tự kiểm tra (Điều 36 Thông tư 26/2014/TT-BKHCN)',
      headers: ['Năm', 'Điểm', 'Nội dung', 'Căn cứ', 'Kết quả', 'Trả lời từ nhật ký', 'Minh chứng', 'Liên kết'],
      rows: f.selfChecks.flatMap((y) => y.points.map((p) => [
        y.year, p.key, p.title, p.source, SELF_CHECK_LABELS[p.status], p.answeredFromLog ? 'có' : 'không (minh chứng ngoài hệ thống)', p.evidence.summary, p.links.map((l) => `${l.text}: ${l.href}`).join('\n'),
      ])),
    },
  ];
}

/** A part as the CSV the pack holds (UTF-8 with BOM, CRLF), written a row at a time through the hashing stream. */
export async function writePart(dir: string, part: QualityPart): Promise<{ file: PackedFile; rows: number }> {
  const out = new HashedOutput(part.name, join(dir, part.name));
  await out.write(UTF8_BOM + part.headers.map(csvCell).join(',') + '\r\n');
  let rows = 0;
  for (const row of part.rows) {
    await out.write(row.map(csvCell).join(',') + '\r\n');
    rows += 1;
  }
  return { file: await out.finished(), rows };
}

/** The headline figures of the ISO summary and the December report, from the same figures as the parts. */
export interface QualityHeadline {
  dossiersOnTimeRate: number | null;
  dossierStepsOnTimeRate: number | null;
  documentStepsOnTimeRate: number | null;
  openNonconformities: number;
  legalChangesOverdue: number;
  legalChangesLate: number;
  legalChangesOnTime: number;
  actionsOverdue: number;
}

export function qualityHeadline(f: QualityFigures, documentSteps: ReadonlyArray<{ onTime: number; late: number }>, asOf: LocalDate): QualityHeadline {
  const sum = <T>(items: readonly T[], of: (item: T) => number) => items.reduce((n, item) => n + of(item), 0);
  const steps = f.dossierSteps;
  const open = f.records.nonconformities.filter((nc) => nc.status !== 'closed');
  return {
    dossiersOnTimeRate: f.procedures.totals.onTimeRate,
    dossierStepsOnTimeRate: rateOf(sum(steps, (s) => s.early + s.onTime), sum(steps, (s) => s.early + s.onTime + s.late)),
    documentStepsOnTimeRate: rateOf(sum(documentSteps, (s) => s.onTime), sum(documentSteps, (s) => s.onTime + s.late)),
    openNonconformities: open.length,
    legalChangesOverdue: f.records.legalChanges.filter((c) => c.clockState === 'overdue').length,
    legalChangesLate: f.records.legalChanges.filter((c) => c.clockState === 'late').length,
    legalChangesOnTime: f.records.legalChanges.filter((c) => c.clockState === 'on_time').length,
    actionsOverdue: open.filter((nc) => nc.status === 'action_planned' && nc.actions[nc.actions.length - 1].dueOn < asOf).length,
  };
}

/**
 * The digest the ISO summary prints: SHA-256 of `sha256  name` lines (the sha256sum format) of
 * every file listed before it, in the manifest's order. The summary cannot print the hash of a
 * manifest that lists the summary's own hash; this digest is recomputed from the manifest alone.
 */
export function filesDigest(files: readonly ListedFile[]): string {
  const sha = createHash('sha256');
  for (const f of files) sha.update(`${f.sha256}  ${f.name}\n`);
  return sha.digest('hex');
}
