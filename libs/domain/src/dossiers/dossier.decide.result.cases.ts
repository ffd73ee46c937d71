import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { VIETNAM_CALENDAR } from '../calendar';
import { decideDossier } from './dossier.decide';
import { CONTEXT, actor, cmd, departmentId, given, historyUntil, run, stateAt, T, userId, vn } from './testing/dossier-fixtures';
import { dossierStateFrom } from './dossier.state';

/*
 * The result goes through the submission, initial, sign and issue steps of documents (DOMAIN.md
 * §2): the same rules (from document/signing-path.ts), the same numbering; each closes a step.
 */

const CAL = VIETNAM_CALENDAR.version;
const KT = departmentId('KT');

describe('submit (trình kết quả)', () => {
  it('to exactly one competent leader; goes to the office leader in charge; closes step 3 early (due Sat 26/4/2025 17:00)', () => {
    const { state } = given(historyUntil('appraised'))
      .when(cmd.submit({ reservedOpinion: ' Bảo lưu về quy mô ' }))
      .then([
        {
          type: 'DossierResultSubmitted',
          data: {
            leaderId: userId('pho.chu.tich.kt'),
            signsAs: 'committee',
            proposal: 'Đề nghị cấp Giấy chứng nhận đăng ký đầu tư',
            relatedOpinions: [],
            reservedOpinion: 'Bảo lưu về quy mô',
            draft: cmd.submit().draft,
            handover: {
              stepNo: 3,
              task: 'Thẩm định, dự thảo kết quả, trình',
              fromUserId: userId('cv.kt1'),
              fromUnitId: KT,
              toUserId: userId('pho.chanh.vp.kt'),
              toUnitId: null,
              startedAt: T.toSpecialist,
              handedAt: T.submitted,
              dueAt: vn('2025-04-26', '17:00'),
              outcome: 'early',
              calendarVersion: CAL,
            },
            by: userId('cv.kt1'),
            at: T.submitted,
          },
        },
      ]);
    expect(state).toMatchObject({ status: 'submitted', holder: { userId: userId('pho.chanh.vp.kt') }, currentStep: { no: 4 } });
  });

  it('ONE_LEADER_PER_SUBMISSION and LEADER_NOT_COMPETENT, as for documents', () => {
    given(historyUntil('appraised')).when(cmd.submit({ leaderId: undefined as never })).thenThrows({ code: 'RULE_VIOLATION', rule: 'LEADER_NOT_COMPETENT', field: 'leaderId' });
    given(historyUntil('appraised')).when(cmd.submit({ leaderId: userId('pho.chu.tich.vx') })).thenThrows({ code: 'RULE_VIOLATION', rule: 'LEADER_NOT_COMPETENT', field: 'leaderId' });
    given(historyUntil('appraised')).when(cmd.submit({ proposal: '' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'PROPOSAL_REQUIRED' });
    given(historyUntil('appraised')).when(cmd.submit({ draft: { documentType: 'memo', excerpt: 'x' } })).thenThrows({ code: 'RULE_VIOLATION', rule: 'UNKNOWN_DOCUMENT_TYPE' });
    const [office] = decideDossier(cmd.submit({ leaderId: userId('chanh.vp') }), stateAt('appraised'), CONTEXT);
    expect(office.data).toMatchObject({ signsAs: 'office' });
  });

  it('only the handler, after an appraisal that concluded (a refusal letter too)', () => {
    given(historyUntil('appraised')).when(cmd.submit({ actor: actor('tp.kt') })).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_HANDLING_SPECIALIST' });
    given(historyUntil('with_specialist')).when(cmd.submit()).thenThrows({ code: 'RULE_VIOLATION', rule: 'APPRAISAL_REQUIRED' });
    const needs = run(CONTEXT, cmd.receive(), cmd.transfer(), cmd.assign(), cmd.appraise({ outcome: 'needs_supplement' })).state;
    expect(() => decideDossier(cmd.submit(), needs, CONTEXT)).toThrow(expect.objectContaining({ rule: 'APPRAISAL_REQUIRED' }));
    const refusal = run(CONTEXT, cmd.receive(), cmd.transfer(), cmd.assign(), cmd.appraise({ outcome: 'not_eligible', findings: 'Dự án không phù hợp quy hoạch' })).state;
    expect(decideDossier(cmd.submit(), refusal, CONTEXT)).toHaveLength(1);
    given(historyUntil('submitted')).when(cmd.submit()).thenThrows({ code: 'WRONG_STATE' });
  });
});

describe('initial (ký nháy)', () => {
  it('the office leader in charge of the procedure’s field initials; the result goes to the named leader (step 4 late: due Sat 26/4 12:00)', () => {
    const { state } = given(historyUntil('submitted'))
      .when(cmd.initial())
      .then([
        {
          type: 'DossierResultInitialled',
          data: {
            leaderId: userId('pho.chu.tich.kt'),
            note: null,
            handover: {
              stepNo: 4,
              task: 'Ký nháy',
              fromUserId: userId('pho.chanh.vp.kt'),
              fromUnitId: null,
              toUserId: userId('pho.chu.tich.kt'),
              toUnitId: null,
              startedAt: T.submitted,
              handedAt: T.initialled,
              dueAt: vn('2025-04-26', '12:00'),
              outcome: 'late',
              calendarVersion: CAL,
            },
            by: userId('pho.chanh.vp.kt'),
            at: T.initialled,
          },
        },
      ]);
    expect(state.status).toBe('initialled');
  });

  it('not agreed: back to the handler with the reason, at the step of the submission', () => {
    const { state } = given(historyUntil('submitted'))
      .when(cmd.initial({ agree: false, note: 'Bổ sung căn cứ pháp lý' }))
      .then([{ type: 'DossierSubmissionReturned', data: { note: 'Bổ sung căn cứ pháp lý', by: userId('pho.chanh.vp.kt'), at: T.initialled } }]);
    expect(state).toMatchObject({ status: 'appraised', submission: null, holder: { unitId: KT, userId: userId('cv.kt1') }, currentStep: { no: 3, startedAt: T.initialled } });
    given(historyUntil('submitted')).when(cmd.initial({ agree: false })).thenThrows({ code: 'RULE_VIOLATION', rule: 'REASON_REQUIRED' });
  });

  it('nobody else initials; the office chief may', () => {
    given(historyUntil('submitted')).when(cmd.initial({ actor: actor('pho.chanh.vp.vx') })).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_OFFICE_LEADER_IN_CHARGE' });
    expect(decideDossier(cmd.initial({ actor: actor('chanh.vp') }), stateAt('submitted'), CONTEXT)).toHaveLength(1);
    given(historyUntil('appraised')).when(cmd.initial()).thenThrows({ code: 'WRONG_STATE' });
  });
});

describe('sign (ký)', () => {
  it('the named leader signs; the result goes to the clerks (step 5 early: due Tue 29/4 12:00)', () => {
    const { state } = given(historyUntil('initialled'))
      .when(cmd.sign())
      .then([
        {
          type: 'DossierResultSigned',
          data: {
            signsAs: 'committee',
            note: null,
            handover: {
              stepNo: 5,
              task: 'Ký duyệt',
              fromUserId: userId('pho.chu.tich.kt'),
              fromUnitId: null,
              toUserId: null,
              toUnitId: null,
              startedAt: T.initialled,
              handedAt: T.signed,
              dueAt: vn('2025-04-29', '12:00'),
              outcome: 'early',
              calendarVersion: CAL,
            },
            by: userId('pho.chu.tich.kt'),
            at: T.signed,
          },
        },
      ]);
    expect(state.status).toBe('signed');
  });

  it('NOT_INITIALLED before the initial; only the named leader (NOT_ADDRESSEE); rejected needs a reason', () => {
    given(historyUntil('submitted')).when(cmd.sign()).thenThrows({ code: 'RULE_VIOLATION', rule: 'NOT_INITIALLED' });
    given(historyUntil('submitted')).when(cmd.sign({ actor: actor('chu.tich') })).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_ADDRESSEE' });
    given(historyUntil('initialled')).when(cmd.sign({ actor: actor('chu.tich') })).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_ADDRESSEE' });
    given(historyUntil('initialled')).when(cmd.sign({ decision: 'rejected' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'REASON_REQUIRED' });
    given(historyUntil('signed')).when(cmd.sign()).thenThrows({ code: 'WRONG_STATE' });
  });

  it('rejected: back to the handler', () => {
    const { state } = given(historyUntil('initialled'))
      .when(cmd.sign({ decision: 'rejected', note: 'Chưa đủ căn cứ' }))
      .then([{ type: 'DossierSubmissionRejected', data: { note: 'Chưa đủ căn cứ', by: userId('pho.chu.tich.kt'), at: T.signed } }]);
    expect(state).toMatchObject({ status: 'appraised', lastSetBack: { kind: 'submission_rejected', reason: 'Chưa đủ căn cứ' } });
    expect(decideDossier(cmd.submit({ now: vn('2025-04-29') }), state, CONTEXT)[0].data).toMatchObject({ handover: { stepNo: 3 } });
  });
});

describe('issue (phát hành)', () => {
  it('a clerk numbers it in the outgoing register; the symbol as for documents; the result goes back to the desk', () => {
    const { state } = given(historyUntil('signed'))
      .when(cmd.issue())
      .then([
        {
          type: 'DossierResultIssued',
          data: {
            outgoingNumber: 15,
            outgoingYear: 2025,
            symbol: '15/QĐ-UBND',
            documentType: 'decision',
            excerpt: cmd.submit().draft.excerpt,
            recipients: ['Công ty TNHH Minh Phát', 'Sở Tài chính'],
            copies: 3,
            responsibleSpecialistId: userId('cv.kt1'),
            signerId: userId('pho.chu.tich.kt'),
            signsAs: 'committee',
            handover: {
              stepNo: 6,
              task: 'Phát hành, chuyển kết quả',
              fromUserId: userId('vanthu1'),
              fromUnitId: departmentId('HCTC'),
              toUserId: userId('motcua1'),
              toUnitId: null,
              startedAt: T.signed,
              handedAt: T.issued,
              dueAt: vn('2025-04-29', '12:00'),
              outcome: 'on_time',
              calendarVersion: CAL,
            },
            by: userId('vanthu1'),
            at: T.issued,
          },
        },
      ]);
    expect(state.status).toBe('issued');
  });

  it('a công văn carries the handling department, or the suffix given', () => {
    const letter = run(CONTEXT, cmd.receive(), cmd.transfer(), cmd.assign(), cmd.appraise(), cmd.submit({ leaderId: userId('pho.chanh.vp.kt'), draft: { documentType: 'official_letter', excerpt: 'Trả lời' } }), cmd.initial(), cmd.sign({ actor: actor('pho.chanh.vp.kt') })).state;
    expect(decideDossier(cmd.issue({ outgoingNumber: 7 }), letter, CONTEXT)[0].data).toMatchObject({ symbol: '07/VPUBND-KT' });
    expect(decideDossier(cmd.issue({ outgoingNumber: 7, symbolSuffix: 'TH' }), letter, CONTEXT)[0].data).toMatchObject({ symbol: '07/VPUBND-TH' });
  });

  it('NOT_SIGNED before the signature; only a clerk; after issue the wrong state; number, recipients and copies checked', () => {
    given(historyUntil('initialled')).when(cmd.issue()).thenThrows({ code: 'RULE_VIOLATION', rule: 'NOT_SIGNED' });
    given(historyUntil('with_specialist')).when(cmd.issue()).thenThrows({ code: 'RULE_VIOLATION', rule: 'NOT_SIGNED' });
    given(historyUntil('signed')).when(cmd.issue({ actor: actor('motcua1') })).thenThrows({ code: 'FORBIDDEN', rule: 'CLERK_ONLY' });
    given(historyUntil('issued')).when(cmd.issue()).thenThrows({ code: 'WRONG_STATE' });
    given(historyUntil('signed')).when(cmd.issue({ outgoingNumber: 0 })).thenThrows({ code: 'RULE_VIOLATION', rule: 'INVALID_NUMBER' });
    given(historyUntil('signed')).when(cmd.issue({ recipients: [] })).thenThrows({ code: 'RULE_VIOLATION', rule: 'RECIPIENTS_REQUIRED' });
    given(historyUntil('signed')).when(cmd.issue({ copies: 1 })).thenThrows({ code: 'RULE_VIOLATION', rule: 'COPIES_FEWER_THAN_RECIPIENTS' });
  });

  it('the control sheet of the whole path, one row per hand-over', () => {
    const state = dossierStateFrom(historyUntil('returned'));
    const rows = state.status === 'returned' ? state.handovers.map((h) => [h.stepNo, h.outcome]) : [];
    expect(rows).toEqual([
      [1, 'on_time'],
      [2, 'on_time'],
      [3, 'early'],
      [4, 'late'],
      [5, 'early'],
      [6, 'on_time'],
      [7, null],
    ]);
  });
});
