import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { actor, cmd, deadline, given, historyUntil, run, T, userId, vn } from '../testing/document-fixtures';
import type { DocumentEvent } from './document.events';

/** Appraise, request and receive a supplement, submit: DOMAIN.md §2 middle rows, QC 10.2. */

const ALL_OK = { procedure: { ok: true }, format: { ok: true }, content: { ok: true }, legality: { ok: true } };

describe('appraise (thẩm định)', () => {
  it('records findings on procedure, format, content, legality and the outcome', () => {
    const { state } = given(historyUntil('assigned'))
      .when(cmd.appraise())
      .then([
        {
          type: 'DocumentAppraised',
          data: {
            findings: {
              procedure: { ok: true, note: null },
              format: { ok: true, note: null },
              content: { ok: true, note: null },
              legality: { ok: true, note: 'Phù hợp Luật Đầu tư 2020' },
            },
            outcome: 'valid',
            by: userId('cv.kt1'),
            at: T.appraised,
          },
        },
      ]);
    expect(state).toMatchObject({ status: 'appraised', appraisal: { outcome: 'valid', by: userId('cv.kt1') } });
  });

  it('an incomplete dossier: needs_supplement, each failed heading explained', () => {
    const { state } = given(historyUntil('assigned'))
      .when(cmd.appraise({ findings: { ...ALL_OK, procedure: { ok: false, note: 'Thiếu báo cáo ĐTM' } }, outcome: 'needs_supplement' }))
      .then([expect.objectContaining({ type: 'DocumentAppraised' }) as DocumentEvent]);
    expect(state).toMatchObject({ status: 'appraised', appraisal: { outcome: 'needs_supplement', findings: { procedure: { ok: false, note: 'Thiếu báo cáo ĐTM' } } } });
  });

  it('may be appraised again (e.g. after a returned submission)', () => {
    const history = run(cmd.receive(), cmd.distribute(), cmd.assign(), cmd.appraise({ findings: { ...ALL_OK, format: { ok: false, note: 'Sai thể thức' } }, outcome: 'needs_supplement' })).events;
    const { state } = given(history).when(cmd.appraise({ now: vn('2025-04-29', '08:00') })).then([expect.objectContaining({ type: 'DocumentAppraised' }) as DocumentEvent]);
    expect(state).toMatchObject({ status: 'appraised', appraisal: { outcome: 'valid' } });
  });

  it('the new specialist appraises after a reassignment; the former one may not', () => {
    const history = run(cmd.receive(), cmd.distribute(), cmd.assign(), cmd.assign({ specialistId: userId('cv.kt2'), reason: 'Nghỉ phép' })).events;
    given(history).when(cmd.appraise()).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_ASSIGNED_SPECIALIST' });
    given(history).when(cmd.appraise({ actor: actor('cv.kt2') })).then([expect.objectContaining({ type: 'DocumentAppraised' }) as DocumentEvent]);
  });

  it.each(['cv.kt2', 'tp.kt', 'pho.chanh.vp.kt'])('FORBIDDEN: only the assigned specialist (%s is not)', (username) => {
    given(historyUntil('assigned')).when(cmd.appraise({ actor: actor(username) })).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_ASSIGNED_SPECIALIST' });
  });

  it('WRONG_STATE: before assignment, while a supplement is awaited, once submitted', () => {
    given(historyUntil('distributed')).when(cmd.appraise()).thenThrows({ code: 'WRONG_STATE' });
    given(run(cmd.receive(), cmd.distribute(), cmd.assign(), cmd.requestSupplement()).events).when(cmd.appraise()).thenThrows({ code: 'WRONG_STATE' });
    given(historyUntil('submitted')).when(cmd.appraise()).thenThrows({ code: 'WRONG_STATE' });
  });

  it.each<[string, Parameters<typeof cmd.appraise>[0], string, string]>([
    ['a heading missing', { findings: { ...ALL_OK, legality: undefined as never } }, 'FINDINGS_REQUIRED', 'findings.legality'],
    ['a heading without ok', { findings: { ...ALL_OK, content: { note: 'x' } as never } }, 'FINDINGS_REQUIRED', 'findings.content'],
    ['a failed heading without a note', { findings: { ...ALL_OK, format: { ok: false } }, outcome: 'needs_supplement' }, 'FINDING_NOTE_REQUIRED', 'findings.format.note'],
    ['valid with a failed heading', { findings: { ...ALL_OK, legality: { ok: false, note: 'Trái luật' } }, outcome: 'valid' }, 'APPRAISAL_INCONSISTENT', 'outcome'],
    ['an unknown outcome', { outcome: 'maybe' as never }, 'INVALID_VALUE', 'outcome'],
  ])('RULE_VIOLATION: %s', (_name, overrides, rule, field) => {
    given(historyUntil('assigned')).when(cmd.appraise(overrides)).thenThrows({ code: 'RULE_VIOLATION', rule, field });
  });
});

