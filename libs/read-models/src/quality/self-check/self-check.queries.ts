import {
  currentAction, localDateOf, versionCoversDay,
  type KnownInternalAudit, type KnownNonconformity, type LocalDate, type ManagementReviewState, type QmsDeclarationState,
} from '@office/domain';
import type { DataSource } from 'typeorm';
import { InternalProcessQueries } from '../../process/internal-processes/internal-process.queries';
import { QualityMeasures, vnDay, type MeasuredPeriod } from '../objectives/quality-measures';
import { QualityObjectivesQueries, type QualityObjectivesAnswer } from '../objectives/quality-objectives.queries';

export type SelfCheckStatus = 'met' | 'not_met' | 'partly';

export interface SelfCheckLink {
  href: string;
  text: string;
}

export interface SelfCheckPoint {
  key: string;
  /** Where the point comes from: the article and the clause of the research notes. */
  source: string;
  title: string;
  status: SelfCheckStatus;
  /** False when nothing in the log can show it: the secretary brings the evidence from outside the system. */
  answeredFromLog: boolean;
  evidence: { summary: string; counts: Record<string, number>; ids: string[] };
  links: SelfCheckLink[];
}

export interface SelfCheckAnswer {
  year: number;
  period: MeasuredPeriod;
  points: SelfCheckPoint[];
  summary: Record<SelfCheckStatus, number>;
}

type Declaration = Extract<QmsDeclarationState, { status: 'declared' }> & { id: string };
type Review = Exclude<ManagementReviewState, { status: 'none' }> & { id: string };

/** What the points are judged on, read once for the year. */
export interface SelfCheckFacts {
  year: number;
  period: MeasuredPeriod;
  catalogued: string[];
  /** Catalogued procedures with a version approved by the head and in force on `asOf`. */
  approvedInForce: string[];
  /** The office's internal processes (QT-VB-01, QT-VB-02, …), each with whether an approved version is in force on `asOf`. */
  internalProcesses: Array<{ code: string; inForce: boolean }>;
  /** Declarations up to `asOf`, latest first. */
  declarations: Declaration[];
  reviews: Review[];
  audits: Array<KnownInternalAudit & { id: string }>;
  nonconformities: Array<KnownNonconformity & { id: string }>;
  legalClocks: Awaited<ReturnType<QualityMeasures['legalClocks']>>;
  objectives: QualityObjectivesAnswer;
}

const MAX_IDS = 20;
const point = (status: SelfCheckStatus, summary: string, counts: Record<string, number>, ids: string[], links: SelfCheckLink[]) =>
  ({ status, answeredFromLog: true, evidence: { summary, counts, ids: ids.slice(0, MAX_IDS) }, links: links.slice(0, MAX_IDS) });
/** All, some or none of `n` out of `of` (none of none is all: nothing was due). */
const share = (n: number, of: number): SelfCheckStatus => (n >= of ? 'met' : n > 0 ? 'partly' : 'not_met');
const dayOf = (instant: string | null | undefined): LocalDate | null => (instant ? localDateOf(instant) : null);
const inYear = (facts: SelfCheckFacts, day: LocalDate | null) => day !== null && day >= facts.period.from && day <= facts.period.asOf;
const notRecorded = (summary: string) => ({ status: 'partly' as const, answeredFromLog: false, evidence: { summary, counts: {}, ids: [] }, links: [] });

const ART36 = 'TT 26/2014/TT-BKHCN Điều 36';

/**
 * The self-check list: what the province's inspection examines under TT 26/2014 Art. 36 (the
 * eleven points of research §B.1, which is sourced [SRC]); the fifth point (management review,
 * internal audit and corrective actions) is split in three because each has its own evidence.
 * Each point's evidence is one function of the facts read for the year; where the log records
 * nothing (dissemination of processes, the choice of consultants) the point says so, `partly`,
 * and the secretary brings the evidence.
 */
