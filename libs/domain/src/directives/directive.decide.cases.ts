import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { decideDirective } from './directive.decide';
import { directiveStateFrom } from './directive.state';
import { directiveActions } from './directive.turns';
import { actor, CONTEXT, D, DIRECTIVE_ID, givenDirective, taskCmd, taskHistory, userId } from './testing/directive-fixtures';

const by = (username: string, at: string) => ({ by: userId(username), at });
const registered = () => taskHistory(taskCmd.register());
const reportedDone = () => taskHistory(taskCmd.register(), taskCmd.complete());

describe('register (giao nhiệm vụ)', () => {
  it('cites its source, names one lead agency, a due date, the directing leader and the follow-up specialist', () => {
    const { state } = givenDirective([])
      .when(taskCmd.register({ coAgencies: ['Sở Tài chính', ' Sở Tài chính '] }))
      .then([
        {
          type: 'DirectiveRegistered',
          data: {
            directiveId: DIRECTIVE_ID, source: { kind: 'official_letter', documentId: '0b6f5a3e-0000-4000-8000-0000000000c1', symbol: '215/UBND-KT', date: '2026-03-06' },
            content: 'Rà soát, đề xuất điều chỉnh kế hoạch vốn đầu tư công năm 2026', leadAgency: 'Sở Kế hoạch và Đầu tư', coAgencies: ['Sở Tài chính'],
            dueDate: '2026-03-31', reporting: null, followUpSpecialistId: userId('cv.kt1'), directingLeaderId: userId('pho.chu.tich.kt'), fieldCode: 'KH-DT',
            ...by('cv.kt1', D.registered),
          },
        },
      ]);
    expect(state).toMatchObject({ status: 'assigned', originalDueDate: '2026-03-31' });
  });

  it('a clerk registers a leader’s instruction written on an incoming document', () => {
    const source = { kind: 'leader_instruction' as const, documentId: '0b6f5a3e-0000-4000-8000-0000000000c2', symbol: 'Văn bản đến số 1024', date: '2026-03-09' };
    expect(decideDirective(taskCmd.register({ actor: actor('vanthu1'), source }), directiveStateFrom([]), CONTEXT)).toHaveLength(1);
  });

  it('refuses: DIRECTIVE_SOURCE_REQUIRED, ONE_LEAD_AGENCY, a leader who is none, an unknown field, another role; twice is the wrong state', () => {
    const none = givenDirective([]);
    none.when(taskCmd.register({ source: undefined as never })).thenThrows({ code: 'RULE_VIOLATION', rule: 'DIRECTIVE_SOURCE_REQUIRED', field: 'source.kind' });
    none.when(taskCmd.register({ source: { kind: 'decision', documentId: 'x', symbol: ' ', date: '2026-03-06' } })).thenThrows({ code: 'RULE_VIOLATION', rule: 'DIRECTIVE_SOURCE_REQUIRED', field: 'source.symbol' });
    none.when(taskCmd.register({ source: { kind: 'decision', documentId: 'x', symbol: '1/QĐ-UBND', date: '2026-03-10' } })).thenThrows({ code: 'RULE_VIOLATION', rule: 'SOURCE_DATE_IN_FUTURE' });
    none.when(taskCmd.register({ leadAgencies: ['Sở Kế hoạch và Đầu tư', 'Sở Tài chính'], coAgencies: [] })).thenThrows({ code: 'RULE_VIOLATION', rule: 'ONE_LEAD_AGENCY' });
    none.when(taskCmd.register({ directingLeaderId: userId('tp.kt') })).thenThrows({ code: 'RULE_VIOLATION', rule: 'NOT_A_LEADER' });
    none.when(taskCmd.register({ fieldCode: 'XX' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'UNKNOWN_FIELD' });
    none.when(taskCmd.register({ actor: actor('tp.kt') })).thenThrows({ code: 'FORBIDDEN', rule: 'REGISTER_BY_SPECIALIST_OR_CLERK' });
    givenDirective(registered()).when(taskCmd.register()).thenThrows({ code: 'WRONG_STATE' });
  });

  it('a notice’s task registered again (a retried issue) appends nothing', () => {
    const fromNotice = taskCmd.register({ source: { kind: 'conclusion_notice', documentId: '0b6f5a3e-0000-4000-8000-0000000000e1', symbol: '05/TB-VPUBND', date: '2026-03-06' } });
    givenDirective(taskHistory(fromNotice)).when(fromNotice).then([]);
  });
});

describe('chase, progress, escalate', () => {
  it('the follow-up specialist chases and escalates an obstacle with a proposal', () => {
    givenDirective(registered()).when(taskCmd.chase()).then([{ type: 'DirectiveChased', data: { channel: 'phone', note: 'Nhắc Sở gửi báo cáo tiến độ', documentRef: null, ...by('cv.kt1', D.progress) } }]);
    givenDirective(registered())
      .when(taskCmd.escalate())
      .then([{ type: 'DirectiveObstacleReported', data: { obstacle: 'Sở Tài chính chưa thống nhất số liệu', proposal: 'Đề nghị đồng chí Phó Chủ tịch chủ trì họp hai Sở', ...by('cv.kt1', D.progress) } }]);
    givenDirective(registered()).when(taskCmd.escalate({ proposal: '' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'PROPOSAL_REQUIRED' });
    givenDirective(registered()).when(taskCmd.chase({ actor: actor('cv.kt2') })).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_FOLLOW_UP_SPECIALIST' });
    givenDirective(registered()).when(taskCmd.chase({ channel: 'fax' as never })).thenThrows({ code: 'RULE_VIOLATION', rule: 'INVALID_VALUE', field: 'channel' });
  });

  it('a progress report puts it in progress', () => {
    const { state } = givenDirective(registered())
      .when(taskCmd.progress())
      .then([{ type: 'DirectiveProgressReported', data: { summary: 'Đã rà soát 12/20 dự án', percent: 60, incomingDocumentId: null, reportSymbol: null, ...by('cv.kt1', D.progress) } }]);
    expect(state.status).toBe('in_progress');
    givenDirective(registered()).when(taskCmd.progress({ percent: 120 })).thenThrows({ code: 'RULE_VIOLATION', rule: 'INVALID_PERCENT' });
  });
});

describe('completion (báo cáo hoàn thành, đánh giá)', () => {
  it('the clerk registers the agency’s report with the incoming document; COMPLETION_NEEDS_EVIDENCE without one', () => {
    const { state } = givenDirective(registered())
      .when(taskCmd.complete())
      .then([
        {
          type: 'DirectiveCompletionReported',
          data: { summary: 'Đã trình phương án điều chỉnh kế hoạch vốn', incomingDocumentId: '0b6f5a3e-0000-4000-8000-0000000000f1', reportSymbol: '88/BC-SKHĐT', ...by('vanthu1', D.completed) },
        },
      ]);
    expect(state.status).toBe('reported_done');
    givenDirective(registered()).when(taskCmd.complete({ incomingDocumentId: null, reportSymbol: null })).thenThrows({ code: 'RULE_VIOLATION', rule: 'COMPLETION_NEEDS_EVIDENCE' });
    givenDirective(reportedDone()).when(taskCmd.progress()).thenThrows({ code: 'WRONG_STATE' });
  });

  it('accepted: done; rejected with a reason: in progress again', () => {
    expect(givenDirective(reportedDone()).when(taskCmd.accept()).then([{ type: 'DirectiveCompletionAccepted', data: { note: null, ...by('cv.kt1', D.assessed) } }]).state.status).toBe('done');
    const rejected = givenDirective(reportedDone()).when(taskCmd.reject()).then([{ type: 'DirectiveCompletionRejected', data: { reason: 'Chưa có số liệu của Sở Tài chính', ...by('cv.kt1', D.assessed) } }]);
    expect(rejected.state).toMatchObject({ status: 'in_progress', completion: null });
    givenDirective(reportedDone()).when(taskCmd.reject({ reason: '' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'REASON_REQUIRED' });
    givenDirective(reportedDone()).when(taskCmd.accept({ actor: actor('cv.vx1') })).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_ASSESSOR' });
    expect(decideDirective(taskCmd.accept({ actor: actor('tp.kt') }), directiveStateFrom(reportedDone()), CONTEXT)).toHaveLength(1);
    givenDirective(registered()).when(taskCmd.accept()).thenThrows({ code: 'WRONG_STATE' });
  });
});

describe('extend (gia hạn)', () => {
  it('only the directing leader (or the chairman), to a later day, with a reason and the agency’s written request', () => {
    const { state } = givenDirective(registered())
      .when(taskCmd.extend())
      .then([
        {
          type: 'DirectiveDeadlineExtended',
          data: { previousDueDate: '2026-03-31', newDueDate: '2026-04-15', reason: 'Chờ số liệu quyết toán', agencyRequestRef: '75/SKHĐT-TH ngày 13/3/2026', ...by('pho.chu.tich.kt', D.progress) },
        },
      ]);
    expect(state).toMatchObject({ dueDate: '2026-04-15', originalDueDate: '2026-03-31' });
    expect(decideDirective(taskCmd.extend({ actor: actor('chu.tich') }), directiveStateFrom(registered()), CONTEXT)).toHaveLength(1);
    for (const username of ['cv.kt1', 'pho.chu.tich.vx', 'chanh.vp']) {
      givenDirective(registered()).when(taskCmd.extend({ actor: actor(username) })).thenThrows({ code: 'FORBIDDEN', rule: 'EXTEND_ONLY_BY_DIRECTING_LEADER' });
    }
    givenDirective(registered()).when(taskCmd.extend({ newDueDate: '2026-03-31' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'EXTENSION_NOT_LATER' });
    givenDirective(registered()).when(taskCmd.extend({ reason: ' ' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'REASON_REQUIRED' });
    givenDirective(registered()).when(taskCmd.extend({ agencyRequestRef: '' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'AGENCY_REQUEST_REQUIRED' });
    const periodic = taskHistory(taskCmd.register({ dueDate: null, reporting: 'monthly' }));
    givenDirective(periodic).when(taskCmd.extend()).thenThrows({ code: 'RULE_VIOLATION', rule: 'NO_DUE_DATE' });
    givenDirective(reportedDone()).when(taskCmd.extend()).thenThrows({ code: 'WRONG_STATE' });
  });
});

describe('cancel, supersede (hủy, thay thế)', () => {
  it('the directing leader closes a task early, with the reason (and what replaces it)', () => {
    expect(givenDirective(registered()).when(taskCmd.cancel()).then([{ type: 'DirectiveCancelled', data: { reason: 'Nhiệm vụ không còn phù hợp', ...by('pho.chu.tich.kt', D.progress) } }]).state.status).toBe('cancelled');
    const superseded = givenDirective(reportedDone()).when(taskCmd.supersede()).then([
      { type: 'DirectiveSuperseded', data: { reason: 'Đã giao lại tại thông báo mới', replacedBy: '12/TB-UBND', ...by('pho.chu.tich.kt', D.progress) } },
    ]);
    expect(superseded.state).toMatchObject({ status: 'superseded', closing: { replacedBy: '12/TB-UBND' } });
    givenDirective(registered()).when(taskCmd.cancel({ actor: actor('cv.kt1') })).thenThrows({ code: 'FORBIDDEN', rule: 'CLOSE_ONLY_BY_DIRECTING_LEADER' });
    givenDirective(registered()).when(taskCmd.supersede({ replacedBy: '' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'REPLACEMENT_REQUIRED' });
    givenDirective(taskHistory(taskCmd.register(), taskCmd.cancel())).when(taskCmd.cancel()).thenThrows({ code: 'WRONG_STATE' });
  });
});

describe('directiveActions: the buttons are the turn table', () => {
  it('each person sees the steps the decider would take from them', () => {
    const state = directiveStateFrom(registered());
    expect(directiveActions(state, actor('cv.kt1'), CONTEXT.organisation)).toEqual(['chase', 'report', 'escalate']);
    expect(directiveActions(state, actor('pho.chu.tich.kt'), CONTEXT.organisation)).toEqual(['extend', 'cancel', 'supersede']);
    expect(directiveActions(directiveStateFrom(reportedDone()), actor('tp.kt'), CONTEXT.organisation)).toEqual(['accept', 'reject']);
  });
});