describe('request-supplement (yêu cầu bổ sung) and receive-supplement (văn thư nhận bổ sung)', () => {
  const requested = () => run(cmd.receive(), cmd.distribute(), cmd.assign(), cmd.requestSupplement()).events;

  it('lists the missing items in full; marks the supplement clock done', () => {
    const { state } = given(historyUntil('assigned'))
      .when(cmd.requestSupplement({ note: 'Đề nghị bổ sung trong 5 ngày' }))
      .then([
        {
          type: 'SupplementRequested',
          data: {
            missingItems: ['Báo cáo đánh giá tác động môi trường', 'Ý kiến của Sở Tài chính'],
            note: 'Đề nghị bổ sung trong 5 ngày',
            by: userId('cv.kt1'),
            at: vn('2025-04-25', '15:00'),
          },
        },
      ]);
    expect(state).toMatchObject({ status: 'supplement_requested', deadlines: { supplement: { due: '2025-04-26', doneAt: vn('2025-04-25', '15:00') } } });
  });

  it('after an appraisal that found the dossier incomplete', () => {
    const history = run(cmd.receive(), cmd.distribute(), cmd.assign(), cmd.appraise({ findings: { ...ALL_OK, procedure: { ok: false, note: 'Thiếu hồ sơ' } }, outcome: 'needs_supplement' })).events;
    given(history).when(cmd.requestSupplement()).then([expect.objectContaining({ type: 'SupplementRequested' }) as DocumentEvent]);
  });

  it('the clerk receives it: the dossier is valid again, the submit clock restarts, the appraisal is redone', () => {
    const { state } = given(requested())
      .when(cmd.receiveSupplement({ note: 'Nhận 02 tài liệu bổ sung' }))
      .then([
        {
          type: 'SupplementReceived',
          // Tue 6/5/2025 → 7, 8, 9, 12, 13/5.
          data: { note: 'Nhận 02 tài liệu bổ sung', submitDeadline: deadline('submit', '2025-05-13'), by: userId('vanthu2'), at: vn('2025-05-06', '10:00') },
        },
      ]);
    expect(state).toMatchObject({ status: 'assigned', appraisal: null, supplement: { receivedBy: userId('vanthu2') }, deadlines: { submit: { due: '2025-05-13', doneAt: null } } });
  });

  it('RULE_VIOLATION SUPPLEMENT_ALREADY_REQUESTED: once only, even after it was received', () => {
    const received = run(cmd.receive(), cmd.distribute(), cmd.assign(), cmd.requestSupplement(), cmd.receiveSupplement()).events;
    given(received).when(cmd.requestSupplement({ now: vn('2025-05-07', '09:00') })).thenThrows({ code: 'RULE_VIOLATION', rule: 'SUPPLEMENT_ALREADY_REQUESTED' });
    // While it is awaited, asking again is not a step at all.
    given(requested()).when(cmd.requestSupplement()).thenThrows({ code: 'WRONG_STATE' });
  });

  it('RULE_VIOLATION APPRAISAL_ALREADY_VALID: appraise again before asking for more', () => {
    given(historyUntil('appraised')).when(cmd.requestSupplement()).thenThrows({ code: 'RULE_VIOLATION', rule: 'APPRAISAL_ALREADY_VALID' });
  });

  it.each<[string, string[]]>([
    ['empty list', []],
    ['a blank item', ['Báo cáo', '  ']],
  ])('RULE_VIOLATION MISSING_ITEMS_REQUIRED: %s', (_name, missingItems) => {
    given(historyUntil('assigned')).when(cmd.requestSupplement({ missingItems })).thenThrows({ code: 'RULE_VIOLATION', rule: 'MISSING_ITEMS_REQUIRED', field: 'missingItems' });
  });

  it('FORBIDDEN: only the assigned specialist requests; only a clerk receives', () => {
    given(historyUntil('assigned')).when(cmd.requestSupplement({ actor: actor('cv.kt2') })).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_ASSIGNED_SPECIALIST' });
    given(requested()).when(cmd.receiveSupplement({ actor: actor('cv.kt1') })).thenThrows({ code: 'FORBIDDEN', rule: 'CLERK_ONLY' });
    given(requested()).when(cmd.receiveSupplement({ actor: actor('motcua1') })).thenThrows({ code: 'FORBIDDEN', rule: 'CLERK_ONLY' });
  });

  it('WRONG_STATE: requesting before assignment; receiving what was not requested', () => {
    given(historyUntil('distributed')).when(cmd.requestSupplement()).thenThrows({ code: 'WRONG_STATE' });
    given(historyUntil('assigned')).when(cmd.receiveSupplement()).thenThrows({ code: 'WRONG_STATE' });
  });
});

