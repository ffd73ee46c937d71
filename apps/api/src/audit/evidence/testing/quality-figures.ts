import { DEMO_ORGANISATION, INCOMING_DOCUMENTS_PROCESS, OUTGOING_DOCUMENTS_PROCESS, type KnownInternalAudit, type KnownNonconformity } from '@office/domain';
import type { DossierCounts } from '@office/read-models';
import type { QualityFigures } from '../quality-parts';

const user = (username: string) => DEMO_ORGANISATION.users.find((u) => u.username === username)!.id;
const counts = (c: Partial<DossierCounts> & Pick<DossierCounts, 'resolved' | 'onTimeRate'>): DossierCounts => ({
  received: { carriedOver: 1, newOnline: 4, newDirectOrPost: 6, total: 11 },
  inProgress: { total: 2, inTime: 1, overdue: 1 },
  supplementRequests: 0, apologies: 0, refusals: 0, supplementRequestsAtReception: 0, withdrawals: 0, stops: 0,
  ...c,
} as DossierCounts);

/** A year of the quality system, as the queries give it: the fixture of the parts, the summary and the December report. */
export function sampleQualityFigures(): QualityFigures {
  const audit: { id: string } & KnownInternalAudit = {
    id: 'a1', status: 'closed', year: 2026, title: 'Đánh giá nội bộ năm 2026', plannedOn: '2026-10-01', procedureCodes: ['1.004227'], auditorIds: [user('tp.th')], plannedAt: '2026-09-01T02:00:00Z',
    approval: { decisionRef: '40/QĐ-VP', by: user('chanh.vp'), at: '2026-09-05T02:00:00Z' }, conductedOn: '2026-10-01',
    checklist: [{ question: 'Có văn bản xin lỗi?', procedureCode: '1.004227', result: 'nonconform', evidence: 'H01-0003' }],
    report: { summary: 'Một điểm không phù hợp nhẹ', findings: [{ kind: 'nonconformity', clause: '8.5.1', description: 'Thiếu văn bản xin lỗi' }], by: user('thuky.iso'), at: '2026-10-02T02:00:00Z' },
    closing: { note: null, by: user('thuky.iso'), at: '2026-10-20T02:00:00Z' },
  } as { id: string } & KnownInternalAudit;
  const nc: { id: string } & KnownNonconformity = {
    id: 'n1', status: 'action_planned', source: 'audit', sourceRef: 'a1', clause: '8.5.1', description: 'Thiếu văn bản xin lỗi', severity: 'minor', procedureCode: '1.004227',
    raisedAt: '2026-10-02T03:00:00Z', raisedBy: user('thuky.iso'), correction: { correction: 'Gửi văn bản xin lỗi', by: user('thuky.iso'), at: '2026-10-03T02:00:00Z' },
    rootCause: { rootCause: 'Chưa có nhắc việc', by: user('thuky.iso'), at: '2026-10-04T02:00:00Z' },
    actions: [{ action: 'Bật cảnh báo hạn', ownerId: user('tp.hctc'), dueOn: '2026-11-30', plannedAt: '2026-10-05T02:00:00Z', implemented: null, verification: null }], closing: null,
  };
  return {
    records: {
      period: { from: '2026-01-01', to: '2026-12-31' },
      asOf: '2026-12-02',
      processes: [{
        code: '1.004227', name: 'Cấp giấy phép "thử nghiệm", loại A', fieldCode: 'KH-DT', version: 2, effectiveFrom: '2026-03-01', effectiveTo: null, statutoryDays: 15,
        approval: { by: user('chanh.vp'), at: '2026-02-20T03:00:00Z', decisionRef: '12/QĐ-VP' }, publishingDecision: '100/QĐ-UBND', legalBasis: ['Luật Đầu tư 2020', 'NĐ 31/2021/NĐ-CP'],
        legalChanges: [{ docSymbol: '05/2026/NĐ-CP', effectiveFrom: '2025-11-01', dueOn: '2026-02-01', state: 'late', daysLate: 19 }],
      }],
      // QT-VB-01 and QT-VB-02 as the seed approves them (version 1), listed beside the procedures.
      internalProcesses: [INCOMING_DOCUMENTS_PROCESS, OUTGOING_DOCUMENTS_PROCESS].map(({ code, name, version1 }) => ({
        ...version1, code, name, version: 1, approval: { by: user('chanh.vp'), at: '2026-01-02T03:00:00Z', decisionRef: '01/QĐ-VP' },
      })),
      legalChanges: [{
        id: 'l1', status: 'incorporated', docSymbol: '05/2026/NĐ-CP', excerpt: 'Sửa đổi thủ tục', issuedOn: '2025-10-01', effectiveFrom: '2025-11-01', dueOn: '2026-02-01',
        procedureCodes: ['1.004227'], registeredAt: '2025-10-10T02:00:00Z', assessment: { impact: 'revise', note: 'Đổi thành phần hồ sơ', by: user('thuky.iso'), at: '2025-10-12T02:00:00Z' },
        incorporations: [{ procedureCode: '1.004227', version: 2, approvedOn: '2026-02-20', at: '2026-02-20T03:00:00Z' }], doneOn: '2026-02-20', clockState: 'late', daysLate: 19,
      }, {
        id: 'l2', status: 'revising', docSymbol: '07/2026/TT-BKHĐT', excerpt: 'Biểu mẫu mới', issuedOn: '2026-06-01', effectiveFrom: '2026-07-15', dueOn: '2026-10-15',
        procedureCodes: ['1.004227'], registeredAt: '2026-06-10T02:00:00Z', assessment: { impact: 'revise', note: 'Đổi mẫu đơn', by: user('thuky.iso'), at: '2026-06-12T02:00:00Z' },
        incorporations: [], doneOn: null, clockState: 'overdue', daysLate: 48,
      }],
      audits: [audit],
      nonconformities: [nc],
      reviews: [{
        id: 'r1', status: 'confirmed', year: 2026, heldOn: '2026-11-10', chairId: user('chanh.vp'), inputs: [{ topic: 'process_performance', summary: 'Đạt 95 %' }],
        decisions: ['Bổ sung nhân lực bộ phận một cửa'], recordedAt: '2026-11-10T08:00:00Z', confirmation: { note: 'Có hiệu lực', by: user('chanh.vp'), at: '2026-11-12T02:00:00Z' },
      }],
      declarations: [{
        id: 'd1', status: 'declared', decisionNo: '45/QĐ-VP', declaredOn: '2026-11-15', reviewId: 'r1', procedureCodes: ['1.004227'], by: user('chanh.vp'), declaredAt: '2026-11-15T02:00:00Z',
        notice: { recipient: 'Sở Khoa học và Công nghệ', docRef: '50/VP-HCTC', notifiedOn: '2026-11-16' }, posting: null,
      }],
    },
    procedures: {
      period: { from: '2026-01-01', to: '2026-12-31', stateAsOf: '2026-12-02' },
      groupBy: 'procedure',
      groups: [{ key: '1.004227', name: 'Cấp giấy phép "thử nghiệm", loại A', ...counts({ resolved: { total: 8, early: 2, onTime: 5, late: 1 }, onTimeRate: 0.875 }) }],
      totals: counts({ resolved: { total: 8, early: 2, onTime: 5, late: 1 }, onTimeRate: 0.875 }),
      overdue: { items: [], total: 0, limit: 50 },
    },
    dossierSteps: [
      { no: 1, task: 'Tiếp nhận', count: 10, early: 0, onTime: 9, late: 1, untimed: 0, onTimeRate: 0.9, medianWorkingDays: 0.5, p90WorkingDays: 1 },
      { no: 2, task: 'Thẩm định', count: 8, early: 2, onTime: 6, late: 0, untimed: 0, onTimeRate: 1, medianWorkingDays: 5, p90WorkingDays: 8 },
    ],
    satisfaction: [{
      month: '2026-11',
      indicators: [
        { key: 'progress.resolved_in_time', group: 'progress', name: 'Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn', numerator: 7, denominator: 8, value: 0.875 },
        { key: 'satisfaction.satisfied_share', group: 'satisfaction', name: 'Tỷ lệ hồ sơ được đánh giá hài lòng (4–5 điểm)', numerator: 3, denominator: 4, value: 0.75 },
        { key: 'satisfaction.mean_score', group: 'satisfaction', name: 'Điểm hài lòng trung bình (thang 1–5)', numerator: 17, denominator: 4, value: 4.25 },
      ],
    }],
    selfChecks: [{
      year: 2026, period: { from: '2026-01-01', to: '2026-12-31', asOf: '2026-12-02' }, summary: { met: 0, partly: 1, not_met: 0 },
      points: [{
        key: 'legal_updates', source: 'TT 26 Art. 36', title: 'Cập nhật văn bản pháp luật', status: 'partly', answeredFromLog: true,
        evidence: { summary: '1 trễ hạn, 1 quá hạn', counts: { late: 1 }, ids: ['l1'] }, links: [{ href: '/quality/legal-changes/l2', text: '07/2026/TT-BKHĐT' }],
      }],
    }],
    objectives: [{
      year: 2026, period: { from: '2026-01-01', to: '2026-12-31', asOf: '2026-12-02' }, policy: 'Đúng hạn, minh bạch', setBy: user('chanh.vp'), setAt: '2026-01-05T02:00:00Z', revision: 0,
      summary: { total: 1, met: 0, notMet: 1, noData: 0 },
      objectives: [{
        code: 'MT1', text: 'Giải quyết hồ sơ đúng hạn', indicator: 'dossiers_on_time', indicatorName: 'Tỷ lệ hồ sơ đúng hạn', unit: 'percent', basis: 'rm_dossiers', target: 98,
        measured: { indicator: 'dossiers_on_time', numerator: 7, denominator: 8, value: 87.5 }, status: 'not_met',
      }],
    }],
  } as unknown as QualityFigures;
}
