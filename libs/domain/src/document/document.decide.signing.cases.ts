import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { actor, cmd, deadline, given, historyUntil, run, T, userId, vn } from '../testing/document-fixtures';
import type { DocumentEvent } from './document.events';

/** Initial, sign, issue, archive, extend-deadline: DOMAIN.md §2 last rows, QC 10.1.1, 11.1. */

describe('initial (ký nháy by the office leader in charge)', () => {
  it('agreed: the slip is initialled and goes to the named leader', () => {
    const { state } = given(historyUntil('submitted'))
      .when(cmd.initial({ note: 'Đồng ý, kính trình' }))
      .then([{ type: 'SubmissionInitialled', data: { leaderId: userId('pho.chu.tich.kt'), note: 'Đồng ý, kính trình', by: userId('pho.chanh.vp.kt'), at: T.initialled } }]);
    expect(state).toMatchObject({ status: 'initialled', initial: { by: userId('pho.chanh.vp.kt') } });
  });

  it('not agreed: SubmissionReturned, back to the specialist (status appraised, the appraisal kept)', () => {
    const { state } = given(historyUntil('submitted'))
      .when(cmd.initial({ agree: false, note: 'Đề nghị làm rõ nguồn vốn' }))
      .then([{ type: 'SubmissionReturned', data: { note: 'Đề nghị làm rõ nguồn vốn', by: userId('pho.chanh.vp.kt'), at: T.initialled } }]);
    expect(state).toMatchObject({
      status: 'appraised',
      submission: null,
      appraisal: { outcome: 'valid' },
      lastReturn: { kind: 'submission_returned', reason: 'Đề nghị làm rõ nguồn vốn', by: userId('pho.chanh.vp.kt') },
    });
  });

  it('after a return the specialist submits again; the submit clock keeps its first completion', () => {
    const { state } = run(
      ...[cmd.receive(), cmd.distribute(), cmd.assign(), cmd.appraise(), cmd.submit()],
      cmd.initial({ agree: false, note: 'Bổ sung căn cứ pháp lý' }),
      cmd.submit({ now: vn('2025-05-07', '09:00'), leaderIds: [userId('chu.tich')] }),
      cmd.initial({ now: vn('2025-05-07', '14:00') }),
    );
    expect(state).toMatchObject({ status: 'initialled', submission: { leaderId: userId('chu.tich') }, deadlines: { submit: { doneAt: T.submitted } } });
  });

  it('the office chief may initial', () => {
    const { state } = given(historyUntil('submitted')).when(cmd.initial({ actor: actor('chanh.vp') })).then([expect.anything() as DocumentEvent]);
    expect(state.status).toBe('initialled');
  });

  it('RULE_VIOLATION REASON_REQUIRED: not agreeing needs a reason', () => {
    given(historyUntil('submitted')).when(cmd.initial({ agree: false })).thenThrows({ code: 'RULE_VIOLATION', rule: 'REASON_REQUIRED', field: 'note' });
  });

  it('RULE_VIOLATION INVALID_VALUE: agree must be a boolean', () => {
    given(historyUntil('submitted')).when(cmd.initial({ agree: 'yes' as never })).thenThrows({ code: 'RULE_VIOLATION', rule: 'INVALID_VALUE', field: 'agree' });
  });

  it.each(['pho.chanh.vp.vx', 'pho.chu.tich.kt', 'chu.tich', 'tp.kt', 'cv.kt1'])('FORBIDDEN: %s is not the office leader in charge', (username) => {
    given(historyUntil('submitted')).when(cmd.initial({ actor: actor(username) })).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_OFFICE_LEADER_IN_CHARGE' });
  });

  it('WRONG_STATE: nothing submitted, or already initialled', () => {
    given(historyUntil('appraised')).when(cmd.initial()).thenThrows({ code: 'WRONG_STATE' });
    given(historyUntil('initialled')).when(cmd.initial()).thenThrows({ code: 'WRONG_STATE' });
  });
});

