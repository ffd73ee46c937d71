import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { userId } from '../testing/document-fixtures';
import { deciderSpec } from '../testing/given-when-then';
import type { InternalAuditCommand } from './internal-audit.commands';
import { decideInternalAudit } from './internal-audit.decide';
import type { InternalAuditEvent } from './internal-audit.events';
import { evolveInternalAudit, initialInternalAuditState } from './internal-audit.state';
import { OFFICE_CONTEXT, CHIEF, CODE, ISO, NOW } from './testing/quality-fixtures';

const given = deciderSpec({ decide: decideInternalAudit, evolve: evolveInternalAudit, initialState: initialInternalAuditState }, OFFICE_CONTEXT);

const iso = ISO.userId;
const base = { auditId: '7d1c0000-0000-4000-8000-0000000000b1', actor: ISO, now: NOW };
const auditors = [userId('tp.th'), userId('cv.th1')];
const nonconform = { question: 'Hồ sơ trễ hạn có văn bản xin lỗi?', procedureCode: CODE, result: 'nonconform' as const, evidence: 'Hồ sơ 000.00.12.H01-260110-0003' };
const cmd = {
  plan: (o: object = {}): InternalAuditCommand => ({ ...base, type: 'plan', year: 2026, title: 'Đánh giá nội bộ đợt 1/2026', plannedOn: '2026-03-02', procedureCodes: [CODE], auditorIds: auditors, ...o }),
  approve: (o: object = {}): InternalAuditCommand => ({ ...base, type: 'approve', decisionRef: '05/QĐ-VP', actor: CHIEF, ...o }),
  conduct: (o: object = {}): InternalAuditCommand => ({ ...base, type: 'conduct', conductedOn: '2026-03-04', checklist: [nonconform], ...o }),
  report: (o: object = {}): InternalAuditCommand => ({ ...base, type: 'report', summary: 'Hệ thống vận hành phù hợp, một điểm không phù hợp nhẹ', findings: [{ kind: 'nonconformity', clause: '8.5.1', description: 'Thiếu văn bản xin lỗi' }], ...o }),
  close: (): InternalAuditCommand => ({ ...base, type: 'close' }),
};
const ev = {
  planned: { type: 'InternalAuditPlanned', data: { year: 2026, title: 'Đánh giá nội bộ đợt 1/2026', plannedOn: '2026-03-02', procedureCodes: [CODE], auditorIds: auditors, by: iso, at: NOW } },
  approved: { type: 'InternalAuditPlanApproved', data: { decisionRef: '05/QĐ-VP', by: CHIEF.userId, at: NOW } },
  conducted: { type: 'InternalAuditConducted', data: { conductedOn: '2026-03-04', checklist: [nonconform], by: iso, at: NOW } },
  reported: { type: 'InternalAuditReported', data: { summary: 'Hệ thống vận hành phù hợp, một điểm không phù hợp nhẹ', findings: [{ kind: 'nonconformity', clause: '8.5.1', description: 'Thiếu văn bản xin lỗi' }], by: iso, at: NOW } },
} satisfies Record<string, InternalAuditEvent>;

describe('an internal audit', () => {
  it('is planned, approved by the head, conducted with its checklist, reported and closed', () => {
    given([]).when(cmd.plan()).then([ev.planned]);
    given([ev.planned]).when(cmd.approve()).then([ev.approved]);
    given([ev.planned, ev.approved]).when(cmd.conduct()).then([ev.conducted]);
    given([ev.planned, ev.approved, ev.conducted]).when(cmd.report()).then([ev.reported]);
    const { state } = given([ev.planned, ev.approved, ev.conducted, ev.reported]).when(cmd.close()).then([{ type: 'InternalAuditClosed', data: { note: null, by: iso, at: NOW } }]);
    expect(state.status).toBe('closed');
  });

  it.each([
    ['planned on a day of another year', cmd.plan({ plannedOn: '2027-01-05' }), 'AUDIT_OUTSIDE_YEAR', 'plannedOn'],
    ['no auditor', cmd.plan({ auditorIds: [] }), 'AUDITORS_REQUIRED', 'auditorIds'],
    ['an auditor not in the organisation', cmd.plan({ auditorIds: ['00000000-0000-4000-8000-00000000ffff'] }), 'UNKNOWN_USER', 'auditorIds[0]'],
    ['a procedure not in the catalogue', cmd.plan({ procedureCodes: ['9.999999'] }), 'UNKNOWN_PROCEDURE', 'procedureCodes[0]'],
  ])('RULE_VIOLATION when planning: %s', (_name, command, rule, field) => {
    given([]).when(command).thenThrows({ code: 'RULE_VIOLATION', rule, field });
  });

  it.each([
    ['an empty checklist', { checklist: [] }, 'CHECKLIST_REQUIRED', 'checklist'],
    ['a day still to come', { conductedOn: '2026-03-06' }, 'DATE_IN_FUTURE', 'conductedOn'],
    ['an answer without evidence', { checklist: [{ ...nonconform, evidence: '' }] }, 'REQUIRED', 'checklist[0].evidence'],
  ])('RULE_VIOLATION when conducting: %s', (_name, o, rule, field) => {
    given([ev.planned, ev.approved]).when(cmd.conduct(o)).thenThrows({ code: 'RULE_VIOLATION', rule, field });
  });

  it('FINDINGS_INCOMPLETE: a nonconforming answer must be reported as a nonconformity', () => {
    given([ev.planned, ev.approved, ev.conducted]).when(cmd.report({ findings: [] })).thenThrows({ code: 'RULE_VIOLATION', rule: 'FINDINGS_INCOMPLETE' });
  });

  it('WRONG_STATE: conducted before the head approves the plan; closed before the report', () => {
    given([ev.planned]).when(cmd.conduct()).thenThrows({ code: 'WRONG_STATE' });
    given([ev.planned, ev.approved, ev.conducted]).when(cmd.close()).thenThrows({ code: 'WRONG_STATE' });
  });

  it('FORBIDDEN: only the office chief approves the plan', () => {
    given([ev.planned]).when(cmd.approve({ actor: ISO })).thenThrows({ code: 'FORBIDDEN', rule: 'OFFICE_CHIEF_ONLY' });
  });
});
