import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { DEMO_ORGANISATION } from '../organisation';
import { CONFIDENTIALITIES } from '../shared';
import { actor, ALL_STAGES, cmd, DEMO_CONTEXT, historyUntil, run, T, userId, vn } from '../testing/document-fixtures';
import { availableActions, canView, canViewHistory } from './document.access';
import type { CommandName, DocumentCommand } from './document.commands';
import { decideDocument } from './document.decide';
import type { DocumentEvent } from './document.events';
import { documentStateFrom, evolveDocument, initialDocumentState, type DocumentState } from './document.state';
import { documentDeadlines, outgoingSymbolFor } from './document.views';

const org = DEMO_ORGANISATION;
const state = (events: DocumentEvent[]): DocumentState => documentStateFrom(events);
const sees = (s: DocumentState, username: string) => canView(s, actor(username), org);
const actions = (s: DocumentState, username: string) => availableActions(s, actor(username), org);

describe('canView (DOMAIN.md §2 confidentiality)', () => {
  it('a normal document is visible to all staff', () => {
    const s = state(historyUntil('received'));
    for (const user of org.users) expect(canView(s, { userId: user.id, roles: user.roles, departmentId: user.departmentId }, org)).toBe(true);
  });

  it('nothing to see before registration', () => {
    expect(sees(initialDocumentState, 'chanh.vp')).toBe(false);
  });

  it('from the events: the same answer as folding them all, at every stage, for every confidentiality and every user', () => {
    for (const confidentiality of CONFIDENTIALITIES) {
      for (const stage of ALL_STAGES) {
        const events = historyUntil(stage, { confidentiality });
        for (const user of org.users) {
          const viewer = { userId: user.id, roles: user.roles, departmentId: user.departmentId };
          expect({ confidentiality, stage, user: user.username, sees: canViewHistory(events, viewer, org) })
            .toEqual({ confidentiality, stage, user: user.username, sees: canView(state(events), viewer, org) });
        }
      }
    }
    expect(canViewHistory([], actor('chanh.vp'), org)).toBe(false);
  });

  describe('a confidential document', () => {
    const secret = (stage: (typeof ALL_STAGES)[number]) => state(historyUntil(stage, { confidentiality: 'secret' }));

    it('the office chief and auditors always see it', () => {
      for (const stage of ALL_STAGES) {
        expect(sees(secret(stage), 'chanh.vp')).toBe(true);
        expect(sees(secret(stage), 'kiemtoan1')).toBe(true);
      }
    });

    it('registered: the registering clerk and the office leader who must distribute it, nobody else', () => {
      const s = secret('received');
      expect(sees(s, 'vanthu1')).toBe(true);
      expect(sees(s, 'pho.chanh.vp.kt')).toBe(true);
      for (const other of ['vanthu2', 'pho.chanh.vp.vx', 'tp.kt', 'cv.kt1', 'chu.tich', 'pho.chu.tich.kt', 'thuky.iso', 'quantri']) expect(sees(s, other), other).toBe(false);
    });

    it('distributed: also the head who must assign it, not other heads', () => {
      const s = secret('distributed');
      expect(sees(s, 'tp.kt')).toBe(true);
      expect(sees(s, 'tp.vx')).toBe(false);
      expect(sees(s, 'cv.kt1')).toBe(false);
    });

    it('handled: the assigned specialist, not the colleague at the next desk', () => {
      const s = secret('appraised');
      expect(sees(s, 'cv.kt1')).toBe(true);
      expect(sees(s, 'cv.kt2')).toBe(false);
    });

    it('submitted, initialled, signed: the named leader and the initialler; not other leaders', () => {
      const s = secret('signed');
      for (const onPath of ['vanthu1', 'pho.chanh.vp.kt', 'tp.kt', 'cv.kt1', 'pho.chu.tich.kt']) expect(sees(s, onPath), onPath).toBe(true);
      for (const other of ['chu.tich', 'pho.chu.tich.vx', 'vanthu2', 'cv.kt2']) expect(sees(s, other), other).toBe(false);
    });

    it('a former handler stays on the path after a reassignment', () => {
      const s = state(run(cmd.receive({ confidentiality: 'confidential' }), cmd.distribute(), cmd.assign(), cmd.assign({ specialistId: userId('cv.kt2'), reason: 'Nghỉ phép' })).events);
      expect(sees(s, 'cv.kt1')).toBe(true);
      expect(sees(s, 'cv.kt2')).toBe(true);
    });

    it('the person a sealed envelope is addressed to sees it', () => {
      const s = state(historyUntil('received', { confidentiality: 'top_secret', sealedForUserId: userId('chu.tich') }));
      expect(sees(s, 'chu.tich')).toBe(true);
    });
  });
});