export const SELF_CHECK_POINTS: ReadonlyArray<{ key: string; title: string; source: string; judge: (facts: SelfCheckFacts) => Omit<SelfCheckPoint, 'key' | 'title' | 'source'> }> = [
  {
    key: 'scope',
    title: 'Phạm vi áp dụng bao gồm toàn bộ thủ tục hành chính của cơ quan',
    source: `${ART36}; QĐ 19/2014/QĐ-TTg Điều 3`,
    judge: (f) => {
      const latest = f.declarations[0];
      if (!latest) return point('not_met', 'Chưa có bản công bố nên chưa xác định phạm vi áp dụng', { catalogued: f.catalogued.length }, [], [{ href: '/danh-muc-tthc', text: 'Danh mục thủ tục hành chính' }]);
      const scope = new Set(latest.procedureCodes);
      const missing = f.catalogued.filter((code) => !scope.has(code));
      return point(
        share(f.catalogued.length - missing.length, f.catalogued.length),
        missing.length ? `Phạm vi công bố ${latest.decisionNo} chưa gồm ${missing.length}/${f.catalogued.length} thủ tục trong danh mục` : `Phạm vi công bố ${latest.decisionNo} gồm đủ ${f.catalogued.length} thủ tục trong danh mục`,
        { catalogued: f.catalogued.length, inScope: f.catalogued.length - missing.length, missing: missing.length },
        missing,
        [{ href: `/iso/cong-bo/${latest.id}`, text: `Quyết định công bố ${latest.decisionNo}` }, { href: '/danh-muc-tthc', text: 'Danh mục thủ tục hành chính' }],
      );
    },
  },
  {
    key: 'dissemination',
    title: 'Phổ biến các quy trình đến cán bộ, công chức',
    source: ART36,
    judge: () => notRecorded('Hệ thống chưa ghi nhận việc phổ biến quy trình: thư ký ISO bổ sung minh chứng (văn bản, danh sách ký nhận)'),
  },
  {
    key: 'processes_approved',
    title: 'Sự phù hợp của hệ thống: quy trình được người đứng đầu phê duyệt và đang có hiệu lực',
    source: `${ART36}; QĐ 19/2014/QĐ-TTg Điều 4.2.a`,
    // The procedures and the office's own processes alike: each needs a version the head approved, in force.
    judge: (f) => {
      const approved = new Set(f.approvedInForce);
      const missing = f.catalogued.filter((code) => !approved.has(code));
      const internal = f.internalProcesses;
      const internalMissing = internal.filter((p) => !p.inForce).map((p) => p.code);
      const all = f.catalogued.length + internal.length;
      const ok = all - missing.length - internalMissing.length;
      return point(
        share(ok, all),
        `${f.catalogued.length - missing.length}/${f.catalogued.length} thủ tục có quy trình được phê duyệt, có hiệu lực ngày ${vnDay(f.period.asOf)}; ` +
          `quy trình nội bộ: ${internal.length - internalMissing.length}/${internal.length}${internal.length ? ` (${internal.map((p) => p.code).join(', ')})` : ''}`,
        {
          catalogued: f.catalogued.length, approvedInForce: f.catalogued.length - missing.length, missing: missing.length,
          internalProcesses: internal.length, internalInForce: internal.length - internalMissing.length,
        },
        [...missing, ...internalMissing],
        [{ href: '/danh-muc-tthc', text: 'Danh mục thủ tục hành chính' }, { href: '/iso#quy-trinh-noi-bo', text: 'Quy trình nội bộ của Văn phòng' }],
      );
    },
  },
  {
    key: 'operation',
    title: 'Việc áp dụng các quy trình: kết quả đo mục tiêu chất lượng',
    source: ART36,
    judge: (f) => {
      const { total, met, notMet, noData } = f.objectives.summary;
      const status: SelfCheckStatus = total === 0 ? 'not_met' : met === total ? 'met' : met > 0 || noData > 0 ? 'partly' : 'not_met';
      const summary = total === 0 ? `Năm ${f.year} chưa đặt mục tiêu chất lượng` : `Đạt ${met}/${total} mục tiêu chất lượng năm ${f.year} (chưa đạt ${notMet}, chưa có số liệu ${noData})`;
      return point(status, summary, { objectives: total, met, notMet, noData }, f.objectives.objectives.map((o) => o.code), [
        { href: '/iso/tu-kiem-tra#muc-tieu', text: 'Mục tiêu chất lượng' }, { href: '/iso', text: 'Tuân thủ quy trình' }, { href: '/thong-ke-mot-cua', text: 'Thống kê một cửa' },
      ]);
    },
  },
  {
    key: 'internal_audit',
    title: 'Đánh giá nội bộ ít nhất một lần trong năm',
    source: `${ART36}; QĐ 19/2014/QĐ-TTg Điều 4.4.b`,
    judge: (f) => {
      const done = f.audits.filter((a) => a.status === 'reported' || a.status === 'closed');
      const status: SelfCheckStatus = done.length ? 'met' : f.audits.length ? 'partly' : 'not_met';
      return point(status, done.length ? `${done.length} cuộc đánh giá nội bộ đã báo cáo trong năm ${f.year}` : f.audits.length ? `${f.audits.length} cuộc đánh giá đã lập kế hoạch, chưa báo cáo` : `Năm ${f.year} chưa có cuộc đánh giá nội bộ`,
        { planned: f.audits.length, reported: done.length }, f.audits.map((a) => a.id), f.audits.map((a) => ({ href: `/iso/danh-gia-noi-bo/${a.id}`, text: a.title })));
    },
  },
  {
    key: 'management_review',
    title: 'Xem xét của lãnh đạo ít nhất một lần trong năm',
    source: `${ART36}; QĐ 19/2014/QĐ-TTg Điều 4.4.b`,
    judge: (f) => point(f.reviews.length ? 'met' : 'not_met', f.reviews.length ? `${f.reviews.length} cuộc xem xét của lãnh đạo trong năm ${f.year}` : `Năm ${f.year} chưa có cuộc xem xét của lãnh đạo`,
      { reviews: f.reviews.length, decisions: f.reviews.reduce((n, r) => n + r.decisions.length, 0) }, f.reviews.map((r) => r.id), f.reviews.map((r) => ({ href: `/iso/xem-xet/${r.id}`, text: `Xem xét ngày ${vnDay(r.heldOn)}` }))),
  },
  {
    key: 'corrective_actions',
    title: 'Hành động khắc phục điểm không phù hợp',
    source: `${ART36}; TT 26/2014/TT-BKHCN Điều 39.7`,
    judge: (f) => {
      const overdue = overdueActions(f);
      const closed = f.nonconformities.filter((nc) => inYear(f, dayOf(nc.closing?.at)));
      const status: SelfCheckStatus = overdue.length === 0 ? 'met' : closed.length ? 'partly' : 'not_met';
      return point(status, `${closed.length} điểm không phù hợp đã đóng trong năm; ${overdue.length} hành động khắc phục quá hạn`,
        { closed: closed.length, overdue: overdue.length, open: f.nonconformities.filter((nc) => nc.status !== 'closed').length },
        [...overdue, ...closed].map((nc) => nc.id), [...overdue, ...closed].map((nc) => ({ href: `/iso/khong-phu-hop/${nc.id}`, text: nc.description })));
    },
  },
  {
    key: 'complaints',
    title: 'Giải quyết khiếu nại, phản ánh',
    source: ART36,
    judge: (f) => {
      const complaints = f.nonconformities.filter((nc) => nc.source === 'complaint' && (inYear(f, dayOf(nc.raisedAt)) || nc.status !== 'closed'));
      const overdue = overdueActions(f).filter((nc) => nc.source === 'complaint');
      return point(overdue.length === 0 ? 'met' : overdue.length < complaints.length ? 'partly' : 'not_met',
        complaints.length ? `${complaints.length} khiếu nại, phản ánh được ghi nhận là điểm không phù hợp; ${overdue.length} quá hạn khắc phục` : 'Không có khiếu nại, phản ánh nào được ghi nhận trong năm',
        { complaints: complaints.length, overdue: overdue.length }, complaints.map((nc) => nc.id), complaints.map((nc) => ({ href: `/iso/khong-phu-hop/${nc.id}`, text: nc.description })));
    },
  },
  {
    key: 'improvement',
    title: 'Cải tiến hệ thống: hành động khắc phục có hiệu lực, kết luận của lãnh đạo',
    source: ART36,
    judge: (f) => {
      const effective = f.nonconformities.filter((nc) => nc.actions.some((a) => a.verification?.effective && inYear(f, dayOf(a.verification.at))));
      const decisions = f.reviews.reduce((n, r) => n + r.decisions.length, 0);
      const status: SelfCheckStatus = effective.length && decisions ? 'met' : effective.length || decisions ? 'partly' : 'not_met';
      return point(status, `${effective.length} hành động khắc phục được xác nhận có hiệu lực; ${decisions} kết luận cải tiến của lãnh đạo trong năm`,
        { effectiveActions: effective.length, reviewDecisions: decisions }, effective.map((nc) => nc.id), effective.map((nc) => ({ href: `/iso/khong-phu-hop/${nc.id}`, text: nc.description })));
    },
  },
  {
    key: 'confirmation',
    title: 'Người đứng đầu xác nhận hiệu lực của hệ thống',
    source: `${ART36}; QĐ 19/2014/QĐ-TTg Điều 4.2.d`,
    judge: (f) => {
      const confirmed = f.reviews.filter((r) => r.status === 'confirmed');
      return point(confirmed.length ? 'met' : f.reviews.length ? 'partly' : 'not_met', confirmed.length ? `Chánh Văn phòng đã xác nhận hiệu lực năm ${f.year}` : `Năm ${f.year} chưa có xác nhận hiệu lực`,
        { confirmed: confirmed.length }, confirmed.map((r) => r.id), confirmed.map((r) => ({ href: `/iso/xem-xet/${r.id}`, text: `Xem xét ngày ${vnDay(r.heldOn)}` })));
    },
  },
  {
    key: 'declaration',
    title: 'Công bố, công bố lại; thông báo Sở Khoa học và Công nghệ; niêm yết',
    source: `${ART36}; QĐ 19/2014/QĐ-TTg Điều 4.3, 4.4.c, 12.4`,
    judge: (f) => {
      const latest = f.declarations[0];
      if (!latest) return point('not_met', 'Chưa công bố hệ thống quản lý chất lượng phù hợp', { declarations: 0 }, [], [{ href: '/iso/xem-xet', text: 'Xem xét và công bố' }]);
      // Scope changed since: a catalogued procedure the declared scope does not hold calls for a re-declaration.
      const redeclare = f.catalogued.some((code) => !latest.procedureCodes.includes(code));
      const complete = latest.notice !== null && latest.posting !== null && !redeclare;
      const missing = [latest.notice ? '' : 'chưa thông báo Sở KH&CN', latest.posting ? '' : 'chưa niêm yết', redeclare ? 'phạm vi đã thay đổi, cần công bố lại' : ''].filter(Boolean);
      return point(complete ? 'met' : 'partly', `Quyết định ${latest.decisionNo} ngày ${vnDay(latest.declaredOn)}${missing.length ? `: ${missing.join('; ')}` : ', đã thông báo và niêm yết'}`,
        { declarations: f.declarations.length, notified: latest.notice ? 1 : 0, posted: latest.posting ? 1 : 0 }, [latest.id], [{ href: `/iso/cong-bo/${latest.id}`, text: `Quyết định công bố ${latest.decisionNo}` }]);
    },
  },
  {
    key: 'legal_updates',
    title: 'Cập nhật thay đổi văn bản pháp luật trong 3 tháng',
    source: `${ART36}; QĐ 19/2014/QĐ-TTg Điều 4.4.a`,
    judge: (f) => {
      const onTime = f.legalClocks.filter((c) => c.state === 'on_time');
      const behind = f.legalClocks.filter((c) => c.state !== 'on_time');
      return point(behind.length === 0 ? 'met' : onTime.length ? 'partly' : 'not_met', `${onTime.length} thay đổi cập nhật đúng hạn, ${behind.filter((c) => c.state === 'late').length} trễ hạn, ${behind.filter((c) => c.state === 'overdue').length} đang quá hạn`,
        { onTime: onTime.length, late: behind.filter((c) => c.state === 'late').length, overdue: behind.filter((c) => c.state === 'overdue').length },
        [...behind, ...onTime].map((c) => c.id), [...behind, ...onTime].map((c) => ({ href: `/iso/thay-doi-phap-ly/${c.id}`, text: c.docSymbol })));
    },
  },
  {
    key: 'consultants',
    title: 'Việc lựa chọn tổ chức tư vấn (không thuê tổ chức chứng nhận)',
    source: `${ART36}; QĐ 19/2014/QĐ-TTg Điều 4`,
    judge: () => notRecorded('Hệ thống không ghi nhận hợp đồng tư vấn: thư ký ISO bổ sung minh chứng'),
  },
];

