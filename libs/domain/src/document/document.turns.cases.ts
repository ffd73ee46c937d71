import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { grant } from '../delegations/testing/delegation-fixtures';
import { DEMO_ORGANISATION } from '../organisation';
import { actor, cmd, run, userId, vn } from '../testing/document-fixtures';
import { availableActions, canView, mayTake } from './document.access';
import type { RegisteredDocument } from './document.state';
import { DOCUMENT_QUEUE_STEPS, DOCUMENT_TURNS, documentQueueStep, WHO } from './document.turns';
import type { SigningDelegations } from './signing-path';

/*
 * The turns table and what is derived from it: the queue never lists a step its guard would
 * refuse, and a deputy under a live delegation owes, sees and may sign what awaits the leader who
 * gave it — and nothing outside its scope or period (DOMAIN.md §2, §10; issue 14's gap).
 */

const secret = { confidentiality: 'secret' as const };
const toChairman = (o: Partial<Parameters<typeof cmd.submit>[0]> = {}) => cmd.submit({ leaderIds: [userId('chu.tich')], ...o });
const awaitingChairman = (o: Partial<Parameters<typeof cmd.submit>[0]> = {}) =>
  run(cmd.receive(secret), cmd.distribute(), cmd.assign(), cmd.appraise(), toChairman(o), cmd.initial()).state as RegisteredDocument;
const deputy = actor('pho.chu.tich.kt');
const withKt = (now = vn('2025-05-07')): SigningDelegations => ({ delegations: [grant({ scope: { fieldCodes: ['KH-DT'], documentTypes: ['decision'] } })], now });

describe('the documents’ turns table', () => {
  it('lists in the queue only statuses the step applies to', () => {
    for (const step of DOCUMENT_QUEUE_STEPS) {
      for (const status of DOCUMENT_TURNS[step].queue ?? []) expect(DOCUMENT_TURNS[step].statuses, `${step} in ${status}`).toContain(status);
    }
  });

  it('never queues a step its guard refuses: for every stage and every demo user, the queued step is one they may take', () => {
    const stages = [
      [cmd.receive(secret)],
      [cmd.receive(secret), cmd.distribute()],
      [cmd.receive(secret), cmd.distribute(), cmd.assign()],
      [cmd.receive(secret), cmd.distribute(), cmd.assign(), cmd.requestSupplement()],
      [cmd.receive(secret), cmd.distribute(), cmd.assign(), cmd.appraise({ outcome: 'needs_supplement' })],
      [cmd.receive(secret), cmd.distribute(), cmd.assign(), cmd.appraise()],
      [cmd.receive(secret), cmd.distribute(), cmd.assign(), cmd.appraise(), cmd.submit()],
      [cmd.receive(secret), cmd.distribute(), cmd.assign(), cmd.appraise(), cmd.submit(), cmd.initial()],
      [cmd.receive(secret), cmd.distribute(), cmd.assign(), cmd.appraise(), cmd.submit(), cmd.initial(), cmd.sign()],
    ];
    for (const commands of stages) {
      const state = run(...commands).state as RegisteredDocument;
      for (const user of DEMO_ORGANISATION.users) {
        const who = actor(user.username);
        const step = documentQueueStep(state, who, DEMO_ORGANISATION);
        if (step) expect(mayTake(step, state, who, DEMO_ORGANISATION), `${user.username} owes ${step} in ${state.status}`).toBe(true);
        // Owed as a person (not by the clerks' role), a confidential document is theirs to read.
        if (step && WHO[DOCUMENT_TURNS[step].who].personal) expect(canView(state, who, DEMO_ORGANISATION), `${user.username} sees what they owe`).toBe(true);
      }
    }
  });

  it('the office chief may stand in for the field’s leader, but the document does not wait for him', () => {
    const received = run(cmd.receive()).state as RegisteredDocument;
    expect(mayTake('distribute', received, actor('chanh.vp'), DEMO_ORGANISATION)).toBe(true);
    expect(documentQueueStep(received, actor('chanh.vp'), DEMO_ORGANISATION)).toBeNull();
    expect(documentQueueStep(received, actor('pho.chanh.vp.kt'), DEMO_ORGANISATION)).toBe('distribute');
  });
});

describe('a deputy under a live delegation, for the leader named in the submission', () => {
  it('given a KT. from the chairman for KH-DT decisions in force, when a secret decision awaits the chairman’s signature, then the deputy owes it, sees it and may sign it', () => {
    const document = awaitingChairman();
    expect(documentQueueStep(document, deputy, DEMO_ORGANISATION, withKt())).toBe('sign');
    expect(canView(document, deputy, DEMO_ORGANISATION, withKt())).toBe(true);
    expect(availableActions(document, deputy, DEMO_ORGANISATION, withKt())).toEqual(['sign']);
  });

  it('given no delegation weighed, then the deputy neither owes nor sees it', () => {
    const document = awaitingChairman();
    expect(documentQueueStep(document, deputy, DEMO_ORGANISATION)).toBeNull();
    expect(canView(document, deputy, DEMO_ORGANISATION)).toBe(false);
  });

  it('given the delegation outside its period, revoked, or not covering the draft’s type, then it is not the deputy’s', () => {
    expect(canView(awaitingChairman(), deputy, DEMO_ORGANISATION, withKt(vn('2025-05-12')))).toBe(false);
    const revoked: SigningDelegations = { delegations: [grant({ revokedAt: vn('2025-05-06') })], now: vn('2025-05-07') };
    expect(documentQueueStep(awaitingChairman(), deputy, DEMO_ORGANISATION, revoked)).toBeNull();
    const plan = awaitingChairman({ draft: { documentType: 'plan', excerpt: 'Kế hoạch' } });
    expect(canView(plan, deputy, DEMO_ORGANISATION, withKt())).toBe(false);
  });

  it('given it still awaits the office leader’s initial, then the deputy does not owe it yet', () => {
    const submitted = run(cmd.receive(secret), cmd.distribute(), cmd.assign(), cmd.appraise(), toChairman()).state as RegisteredDocument;
    expect(documentQueueStep(submitted, deputy, DEMO_ORGANISATION, withKt())).toBeNull();
    expect(canView(submitted, deputy, DEMO_ORGANISATION, withKt())).toBe(false);
  });
});