describe('availableActions (the buttons: the decider’s own checks)', () => {
  it.each<[(typeof ALL_STAGES)[number] | 'none', string, CommandName[]]>([
    ['none', 'vanthu1', ['receive']],
    ['none', 'cv.kt1', []],
    ['received', 'pho.chanh.vp.kt', ['distribute']],
    ['received', 'chanh.vp', ['distribute']],
    ['received', 'pho.chanh.vp.vx', []],
    ['received', 'vanthu1', []],
    ['distributed', 'tp.kt', ['assign']],
    ['distributed', 'chanh.vp', ['assign']],
    ['distributed', 'pho.chanh.vp.kt', ['extend-deadline']],
    ['distributed', 'tp.vx', []],
    ['assigned', 'cv.kt1', ['return', 'appraise', 'request-supplement']],
    ['assigned', 'cv.kt2', []],
    ['assigned', 'tp.kt', ['assign']],
    ['appraised', 'cv.kt1', ['appraise', 'submit']],
    ['submitted', 'pho.chanh.vp.kt', ['initial', 'extend-deadline']],
    ['submitted', 'pho.chu.tich.kt', []],
    ['initialled', 'pho.chu.tich.kt', ['sign']],
    ['initialled', 'chu.tich', []],
    ['signed', 'vanthu1', ['issue']],
    ['signed', 'vanthu2', ['issue']],
    ['signed', 'cv.kt1', []],
    ['issued', 'vanthu1', ['archive']],
    ['issued', 'cv.kt1', ['archive']],
    ['issued', 'pho.chanh.vp.kt', []],
    ['archived', 'vanthu1', []],
    ['archived', 'chanh.vp', []],
  ])('%s, %s → %j', (stage, username, expected) => {
    const s = stage === 'none' ? initialDocumentState : state(historyUntil(stage));
    expect(actions(s, username)).toEqual(expected);
  });

  it('the specialist may request a supplement only while none was requested', () => {
    const s = state(run(cmd.receive(), cmd.distribute(), cmd.assign(), cmd.requestSupplement(), cmd.receiveSupplement()).events);
    expect(actions(s, 'cv.kt1')).toEqual(['appraise']);
    const waiting = state(run(cmd.receive(), cmd.distribute(), cmd.assign(), cmd.requestSupplement()).events);
    expect(actions(waiting, 'vanthu2')).toEqual(['receive-supplement']);
    expect(actions(waiting, 'tp.kt')).toEqual(['assign']);
    expect(actions(waiting, 'cv.kt1')).toEqual([]);
  });

  it('after a return the document is back with the office leader', () => {
    const s = state(run(cmd.receive(), cmd.distribute(), cmd.assign(), cmd.return()).events);
    expect(actions(s, 'pho.chanh.vp.kt')).toEqual(['distribute', 'extend-deadline']);
    expect(actions(s, 'cv.kt1')).toEqual([]);
  });

  it('no buttons on a confidential document one may not see', () => {
    const s = state(historyUntil('signed', { confidentiality: 'confidential' }));
    expect(actions(s, 'vanthu1')).toEqual(['issue']);
    expect(actions(s, 'vanthu2')).toEqual([]);
  });

  it('agrees with the decider: a user has the next step listed exactly when decide accepts it from them', () => {
    const next: [(typeof ALL_STAGES)[number], CommandName, (username: string) => DocumentCommand][] = [
      ['received', 'distribute', (u) => cmd.distribute({ actor: actor(u) })],
      ['distributed', 'assign', (u) => cmd.assign({ actor: actor(u) })],
      ['assigned', 'appraise', (u) => cmd.appraise({ actor: actor(u) })],
      ['appraised', 'submit', (u) => cmd.submit({ actor: actor(u) })],
      ['submitted', 'initial', (u) => cmd.initial({ actor: actor(u) })],
      ['initialled', 'sign', (u) => cmd.sign({ actor: actor(u) })],
      ['signed', 'issue', (u) => cmd.issue({ actor: actor(u) })],
      ['issued', 'archive', (u) => cmd.archive({ actor: actor(u) })],
    ];
    for (const [stage, step, command] of next) {
      const s = state(historyUntil(stage));
      for (const user of org.users) {
        let accepted = true;
        try {
          decideDocument(command(user.username), s, DEMO_CONTEXT);
        } catch {
          accepted = false;
        }
        expect(actions(s, user.username).includes(step), `${stage}: ${user.username} ${step}`).toBe(accepted);
      }
    }
  });
});