describe('submit (trình: phiếu trình to exactly one competent leader)', () => {
  it('to the committee leader in charge of the field; reserved and related opinions are kept', () => {
    const { state } = given(historyUntil('appraised'))
      .when(cmd.submit())
      .then([
        {
          type: 'DocumentSubmitted',
          data: {
            leaderId: userId('pho.chu.tich.kt'),
            signsAs: 'committee',
            proposal: 'Đề nghị phê duyệt chủ trương đầu tư',
            relatedOpinions: [{ agency: 'Sở Tài chính', opinion: 'Thống nhất' }],
            reservedOpinion: 'Bảo lưu ý kiến về quy mô diện tích',
            draft: { documentType: 'decision', excerpt: 'Phê duyệt chủ trương đầu tư dự án khu công nghiệp' },
            by: userId('cv.kt1'),
            at: T.submitted,
          },
        },
      ]);
    expect(state).toMatchObject({ status: 'submitted', submission: { leaderId: userId('pho.chu.tich.kt') }, deadlines: { submit: { due: '2025-05-05', doneAt: T.submitted } } });
  });

  it.each<[string, 'committee' | 'office']>([
    ['chu.tich', 'committee'], // the chairman is competent for every field
    ['pho.chanh.vp.kt', 'office'], // the field's office leader signs as the Office
    ['chanh.vp', 'office'],
  ])('%s is competent for KH-DT and signs as %s', (username, signsAs) => {
    const { events } = given(historyUntil('appraised')).when(cmd.submit({ leaderIds: [userId(username)], relatedOpinions: undefined, reservedOpinion: undefined })).then([expect.anything() as DocumentEvent]);
    expect(events[0]).toMatchObject({ type: 'DocumentSubmitted', data: { leaderId: userId(username), signsAs, relatedOpinions: [], reservedOpinion: null } });
  });

  it.each(['pho.chu.tich.vx', 'pho.chanh.vp.vx', 'tp.kt', 'cv.kt2', 'kiemtoan1', 'unknown-user'])('RULE_VIOLATION LEADER_NOT_COMPETENT: %s', (username) => {
    const id = username === 'unknown-user' ? username : userId(username);
    given(historyUntil('appraised')).when(cmd.submit({ leaderIds: [id] })).thenThrows({ code: 'RULE_VIOLATION', rule: 'LEADER_NOT_COMPETENT', field: 'leaderIds' });
  });

  it('RULE_VIOLATION ONE_LEADER_PER_SUBMISSION: two leaders, or none', () => {
    given(historyUntil('appraised'))
      .when(cmd.submit({ leaderIds: [userId('pho.chu.tich.kt'), userId('chu.tich')] }))
      .thenThrows({ code: 'RULE_VIOLATION', rule: 'ONE_LEADER_PER_SUBMISSION', field: 'leaderIds' });
    given(historyUntil('appraised')).when(cmd.submit({ leaderIds: [] })).thenThrows({ code: 'RULE_VIOLATION', rule: 'ONE_LEADER_PER_SUBMISSION' });
  });

  it('RULE_VIOLATION APPRAISAL_NOT_VALID: not appraised, appraised incomplete, or re-opened by a supplement', () => {
    given(historyUntil('assigned')).when(cmd.submit()).thenThrows({ code: 'RULE_VIOLATION', rule: 'APPRAISAL_NOT_VALID' });
    const incomplete = run(cmd.receive(), cmd.distribute(), cmd.assign(), cmd.appraise({ findings: { ...ALL_OK, procedure: { ok: false, note: 'Thiếu' } }, outcome: 'needs_supplement' })).events;
    given(incomplete).when(cmd.submit()).thenThrows({ code: 'RULE_VIOLATION', rule: 'APPRAISAL_NOT_VALID' });
    const reopened = run(cmd.receive(), cmd.distribute(), cmd.assign(), cmd.requestSupplement(), cmd.receiveSupplement()).events;
    given(reopened).when(cmd.submit({ now: vn('2025-05-07', '09:00') })).thenThrows({ code: 'RULE_VIOLATION', rule: 'APPRAISAL_NOT_VALID' });
  });

  it('the full supplement path: request, receive, appraise, submit within the new submit deadline', () => {
    const { state } = run(
      cmd.receive(),
      cmd.distribute(),
      cmd.assign(),
      cmd.requestSupplement(),
      cmd.receiveSupplement(),
      cmd.appraise({ now: vn('2025-05-08', '09:00') }),
      cmd.submit({ now: vn('2025-05-09', '09:00') }),
    );
    expect(state).toMatchObject({ status: 'submitted', deadlines: { submit: { due: '2025-05-13', doneAt: vn('2025-05-09', '09:00') }, supplement: { doneAt: vn('2025-04-25', '15:00') } } });
  });

  it.each(['cv.kt2', 'tp.kt'])('FORBIDDEN: only the assigned specialist (%s is not)', (username) => {
    given(historyUntil('appraised')).when(cmd.submit({ actor: actor(username) })).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_ASSIGNED_SPECIALIST' });
  });

  it.each<[string, Parameters<typeof cmd.submit>[0], string, string]>([
    ['no proposal', { proposal: '' }, 'PROPOSAL_REQUIRED', 'proposal'],
    ['a draft of no ND30 type', { draft: { documentType: 'memo', excerpt: 'x' } }, 'UNKNOWN_DOCUMENT_TYPE', 'draft.documentType'],
    ['a draft without excerpt', { draft: { documentType: 'decision', excerpt: ' ' } }, 'REQUIRED', 'draft.excerpt'],
    ['a related opinion without agency', { relatedOpinions: [{ agency: '', opinion: 'Đồng ý' }] }, 'REQUIRED', 'relatedOpinions[0].agency'],
    ['a related opinion without text', { relatedOpinions: [{ agency: 'Sở Xây dựng', opinion: '' }] }, 'REQUIRED', 'relatedOpinions[0].opinion'],
  ])('RULE_VIOLATION: %s', (_name, overrides, rule, field) => {
    given(historyUntil('appraised')).when(cmd.submit(overrides)).thenThrows({ code: 'RULE_VIOLATION', rule, field });
  });

  it('WRONG_STATE: already submitted, or before assignment', () => {
    given(historyUntil('submitted')).when(cmd.submit()).thenThrows({ code: 'WRONG_STATE' });
    given(historyUntil('distributed')).when(cmd.submit()).thenThrows({ code: 'WRONG_STATE' });
  });
});