describe('sign (ký ban hành by the leader named in the submission, nobody else)', () => {
  it('approved: DocumentSigned with the issue deadline (next working day)', () => {
    const { state } = given(historyUntil('initialled'))
      .when(cmd.sign({ note: 'Đồng ý' }))
      .then([{ type: 'DocumentSigned', data: { signsAs: 'committee', capacity: 'own', onBehalfOf: null, delegationId: null, note: 'Đồng ý', issueDeadline: deadline('issue', '2025-05-07'), by: userId('pho.chu.tich.kt'), at: T.signed } }]);
    expect(state).toMatchObject({ status: 'signed', signature: { by: userId('pho.chu.tich.kt'), signsAs: 'committee' }, deadlines: { issue: { due: '2025-05-07', doneAt: null } } });
  });

  it('urgent documents are issued the same day', () => {
    const events = historyUntil('signed', { urgency: 'flash' });
    expect(events.at(-1)).toMatchObject({ type: 'DocumentSigned', data: { issueDeadline: { due: '2025-05-06' } } });
  });

  it('an office leader named in the submission signs as the Office', () => {
    const { state } = run(
      cmd.receive(),
      cmd.distribute(),
      cmd.assign(),
      cmd.appraise(),
      cmd.submit({ leaderIds: [userId('pho.chanh.vp.kt')], draft: { documentType: 'official_letter', excerpt: 'V/v đôn đốc báo cáo' } }),
      cmd.initial(),
      cmd.sign({ actor: actor('pho.chanh.vp.kt') }),
    );
    expect(state).toMatchObject({ status: 'signed', signature: { signsAs: 'office' } });
  });

  it('rejected: SubmissionRejected, back to the specialist', () => {
    const { state } = given(historyUntil('initialled'))
      .when(cmd.sign({ decision: 'rejected', note: 'Chưa đủ cơ sở phê duyệt' }))
      .then([{ type: 'SubmissionRejected', data: { note: 'Chưa đủ cơ sở phê duyệt', by: userId('pho.chu.tich.kt'), at: T.signed } }]);
    expect(state).toMatchObject({ status: 'appraised', submission: null, initial: null, lastReturn: { kind: 'submission_rejected' } });
  });

  it('RULE_VIOLATION REASON_REQUIRED: a rejection needs a reason', () => {
    given(historyUntil('initialled')).when(cmd.sign({ decision: 'rejected' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'REASON_REQUIRED', field: 'note' });
  });

  it('RULE_VIOLATION INVALID_VALUE: an unknown decision', () => {
    given(historyUntil('initialled')).when(cmd.sign({ decision: 'maybe' as never })).thenThrows({ code: 'RULE_VIOLATION', rule: 'INVALID_VALUE', field: 'decision' });
  });

  it('RULE_VIOLATION NOT_INITIALLED: the office leader must initial first', () => {
    given(historyUntil('submitted')).when(cmd.sign()).thenThrows({ code: 'RULE_VIOLATION', rule: 'NOT_INITIALLED' });
  });

  it.each(['chu.tich', 'pho.chu.tich.vx', 'chanh.vp', 'pho.chanh.vp.kt', 'vanthu1'])('FORBIDDEN NOT_ADDRESSEE: %s is not the leader named in the submission', (username) => {
    given(historyUntil('initialled')).when(cmd.sign({ actor: actor(username) })).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_ADDRESSEE' });
  });

  it('WRONG_STATE: not submitted, or already signed', () => {
    given(historyUntil('appraised')).when(cmd.sign()).thenThrows({ code: 'WRONG_STATE' });
    given(historyUntil('signed')).when(cmd.sign()).thenThrows({ code: 'WRONG_STATE' });
  });
});

describe('issue (phát hành by a clerk)', () => {
  it('records number, symbol, recipients, copies, the responsible specialist and the signer', () => {
    const { state } = given(historyUntil('signed'))
      .when(cmd.issue())
      .then([
        {
          type: 'DocumentIssued',
          data: {
            outgoingNumber: 15,
            outgoingYear: 2025,
            symbol: '15/QĐ-UBND',
            documentType: 'decision',
            excerpt: 'Phê duyệt chủ trương đầu tư dự án khu công nghiệp',
            recipients: ['Sở Kế hoạch và Đầu tư', 'Sở Tài chính'],
            copies: 4,
            responsibleSpecialistId: userId('cv.kt1'),
            signerId: userId('pho.chu.tich.kt'),
            signsAs: 'committee',
            by: userId('vanthu1'),
            at: T.issued,
          },
        },
      ]);
    expect(state).toMatchObject({
      status: 'issued',
      outgoing: { symbol: '15/QĐ-UBND' },
      deadlines: { issue: { due: '2025-05-07', doneAt: T.issued }, leader: { due: '2025-05-15', doneAt: T.issued } },
    });
  });

  it('another clerk may issue; an Office-signed công văn has its unit in the symbol', () => {
    const signedByOffice = run(
      cmd.receive(),
      cmd.distribute(),
      cmd.assign(),
      cmd.appraise(),
      cmd.submit({ leaderIds: [userId('pho.chanh.vp.kt')], draft: { documentType: 'official_letter', excerpt: 'V/v đôn đốc báo cáo' } }),
      cmd.initial(),
      cmd.sign({ actor: actor('pho.chanh.vp.kt') }),
    ).events;
    const { events } = given(signedByOffice).when(cmd.issue({ actor: actor('vanthu2'), outgoingNumber: 12, symbol: '12/VPUBND-KT' })).then([expect.anything() as DocumentEvent]);
    expect(events[0]).toMatchObject({ data: { symbol: '12/VPUBND-KT', signsAs: 'office', documentType: 'official_letter', signerId: userId('pho.chanh.vp.kt'), by: userId('vanthu2') } });
    given(signedByOffice).when(cmd.issue({ outgoingNumber: 12, symbol: '12/UBND-KT' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'SYMBOL_MISMATCH' });
  });

  it('a symbol may carry a suffix after organ (e.g. a field code)', () => {
    const { events } = given(historyUntil('signed')).when(cmd.issue({ symbol: '15/QĐ-UBND-KT' })).then([expect.anything() as DocumentEvent]);
    expect(events[0]).toMatchObject({ data: { symbol: '15/QĐ-UBND-KT' } });
  });

  it.each<['initialled' | 'submitted' | 'appraised' | 'received']>([['initialled'], ['submitted'], ['appraised'], ['received']])('RULE_VIOLATION NOT_SIGNED: %s', (stage) => {
    given(historyUntil(stage)).when(cmd.issue()).thenThrows({ code: 'RULE_VIOLATION', rule: 'NOT_SIGNED' });
  });

  it('RULE_VIOLATION NOT_SIGNED: a rejected submission is not signed', () => {
    const rejected = run(cmd.receive(), cmd.distribute(), cmd.assign(), cmd.appraise(), cmd.submit(), cmd.initial(), cmd.sign({ decision: 'rejected', note: 'Không duyệt' })).events;
    given(rejected).when(cmd.issue()).thenThrows({ code: 'RULE_VIOLATION', rule: 'NOT_SIGNED' });
  });

  it('WRONG_STATE: already issued (ALREADY_ISSUED), or archived', () => {
    given(historyUntil('issued')).when(cmd.issue()).thenThrows({ code: 'WRONG_STATE', rule: 'ALREADY_ISSUED' });
    given(historyUntil('archived')).when(cmd.issue()).thenThrows({ code: 'WRONG_STATE' });
  });

  it.each(['cv.kt1', 'pho.chu.tich.kt', 'chanh.vp', 'motcua1'])('FORBIDDEN CLERK_ONLY: %s', (username) => {
    given(historyUntil('signed')).when(cmd.issue({ actor: actor(username) })).thenThrows({ code: 'FORBIDDEN', rule: 'CLERK_ONLY' });
  });

  it.each<[string, Parameters<typeof cmd.issue>[0], string, string]>([
    ['number 0', { outgoingNumber: 0, symbol: '0/QĐ-UBND' }, 'INVALID_NUMBER', 'outgoingNumber'],
    ['no symbol', { symbol: ' ' }, 'SYMBOL_REQUIRED', 'symbol'],
    ['symbol of another number', { symbol: '16/QĐ-UBND' }, 'SYMBOL_MISMATCH', 'symbol'],
    ['symbol of another type', { symbol: '15/TB-UBND' }, 'SYMBOL_MISMATCH', 'symbol'],
    ['symbol of another organ', { symbol: '15/QĐ-VPUBND' }, 'SYMBOL_MISMATCH', 'symbol'],
    ['no recipients', { recipients: [] }, 'RECIPIENTS_REQUIRED', 'recipients'],
    ['a blank recipient', { recipients: ['Sở Tài chính', ''] }, 'RECIPIENTS_REQUIRED', 'recipients'],
    ['0 copies', { copies: 0 }, 'INVALID_COPIES', 'copies'],
    ['fewer copies than recipients', { copies: 1 }, 'COPIES_FEWER_THAN_RECIPIENTS', 'copies'],
  ])('RULE_VIOLATION: %s', (_name, overrides, rule, field) => {
    given(historyUntil('signed')).when(cmd.issue(overrides)).thenThrows({ code: 'RULE_VIOLATION', rule, field });
  });

  it('numbers below 10 carry a leading zero', () => {
    const { events } = given(historyUntil('signed')).when(cmd.issue({ outgoingNumber: 5, symbol: '05/QĐ-UBND' })).then([expect.anything() as DocumentEvent]);
    expect(events[0]).toMatchObject({ data: { outgoingNumber: 5, symbol: '05/QĐ-UBND' } });
  });
});

describe('archive (lưu hồ sơ, after issue)', () => {
  it('by the clerk, permanently', () => {
    const { state } = given(historyUntil('issued'))
      .when(cmd.archive())
      .then([{ type: 'DocumentArchived', data: { fileCode: 'KT.01/2025', retention: 'permanent', caseFileId: null, caseFileCode: null, by: userId('vanthu1'), at: T.archived } }]);
    expect(state).toMatchObject({ status: 'archived', archive: { fileCode: 'KT.01/2025' } });
  });

  it('by the assigned specialist, for a number of years', () => {
    given(historyUntil('issued'))
      .when(cmd.archive({ actor: actor('cv.kt1'), retention: 10 }))
      .then([{ type: 'DocumentArchived', data: { fileCode: 'KT.01/2025', retention: 10, caseFileId: null, caseFileCode: null, by: userId('cv.kt1'), at: T.archived } }]);
  });

  it('into a case file (hồ sơ công việc): its code and retention are the archive’s', () => {
    given(historyUntil('issued'))
      .when(cmd.archive({ fileCode: undefined, retention: undefined, caseFile: { id: '0b6f5a3e-0000-4000-8000-0000000001f1', code: 'KT.01', retention: 20 } }))
      .then([{ type: 'DocumentArchived', data: { fileCode: 'KT.01', retention: 20, caseFileId: '0b6f5a3e-0000-4000-8000-0000000001f1', caseFileCode: 'KT.01', by: userId('vanthu1'), at: T.archived } }]);
  });

  it.each(['cv.kt2', 'tp.kt', 'pho.chu.tich.kt'])('FORBIDDEN: %s is neither a clerk nor the assigned specialist', (username) => {
    given(historyUntil('issued')).when(cmd.archive({ actor: actor(username) })).thenThrows({ code: 'FORBIDDEN', rule: 'CLERK_OR_ASSIGNED_SPECIALIST' });
  });

  it.each<[string, unknown]>([
    ['0 years', 0],
    ['101 years', 101],
    ['2.5 years', 2.5],
    ['"forever"', 'forever'],
    ['"10"', '10'],
  ])('RULE_VIOLATION INVALID_RETENTION: %s', (_name, retention) => {
    given(historyUntil('issued')).when(cmd.archive({ retention: retention as never })).thenThrows({ code: 'RULE_VIOLATION', rule: 'INVALID_RETENTION', field: 'retention' });
  });

  it('RULE_VIOLATION FILE_CODE_REQUIRED', () => {
    given(historyUntil('issued')).when(cmd.archive({ fileCode: '' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'FILE_CODE_REQUIRED', field: 'fileCode' });
  });

  it('WRONG_STATE: before issue, or already archived', () => {
    given(historyUntil('signed')).when(cmd.archive()).thenThrows({ code: 'WRONG_STATE' });
    given(historyUntil('archived')).when(cmd.archive()).thenThrows({ code: 'WRONG_STATE' });
  });
});

describe('extend-deadline (gia hạn, by the leader who set the due date)', () => {
  it('moves the leader deadline; the old date stays in the event', () => {
    const { state } = given(historyUntil('assigned'))
      .when(cmd.extendDeadline())
      .then([
        {
          type: 'DeadlineExtended',
          data: {
            previousDueDate: '2025-05-15',
            newDueDate: '2025-05-30',
            leaderDeadline: deadline('leader', '2025-05-30'),
            reason: 'Chờ ý kiến của Bộ Kế hoạch và Đầu tư',
            by: userId('pho.chanh.vp.kt'),
            at: vn('2025-05-07', '09:00'),
          },
        },
      ]);
    expect(state).toMatchObject({ status: 'assigned', deadlines: { leader: { due: '2025-05-30', setBy: userId('pho.chanh.vp.kt'), extensions: 1, doneAt: null } } });
  });

  it('may be extended again, in any status before issue', () => {
    const { state } = run(
      cmd.receive(),
      cmd.distribute(),
      cmd.assign(),
      cmd.appraise(),
      cmd.submit(),
      cmd.extendDeadline(),
      cmd.initial(),
      cmd.sign(),
      cmd.extendDeadline({ newDueDate: '2025-06-10', now: T.signed }),
    );
    expect(state).toMatchObject({ status: 'signed', deadlines: { leader: { due: '2025-06-10', extensions: 2 } } });
  });

  it.each(['chanh.vp', 'chu.tich', 'tp.kt', 'pho.chanh.vp.vx'])('FORBIDDEN NOT_DEADLINE_SETTER: %s did not set it', (username) => {
    given(historyUntil('assigned')).when(cmd.extendDeadline({ actor: actor(username) })).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_DEADLINE_SETTER' });
  });

  it('the office chief who set a due date is the one who extends it', () => {
    const history = run(cmd.receive(), cmd.distribute({ actor: actor('chanh.vp') })).events;
    given(history).when(cmd.extendDeadline({ actor: actor('chanh.vp') })).then([expect.objectContaining({ type: 'DeadlineExtended' }) as DocumentEvent]);
    given(history).when(cmd.extendDeadline()).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_DEADLINE_SETTER' });
  });

  it('WRONG_STATE NO_DUE_DATE: no due date was given', () => {
    const history = run(cmd.receive(), cmd.distribute({ dueDate: null })).events;
    given(history).when(cmd.extendDeadline()).thenThrows({ code: 'WRONG_STATE', rule: 'NO_DUE_DATE' });
  });

  it('WRONG_STATE: after issue the clock has stopped', () => {
    given(historyUntil('issued')).when(cmd.extendDeadline()).thenThrows({ code: 'WRONG_STATE' });
  });

  it.each<[string, Parameters<typeof cmd.extendDeadline>[0], string, string]>([
    ['not later', { newDueDate: '2025-05-15' }, 'EXTENSION_NOT_LATER', 'newDueDate'],
    ['earlier', { newDueDate: '2025-05-10' }, 'EXTENSION_NOT_LATER', 'newDueDate'],
    ['malformed', { newDueDate: '30/05/2025' }, 'INVALID_DATE', 'newDueDate'],
    ['no reason', { reason: '' }, 'REASON_REQUIRED', 'reason'],
    ['in the past', { newDueDate: '2025-05-20', now: vn('2025-05-22', '09:00') }, 'DUE_DATE_IN_PAST', 'newDueDate'],
  ])('RULE_VIOLATION: %s', (_name, overrides, rule, field) => {
    given(historyUntil('assigned')).when(cmd.extendDeadline(overrides)).thenThrows({ code: 'RULE_VIOLATION', rule, field });
  });
});