describe('documentDeadlines (clocks of DOMAIN.md §3)', () => {
  it('just received: distribute, supplement and submit pending', () => {
    expect(documentDeadlines(state(historyUntil('received')))).toEqual({
      distribute: expect.objectContaining({ due: '2025-04-25', doneAt: null, state: 'pending' }),
      supplement: expect.objectContaining({ due: '2025-04-26', doneAt: null, state: 'pending' }),
      submit: expect.objectContaining({ due: '2025-05-05', doneAt: null, state: 'pending' }),
    });
  });

  it('issued on the happy path: every clock on time; supplement does not apply to a complete dossier', () => {
    const d = documentDeadlines(state(historyUntil('issued')));
    expect(Object.keys(d).sort()).toEqual(['distribute', 'issue', 'leader', 'submit']);
    expect(d.distribute).toMatchObject({ state: 'on_time', doneAt: T.distributed });
    expect(d.submit).toMatchObject({ state: 'on_time', doneAt: T.submitted });
    expect(d.issue).toMatchObject({ due: '2025-05-07', state: 'on_time', doneAt: T.issued });
    expect(d.leader).toMatchObject({ due: '2025-05-15', state: 'on_time' });
  });

  it('late steps are late; a requested supplement keeps its clock', () => {
    const s = state(
      run(
        cmd.receive(),
        cmd.distribute({ now: vn('2025-04-28', '08:00'), dueDate: null }),
        cmd.assign({ now: vn('2025-04-28', '09:00') }),
        cmd.requestSupplement({ now: vn('2025-04-29', '09:00') }),
      ).events,
    );
    const d = documentDeadlines(s);
    expect(d.distribute).toMatchObject({ due: '2025-04-25', state: 'late' });
    expect(d.supplement).toMatchObject({ due: '2025-04-26', state: 'late' });
    expect(d.leader).toBeUndefined();
  });

  it('nothing for an unregistered document', () => {
    expect(documentDeadlines(initialDocumentState)).toEqual({});
  });
});

describe('outgoingSymbolFor (what the application allocates at issue)', () => {
  it('a committee decision, an Office công văn with the department code or a given unit code', () => {
    expect(outgoingSymbolFor(state(historyUntil('signed')), 15, org)).toBe('15/QĐ-UBND');
    const letter = state(
      run(
        cmd.receive(),
        cmd.distribute(),
        cmd.assign(),
        cmd.appraise(),
        cmd.submit({ leaderIds: [userId('pho.chanh.vp.kt')], draft: { documentType: 'official_letter', excerpt: 'V/v đôn đốc' } }),
        cmd.initial(),
        cmd.sign({ actor: actor('pho.chanh.vp.kt') }),
      ).events,
    );
    expect(outgoingSymbolFor(letter, 12, org)).toBe('12/VPUBND-KT');
    expect(outgoingSymbolFor(letter, 12, org, 'TH')).toBe('12/VPUBND-TH');
  });

  it('RULE_VIOLATION NOT_SIGNED before signing', () => {
    expect(() => outgoingSymbolFor(state(historyUntil('initialled')), 1, org)).toThrow(expect.objectContaining({ code: 'RULE_VIOLATION', rule: 'NOT_SIGNED' }));
  });
});

describe('evolveDocument', () => {
  it('folds the whole happy path into an archived document with its facts', () => {
    const s = state(historyUntil('archived'));
    expect(s).toMatchObject({
      status: 'archived',
      incomingNumber: 125,
      departmentId: expect.any(String),
      assigneeId: userId('cv.kt1'),
      submission: { leaderId: userId('pho.chu.tich.kt') },
      signature: { by: userId('pho.chu.tich.kt') },
      outgoing: { number: 15, symbol: '15/QĐ-UBND', responsibleSpecialistId: userId('cv.kt1') },
      archive: { retention: 'permanent' },
    });
    expect(s.status !== 'none' && s.path).toEqual(
      ['vanthu1', 'pho.chanh.vp.kt', 'tp.kt', 'cv.kt1', 'pho.chu.tich.kt'].map(userId),
    );
  });

  it('never throws: events out of order are ignored, a second DocumentReceived too', () => {
    const events = historyUntil('issued');
    const issued = events.at(-1)!;
    const received = events[0];
    expect(evolveDocument(initialDocumentState, issued)).toBe(initialDocumentState);
    const justReceived = evolveDocument(initialDocumentState, received);
    expect(evolveDocument(justReceived, issued)).toBe(justReceived);
    expect(evolveDocument(justReceived, received)).toBe(justReceived);
    expect(evolveDocument(justReceived, { type: 'SomethingElse', data: {} } as never)).toBe(justReceived);
    for (const event of events) expect(() => documentStateFrom([received, event, ...events.slice(3)])).not.toThrow();
  });

  it('events survive a JSON round trip (plain JSON data)', () => {
    const events = historyUntil('archived');
    expect(documentStateFrom(JSON.parse(JSON.stringify(events)))).toEqual(documentStateFrom(events));
  });
});
