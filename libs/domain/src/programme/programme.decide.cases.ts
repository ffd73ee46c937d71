import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { itemActions, programmeActions } from './programme.turns';
import { programmeStateFrom } from './programme.state';
import {
  actor, AGENCY_ITEM_ID, approvedHistory, CONTEXT, departmentId, givenProgramme, ITEM_ID, P, PERIOD, programmeCmd as cmd, programmeHistory, userId,
} from './testing/programme-fixtures';

const by = (username: string, at: string) => ({ by: userId(username), at });
const proposed = () => programmeHistory(cmd.propose());
const accepted = () => programmeHistory(cmd.propose(), cmd.accept());
const inReview = () => programmeHistory(cmd.propose(), cmd.accept(), cmd.submitDraft());
const awaitingApproval = () => programmeHistory(cmd.propose(), cmd.accept(), cmd.submitDraft(), cmd.endorse());
const withPapers = () => programmeHistory(cmd.propose(), cmd.accept(), cmd.submitDraft(), cmd.endorse(), cmd.approve(), cmd.papers());

describe('propose (phiếu đề xuất)', () => {
  it('a department proposes an item to General Affairs; the first slip opens the programme of its period', () => {
    const { state } = givenProgramme([])
      .when(cmd.propose({ note: ' Đã xin ý kiến các Sở ' }))
      .then([
        {
          type: 'ProgrammeItemProposed',
          data: {
            period: PERIOD, itemId: ITEM_ID, title: 'Đề án phát triển kinh tế tư nhân tỉnh giai đoạn 2026–2030', agency: { departmentId: departmentId('KT'), name: 'Phòng Kinh tế' },
            leaderId: userId('pho.chu.tich.kt'), due: '2026-03', dueDate: '2026-03-31', paperKind: 'scheme', note: 'Đã xin ý kiến các Sở', ...by('cv.kt1', P.proposed),
          },
        },
      ]);
    expect(state).toMatchObject({ status: 'drafting', period: PERIOD, items: [{ itemId: ITEM_ID, status: 'proposed', originalDue: '2026-03' }] });
  });

  it('an agency’s slip, recorded by the clerk, is due in a week: the week’s last working day', () => {
    const { state } = givenProgramme(proposed()).when(cmd.proposeByAgency()).then([expect.objectContaining({ type: 'ProgrammeItemProposed' })] as never);
    expect(state.status !== 'none' && state.items[1]).toMatchObject({ agency: { departmentId: null, name: 'Sở Tài chính' }, due: '2026-W11', dueDate: '2026-03-13' });
  });

  it('a month ending on a holiday or a weekend is due on the working day before (the approved calendar)', () => {
    // 30/4 and 1/5 are days off; May 2026 ends on a Sunday.
    const april = givenProgramme([]).when(cmd.propose({ period: '2026-04', due: '2026-04' })).then([expect.anything()] as never);
    expect(april.events[0].data).toMatchObject({ dueDate: '2026-04-29' });
    const may = givenProgramme([]).when(cmd.propose({ period: '2026-05', due: '2026-05' })).then([expect.anything()] as never);
    expect(may.events[0].data).toMatchObject({ dueDate: '2026-05-29' });
  });

  it('refuses: one presenting agency, a committee leader, a known kind and department, a due inside the period, a real period', () => {
    const none = givenProgramme([]);
    none.when(cmd.propose({ agency: 'Sở Tài chính' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'ONE_PRESENTING_AGENCY', field: 'agency' });
    none.when(cmd.propose({ departmentId: null })).thenThrows({ code: 'RULE_VIOLATION', rule: 'ONE_PRESENTING_AGENCY' });
    none.when(cmd.propose({ departmentId: '0b6f5a3e-0000-4000-8000-0000000000ff' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'UNKNOWN_DEPARTMENT', field: 'departmentId' });
    none.when(cmd.propose({ leaderId: userId('chanh.vp') })).thenThrows({ code: 'RULE_VIOLATION', rule: 'NOT_A_COMMITTEE_LEADER', field: 'leaderId' });
    none.when(cmd.propose({ paperKind: 'memo' as never })).thenThrows({ code: 'RULE_VIOLATION', rule: 'INVALID_VALUE', field: 'paperKind' });
    none.when(cmd.propose({ due: '2026-04' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'ITEM_DUE_OUTSIDE_PERIOD', field: 'due' });
    none.when(cmd.propose({ due: 'tháng 3' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'INVALID_DUE', field: 'due' });
    none.when(cmd.propose({ period: '2026-13' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'INVALID_PERIOD' });
    none.when(cmd.propose({ title: ' ' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'TITLE_REQUIRED', field: 'title' });
    none.when(cmd.propose({ actor: actor('chanh.vp') })).thenThrows({ code: 'FORBIDDEN', rule: 'PROPOSE_BY_STAFF' });
    givenProgramme(proposed()).when(cmd.propose()).thenThrows({ code: 'WRONG_STATE', rule: 'ITEM_EXISTS' });
    givenProgramme(inReview()).when(cmd.proposeByAgency()).thenThrows({ code: 'WRONG_STATE', rule: 'PROGRAMME_NOT_DRAFTING' });
  });

  it('a yearly or quarterly programme takes items due in any of its months', () => {
    givenProgramme([]).when(cmd.propose({ period: '2026', due: '2026-11' })).then([expect.objectContaining({ data: expect.objectContaining({ dueDate: '2026-11-30' }) })] as never);
    givenProgramme([]).when(cmd.propose({ period: '2026-Q2', due: '2026-07' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'ITEM_DUE_OUTSIDE_PERIOD' });
  });
});

describe('General Affairs decides the slips and drafts the programme', () => {
  it('the head of General Affairs accepts a slip into the draft or returns it with a reason', () => {
    givenProgramme(proposed()).when(cmd.accept()).then([{ type: 'ProgrammeSlipAccepted', data: { itemId: ITEM_ID, ...by('tp.th', P.accepted) } }]);
    const { state } = givenProgramme(proposed())
      .when(cmd.returnSlip())
      .then([{ type: 'ProgrammeSlipReturned', data: { itemId: ITEM_ID, reason: 'Nội dung thuộc thẩm quyền của Sở', ...by('tp.th', P.accepted) } }]);
    expect(state.status !== 'none' && state.items[0].status).toBe('returned');
  });

  it('refuses: another department’s head, a slip already decided, an unknown item, a return without reason', () => {
    givenProgramme(proposed()).when(cmd.accept({ actor: actor('tp.kt') })).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_GENERAL_AFFAIRS_HEAD' });
    givenProgramme(proposed()).when(cmd.accept({ actor: actor('cv.th1') })).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_GENERAL_AFFAIRS_HEAD' });
    givenProgramme(accepted()).when(cmd.returnSlip()).thenThrows({ code: 'WRONG_STATE', rule: 'SLIP_NOT_PENDING' });
    givenProgramme(proposed()).when(cmd.accept({ itemId: AGENCY_ITEM_ID })).thenThrows({ code: 'NOT_FOUND', field: 'itemId' });
    givenProgramme(proposed()).when(cmd.returnSlip({ reason: '' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'REASON_REQUIRED' });
    givenProgramme([]).when(cmd.accept()).thenThrows({ code: 'WRONG_STATE', rule: 'NO_PROGRAMME' });
  });

  it('submits the draft with the accepted items by the 25th of the previous month (QC 8.1)', () => {
    const history = programmeHistory(cmd.propose(), cmd.accept(), cmd.proposeByAgency(), cmd.returnSlip({ itemId: AGENCY_ITEM_ID }));
    const { state } = givenProgramme(history)
      .when(cmd.submitDraft())
      .then([{ type: 'ProgrammeDraftSubmitted', data: { itemIds: [ITEM_ID], draftDueDate: '2026-02-25', late: false, note: null, ...by('tp.th', P.drafted) } }]);
    expect(state).toMatchObject({ status: 'in_review', firstDraftLate: false });
  });

  it('a draft submitted after the 25th is recorded late, and stays late once returned and submitted again', () => {
    const late = givenProgramme(accepted()).when(cmd.submitDraft({ now: '2026-02-26T02:00:00.000Z' })).then([expect.anything()] as never);
    expect(late.events[0].data).toMatchObject({ late: true, draftDueDate: '2026-02-25' });
    const again = programmeHistory(cmd.propose(), cmd.accept(), cmd.submitDraft({ now: '2026-02-26T02:00:00.000Z' }), cmd.returnDraft({ now: '2026-02-26T04:00:00.000Z' }));
    const { state } = givenProgramme(again).when(cmd.submitDraft({ now: '2026-02-26T06:00:00.000Z' })).then([expect.anything()] as never);
    expect(state).toMatchObject({ firstDraftLate: true, draft: { late: true } });
  });

  it('refuses a draft with a slip still waiting (SLIPS_PENDING) or with no item (PROGRAMME_EMPTY)', () => {
    givenProgramme(proposed()).when(cmd.submitDraft()).thenThrows({ code: 'RULE_VIOLATION', rule: 'SLIPS_PENDING' });
    givenProgramme(programmeHistory(cmd.propose(), cmd.returnSlip())).when(cmd.submitDraft()).thenThrows({ code: 'RULE_VIOLATION', rule: 'PROGRAMME_EMPTY' });
    givenProgramme(accepted()).when(cmd.submitDraft({ actor: actor('cv.th1') })).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_GENERAL_AFFAIRS_HEAD' });
  });
});

describe('the office chief reviews, the chairman approves', () => {
  it('the chief endorses the draft for the chairman, who approves it', () => {
    givenProgramme(inReview()).when(cmd.endorse({ note: 'Đủ nội dung' })).then([{ type: 'ProgrammeDraftEndorsed', data: { note: 'Đủ nội dung', ...by('chanh.vp', P.endorsed) } }]);
    const { state } = givenProgramme(awaitingApproval()).when(cmd.approve()).then([{ type: 'ProgrammeApproved', data: { note: null, ...by('chu.tich', P.approved) } }]);
    expect(state.status).toBe('approved');
  });

  it('the chief in review, the chairman before approval, return the draft with a reason', () => {
    givenProgramme(inReview()).when(cmd.returnDraft()).then([{ type: 'ProgrammeDraftReturned', data: { stage: 'review', reason: 'Bổ sung nội dung của Phòng Văn hóa – Xã hội', ...by('chanh.vp', P.endorsed) } }]);
    const { state } = givenProgramme(awaitingApproval())
      .when(cmd.returnDraft({ actor: actor('chu.tich'), reason: 'Lùi đề án sang quý II' }))
      .then([{ type: 'ProgrammeDraftReturned', data: { stage: 'approval', reason: 'Lùi đề án sang quý II', ...by('chu.tich', P.endorsed) } }]);
    expect(state.status).toBe('drafting');
    givenProgramme(awaitingApproval()).when(cmd.returnDraft()).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_CHAIRMAN' });
    givenProgramme(inReview()).when(cmd.returnDraft({ reason: ' ' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'REASON_REQUIRED' });
  });

  it('refuses each step out of its turn: not drafted, not reviewed, already approved; the wrong person', () => {
    givenProgramme(accepted()).when(cmd.endorse()).thenThrows({ code: 'WRONG_STATE', rule: 'PROGRAMME_NOT_DRAFTED' });
    givenProgramme(accepted()).when(cmd.approve()).thenThrows({ code: 'WRONG_STATE', rule: 'PROGRAMME_NOT_DRAFTED' });
    givenProgramme(inReview()).when(cmd.approve()).thenThrows({ code: 'WRONG_STATE', rule: 'PROGRAMME_NOT_REVIEWED' });
    givenProgramme(awaitingApproval()).when(cmd.endorse()).thenThrows({ code: 'WRONG_STATE', rule: 'PROGRAMME_ALREADY_REVIEWED' });
    givenProgramme(approvedHistory()).when(cmd.approve()).thenThrows({ code: 'WRONG_STATE', rule: 'PROGRAMME_ALREADY_APPROVED' });
    givenProgramme(inReview()).when(cmd.endorse({ actor: actor('pho.chanh.vp.kt') })).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_OFFICE_CHIEF' });
    givenProgramme(awaitingApproval()).when(cmd.approve({ actor: actor('pho.chu.tich.kt') })).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_CHAIRMAN' });
  });
});

describe('items of the approved programme', () => {
  it('the clerk records the agency’s papers; before approval that is PROGRAMME_NOT_APPROVED', () => {
    givenProgramme(approvedHistory())
      .when(cmd.papers({ documentId: ' 5f0c6a52-6a41-4c44-9a7e-0d3c2b1a0001 ' }))
      .then([
        {
          type: 'ProgrammeItemPapersSubmitted',
          data: { itemId: ITEM_ID, submittedOn: '2026-03-27', symbol: '45/TTr-SKHĐT', documentId: '5f0c6a52-6a41-4c44-9a7e-0d3c2b1a0001', ...by('vanthu1', P.papers) },
        },
      ]);
    givenProgramme(awaitingApproval()).when(cmd.papers()).thenThrows({ code: 'WRONG_STATE', rule: 'PROGRAMME_NOT_APPROVED' });
    givenProgramme(approvedHistory()).when(cmd.papers({ submittedOn: '2026-03-28' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'PAPERS_DATE_IN_FUTURE' });
    givenProgramme(approvedHistory()).when(cmd.papers({ symbol: '' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'PAPERS_SYMBOL_REQUIRED' });
    givenProgramme(approvedHistory()).when(cmd.papers({ actor: actor('cv.kt1') })).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_PAPERS_RECORDER' });
    givenProgramme(withPapers()).when(cmd.papers()).thenThrows({ code: 'WRONG_STATE', rule: 'ITEM_NOT_AWAITING_PAPERS' });
  });

  it('moves to another period only on the agency’s written request (QC 9.1)', () => {
    const { state } = givenProgramme(approvedHistory())
      .when(cmd.reschedule())
      .then([
        {
          type: 'ProgrammeItemRescheduled',
          data: {
            itemId: ITEM_ID, previousDue: '2026-03', previousDueDate: '2026-03-31', due: '2026-04', dueDate: '2026-04-29', reason: 'Chờ ý kiến thẩm định của Sở Tư pháp',
            requestSymbol: '112/SKHĐT-TH', requestDate: '2026-03-18', ...by('tp.th', P.later),
          },
        },
      ]);
    expect(state.status !== 'none' && state.items[0]).toMatchObject({ status: 'accepted', due: '2026-04', dueDate: '2026-04-29', originalDue: '2026-03' });
    givenProgramme(approvedHistory()).when(cmd.reschedule({ requestSymbol: null })).thenThrows({ code: 'RULE_VIOLATION', rule: 'ITEM_DATE_CHANGE_NEEDS_REQUEST', field: 'requestSymbol' });
    givenProgramme(approvedHistory()).when(cmd.reschedule({ requestDate: undefined })).thenThrows({ code: 'RULE_VIOLATION', rule: 'ITEM_DATE_CHANGE_NEEDS_REQUEST', field: 'requestDate' });
    givenProgramme(approvedHistory()).when(cmd.reschedule({ requestDate: '2026-03-21' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'REQUEST_DATE_IN_FUTURE' });
    givenProgramme(approvedHistory()).when(cmd.reschedule({ due: '2026-03' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'ITEM_DUE_UNCHANGED' });
    givenProgramme(approvedHistory()).when(cmd.reschedule({ actor: actor('cv.th1') })).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_GENERAL_AFFAIRS_HEAD' });
    givenProgramme(withPapers()).when(cmd.reschedule()).thenThrows({ code: 'WRONG_STATE', rule: 'ITEM_NOT_AWAITING_PAPERS' });
  });

  it('withdraws an item with a reason; a withdrawn item takes no further step', () => {
    const { events } = givenProgramme(approvedHistory())
      .when(cmd.withdraw({ requestSymbol: '120/SKHĐT-TH' }))
      .then([{ type: 'ProgrammeItemWithdrawn', data: { itemId: ITEM_ID, reason: 'Chờ Trung ương ban hành hướng dẫn', requestSymbol: '120/SKHĐT-TH', ...by('tp.th', P.later) } }]);
    givenProgramme(approvedHistory()).when(cmd.withdraw({ reason: '' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'REASON_REQUIRED' });
    givenProgramme([...approvedHistory(), ...events]).when(cmd.withdraw()).thenThrows({ code: 'WRONG_STATE', rule: 'ITEM_CLOSED' });
    givenProgramme([...approvedHistory(), ...events]).when(cmd.papers()).thenThrows({ code: 'WRONG_STATE', rule: 'ITEM_NOT_AWAITING_PAPERS' });
  });

  it('marks an item presented at a session, after its papers', () => {
    const { state } = givenProgramme(withPapers())
      .when(cmd.present())
      .then([{ type: 'ProgrammeItemPresented', data: { itemId: ITEM_ID, presentedOn: '2026-04-02', session: 'Phiên họp UBND tỉnh thường kỳ tháng 3/2026', ...by('tp.th', P.presented) } }]);
    expect(state.status !== 'none' && state.items[0].status).toBe('presented');
    givenProgramme(approvedHistory()).when(cmd.present()).thenThrows({ code: 'WRONG_STATE', rule: 'PAPERS_NOT_SUBMITTED' });
    givenProgramme(withPapers()).when(cmd.present({ presentedOn: '2026-03-26' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'PRESENTED_BEFORE_PAPERS' });
    givenProgramme(withPapers()).when(cmd.present({ session: '' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'SESSION_REQUIRED' });
    givenProgramme(withPapers()).when(cmd.present({ actor: actor('vanthu1') })).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_GENERAL_AFFAIRS_STAFF' });
  });
});

describe('actions: the buttons come from the same turns table', () => {
  it('each person sees exactly the steps of their turn', () => {
    const { organisation } = CONTEXT;
    const draft = programmeStateFrom(proposed());
    expect(itemActions(draft, ITEM_ID, actor('tp.th'), organisation)).toEqual(['accept', 'return-slip']);
    expect(programmeActions(draft, actor('tp.th'), organisation)).toEqual(['propose']);
    expect(programmeActions(programmeStateFrom(accepted()), actor('tp.th'), organisation)).toEqual(['propose', 'submit-draft']);
    expect(programmeActions(programmeStateFrom(inReview()), actor('chanh.vp'), organisation)).toEqual(['endorse', 'return-draft']);
    expect(programmeActions(programmeStateFrom(awaitingApproval()), actor('chu.tich'), organisation)).toEqual(['return-draft', 'approve']);
    const approved = programmeStateFrom(approvedHistory());
    expect(itemActions(approved, ITEM_ID, actor('tp.th'), organisation)).toEqual(['papers', 'withdraw', 'reschedule']);
    expect(itemActions(approved, ITEM_ID, actor('vanthu1'), organisation)).toEqual(['papers']);
    expect(programmeActions(approved, actor('cv.kt1'), organisation)).toEqual([]);
  });
});
