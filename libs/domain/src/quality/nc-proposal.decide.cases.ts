import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { userId } from '../testing/document-fixtures';
import { deciderSpec } from '../testing/given-when-then';
import type { NcProposalCommand } from './nc-proposal.commands';
import { ncOfAcceptedProposal, decideNcProposal } from './nc-proposal.decide';
import { ncProposalKey, parseNcProposalKey, type NcProposalEvent, type NcProposalSubject } from './nc-proposal.events';
import { evolveNcProposal, initialNcProposalState } from './nc-proposal.state';
import { CHIEF, CODE, ISO, NOW } from './testing/quality-fixtures';

const given = deciderSpec({ decide: decideNcProposal, evolve: evolveNcProposal, initialState: initialNcProposalState }, undefined);

const dossierId = '7d1c0000-0000-4000-8000-0000000000d1';
const documentId = '7d1c0000-0000-4000-8000-0000000000d2';
const nonconformityId = '7d1c0000-0000-4000-8000-0000000000a9';
const iso = userId('thuky.iso');
const late: NcProposalSubject = {
  kind: 'dossier', dossierId, code: '000.00.31.H56-260302-0004', procedureCode: CODE, procedureName: 'Cấp giấy phép xây dựng', due: '2026-02-27', doneOn: '2026-03-04', daysLate: 3,
};
const overdueStep: NcProposalSubject = { kind: 'step', documentId, step: 'submit', excerpt: 'V/v bố trí vốn', due: '2026-03-02', doneOn: null, daysLate: 3 };
const key = `dossier.${dossierId}`;
const accept = (o: object = {}): NcProposalCommand => ({ type: 'accept', key, subject: late, nonconformityId, severity: 'minor', actor: ISO, now: NOW, ...o });
const dismiss = (o: object = {}): NcProposalCommand => ({ type: 'dismiss', key, subject: late, reason: 'Chậm do thiên tai, đã có văn bản xin lỗi', actor: ISO, now: NOW, ...o });
const DESCRIPTION = 'Hồ sơ 000.00.31.H56-260302-0004 (Cấp giấy phép xây dựng) hẹn trả ngày 2026-02-27, hoàn thành trễ 3 ngày làm việc';
const accepted: NcProposalEvent = { type: 'NcProposalAccepted', data: { key, subject: late, nonconformityId, description: DESCRIPTION, severity: 'minor', by: iso, at: NOW } };
const dismissed: NcProposalEvent = { type: 'NcProposalDismissed', data: { key, subject: late, reason: 'Chậm do thiên tai, đã có văn bản xin lỗi', by: iso, at: NOW } };

describe('a nonconformity proposed from a late dossier or step', () => {
  it('keys name their subject and parse back; anything else is no key', () => {
    expect(ncProposalKey(late)).toBe(key);
    expect(ncProposalKey(overdueStep)).toBe(`step.${documentId}.submit`);
    expect(parseNcProposalKey(key)).toEqual({ kind: 'dossier', dossierId });
    expect(parseNcProposalKey(`step.${documentId}.submit`)).toEqual({ kind: 'step', documentId, step: 'submit' });
    for (const bad of ['dossier.1', `step.${documentId}.sign`, `nonconformity.${dossierId}`, '']) expect(parseNcProposalKey(bad), bad).toBeNull();
  });

  it('accepted: the NC it raises has source kpi, the key as reference, the dossier’s procedure and the described lateness', () => {
    const { state } = given([]).when(accept()).then([accepted]);
    expect(state.status).toBe('accepted');
    expect(ncOfAcceptedProposal(state, ISO, NOW)).toEqual({
      type: 'raise', nonconformityId, source: 'kpi', sourceRef: key, clause: '8.5.1', description: DESCRIPTION, severity: 'minor', procedureCode: CODE, actor: ISO, now: NOW,
    });
    expect(ncOfAcceptedProposal(initialNcProposalState, ISO, NOW)).toBeNull();
  });

  it('the secretary’s own description and severity win; an overdue step is described as still open', () => {
    const stepKey = ncProposalKey(overdueStep);
    const { state } = given([]).when(accept({ key: stepKey, subject: overdueStep, severity: 'major', description: ' ' })).then([
      { type: 'NcProposalAccepted', data: { key: stepKey, subject: overdueStep, nonconformityId, description: 'Bước trình lãnh đạo của văn bản "V/v bố trí vốn" hạn ngày 2026-03-02, quá hạn 3 ngày làm việc, chưa hoàn thành', severity: 'major', by: iso, at: NOW } },
    ]);
    expect(ncOfAcceptedProposal(state, ISO, NOW)).toMatchObject({ procedureCode: null, sourceRef: stepKey });
    given([]).when(accept({ description: 'Trả kết quả trễ hạn' })).then([{ ...accepted, data: { ...accepted.data, description: 'Trả kết quả trễ hạn' } } as NcProposalEvent]);
  });

  it('dismissed with a reason; REASON_REQUIRED without one', () => {
    const { state } = given([]).when(dismiss()).then([dismissed]);
    expect(state).toMatchObject({ status: 'dismissed', reason: 'Chậm do thiên tai, đã có văn bản xin lỗi', decidedBy: iso });
    given([]).when(dismiss({ reason: '  ' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'REASON_REQUIRED', field: 'reason' });
  });

  it('WRONG_STATE: a proposal is decided once', () => {
    for (const history of [[accepted], [dismissed]]) {
      given(history).when(accept()).thenThrows({ code: 'WRONG_STATE', rule: 'ALREADY_DECIDED' });
      given(history).when(dismiss()).thenThrows({ code: 'WRONG_STATE', rule: 'ALREADY_DECIDED' });
    }
  });

  it('RULE_VIOLATION: a severity out of the list, a subject not the key’s', () => {
    given([]).when(accept({ severity: 'critical' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'INVALID_VALUE', field: 'severity' });
    given([]).when(accept({ subject: overdueStep })).thenThrows({ code: 'RULE_VIOLATION', field: 'key' });
  });

  it('FORBIDDEN: only the ISO secretary decides', () => {
    given([]).when(accept({ actor: CHIEF })).thenThrows({ code: 'FORBIDDEN', rule: 'ISO_SECRETARY_ONLY' });
    given([]).when(dismiss({ actor: CHIEF })).thenThrows({ code: 'FORBIDDEN', rule: 'ISO_SECRETARY_ONLY' });
  });
});