/** Open NCs whose current action is past its due day on `asOf`. */
function overdueActions(f: SelfCheckFacts) {
  return f.nonconformities.filter((nc) => {
    const action = currentAction(nc);
    return nc.status === 'action_planned' && action !== null && action.dueOn < f.period.asOf;
  });
}

/** The self-check list of a year, as of its end or today. */
export class SelfCheckQueries {
  private readonly measures: QualityMeasures;
  private readonly objectives: QualityObjectivesQueries;

  constructor(
    private readonly dataSource: DataSource,
    clock: () => Date = () => new Date(),
  ) {
    this.measures = new QualityMeasures(dataSource, clock);
    this.objectives = new QualityObjectivesQueries(dataSource, clock);
  }

  async selfCheck(year: number): Promise<SelfCheckAnswer> {
    const facts = await this.facts(year);
    const points = SELF_CHECK_POINTS.map(({ key, title, source, judge }) => ({ key, title, source, ...judge(facts) }));
    const count = (status: SelfCheckStatus) => points.filter((p) => p.status === status).length;
    return { year, period: facts.period, points, summary: { met: count('met'), partly: count('partly'), not_met: count('not_met') } };
  }

  async facts(year: number): Promise<SelfCheckFacts> {
    const period = this.measures.measured({ from: `${year}-01-01`, to: `${year}-12-31` });
    const q = <T>(sql: string, params: unknown[] = []): Promise<T[]> => this.dataSource.query(sql, params);
    const [catalogued, approved, declarations, reviews, audits, nonconformities, legalClocks, objectives, internal] = await Promise.all([
      q<{ code: string }>('SELECT code FROM rm_procedures ORDER BY code'),
      q<{ code: string }>(
        `SELECT DISTINCT code FROM rm_procedure_versions
          WHERE approved_at IS NOT NULL AND effective_from <= $1::date AND (effective_to IS NULL OR effective_to >= $1::date)`,
        [period.asOf],
      ),
      q<{ id: string; state: Declaration }>('SELECT id, state FROM rm_quality_declarations WHERE declared_on <= $1::date ORDER BY declared_on DESC, id', [period.asOf]),
      q<{ id: string; state: Review }>('SELECT id, state FROM rm_quality_reviews WHERE year = $1 AND held_on <= $2::date ORDER BY held_on, id', [year, period.asOf]),
      q<{ id: string; state: KnownInternalAudit }>('SELECT id, state FROM rm_quality_audits WHERE year = $1 ORDER BY planned_on, id', [year]),
      q<{ id: string; state: KnownNonconformity }>(
        `SELECT id, state FROM rm_quality_nonconformities WHERE (raised_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date <= $1::date ORDER BY raised_at, id`,
        [period.asOf],
      ),
      this.measures.legalClocks(period),
      this.objectives.objectives(year),
      new InternalProcessQueries(this.dataSource).processes(),
    ]);
    const withId = <S>(rows: Array<{ id: string; state: S }>) => rows.map((r) => ({ ...r.state, id: r.id }));
    return {
      year, period,
      catalogued: catalogued.map((r) => r.code),
      approvedInForce: approved.map((r) => r.code),
      internalProcesses: internal.map((p) => ({ code: p.code, inForce: p.versions.some((v) => v.approval !== null && versionCoversDay(v, period.asOf)) })),
      declarations: withId(declarations), reviews: withId(reviews), audits: withId(audits), nonconformities: withId(nonconformities),
      legalClocks, objectives,
    };
  }
}
