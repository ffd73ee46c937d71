import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { DOCUMENT_STEP_PROCESSES, INCOMING_DOCUMENTS_PROCESS_V1, LIMITED_CLOCKS, processOfClock } from '../deadlines';
import { deciderSpec } from '../testing/given-when-then';
import { CHIEF, CONTEXT, ISO, NOW } from '../testing/procedure-fixtures';
import { NO_LIMIT_WORDING, stepLimitWording } from './internal-process.wording';
import type { InternalProcessVersionSpec } from './internal-process.types';
import { OUTGOING_DOCUMENTS_PROCESS, SHIPPED_INTERNAL_PROCESSES } from './outgoing-documents-process';
import type { ProcedureEvent } from './procedure.events';
import { decideProcedure } from './procedure.decide';
import { evolveProcedure, initialProcedureState, internalProcessInForce, procedureStateFrom } from './procedure.state';
import { draftInternal, internalApproved, internalDrafted, internalRegistered, V1, V2 } from './testing/internal-process-fixtures';

/* QT-VB-02 Xử lý văn bản đi beside QT-VB-01: which clock is whose, the limits a document takes, and how a limit reads. */

const given = deciderSpec({ decide: decideProcedure, evolve: evolveProcedure, initialState: initialProcedureState }, CONTEXT);
const VB02 = OUTGOING_DOCUMENTS_PROCESS.code;
const OUT = OUTGOING_DOCUMENTS_PROCESS.version1;
const registered02: ProcedureEvent = { type: 'InternalProcessRegistered', data: { code: VB02, name: 'Xử lý văn bản đi', by: ISO.userId, at: NOW } };
const drafted02 = (version: number, spec: InternalProcessVersionSpec): ProcedureEvent => ({ type: 'InternalProcessVersionDrafted', data: { code: VB02, version, ...spec, by: ISO.userId, at: NOW } });
const approved02 = (version: number): ProcedureEvent => ({ type: 'ProcedureVersionApproved', data: { code: VB02, version, decisionRef: '02/QĐ-VP', by: CHIEF.userId, at: NOW } });
const draft02 = (spec: Partial<InternalProcessVersionSpec>) => draftInternal({ code: VB02, ...OUT, ...spec });

describe('the one table of document steps and their processes', () => {
  it('QT-VB-01 handles the incoming document; QT-VB-02 issues the signed answer; every clock has one process', () => {
    expect(DOCUMENT_STEP_PROCESSES.map((s) => [s.step, s.processCode])).toEqual([
      ['distribute', 'QT-VB-01'], ['supplement', 'QT-VB-01'], ['submit', 'QT-VB-01'], ['issue', 'QT-VB-02'], ['leader', 'QT-VB-01'],
    ]);
    expect(LIMITED_CLOCKS.map(processOfClock)).toEqual(['QT-VB-01', 'QT-VB-01', 'QT-VB-01', 'QT-VB-02']);
    expect(SHIPPED_INTERNAL_PROCESSES.map((p) => p.code)).toEqual(['QT-VB-01', 'QT-VB-02']);
  });
});

describe('QT-VB-02 Xử lý văn bản đi', () => {
  it('version 1: drafting, initial, signature without a sourced limit (null, said so), issue as ND30 Art. 18.1', () => {
    given([registered02]).when(draft02({})).then([drafted02(1, OUT)]);
    expect(OUT.steps.map((s) => [s.clock, s.workingDays, s.urgentWorkingDays])).toEqual([[null, null, null], [null, null, null], [null, null, null], ['issue', 1, 0]]);
    expect(OUT.steps.map((s) => s.basis.includes('chưa có căn cứ') || s.basis.includes('không có thời hạn riêng'))).toEqual([true, true, true, false]);
    expect(OUT.steps[3].basis).toBe('Khoản 1 Điều 18 Nghị định 30/2020/NĐ-CP');
  });

  it.each<[string, Partial<InternalProcessVersionSpec>, string, string]>([
    ['no issue step', { steps: OUT.steps.slice(0, 3) }, 'PROCESS_CLOCK_MISSING', 'steps'],
    ['the issue step without its limit', { steps: OUT.steps.map((s) => (s.clock === 'issue' ? { ...s, urgentWorkingDays: null } : s)) }, 'INVALID_WORKING_DAYS', 'steps[3].urgentWorkingDays'],
    ['issue twice', { steps: OUT.steps.map((s, i) => (i === 0 ? { ...s, clock: 'issue' as const, workingDays: 1, urgentWorkingDays: 0 } : s)) }, 'DUPLICATE_PROCESS_CLOCK', 'steps[3].clock'],
  ])('RULE_VIOLATION: %s', (_name, spec, rule, field) => {
    given([registered02]).when(draft02(spec)).thenThrows({ code: 'RULE_VIOLATION', rule, field });
  });

  it('QT-VB-01 need not carry the issue step any more (version 1 still does: it governs only without QT-VB-02 in force)', () => {
    const without = V2.steps.filter((s) => s.clock !== 'issue');
    given([internalRegistered(), internalDrafted(1, V1), internalApproved(1)]).when(draftInternal({ ...V2, steps: without })).then([internalDrafted(2, { ...V2, steps: without })]);
  });
});

describe('the limits a document registered on a day takes', () => {
  const incoming = procedureStateFrom([internalRegistered(), internalDrafted(1, V1), internalApproved(1)]);
  const quicker = { ...OUT, effectiveFrom: '2027-01-01', steps: OUT.steps.map((s) => (s.clock === 'issue' ? { ...s, workingDays: 0 } : s)) };
  const superseded: ProcedureEvent = { type: 'InternalProcessVersionSuperseded', data: { code: VB02, version: 1, effectiveTo: '2026-12-31', byVersion: 2, by: CHIEF.userId, at: NOW } };
  const outgoing = procedureStateFrom([registered02, drafted02(1, OUT), approved02(1), drafted02(2, quicker), approved02(2), superseded]);

  it('issue from the QT-VB-02 version in force that day, the rest from QT-VB-01', () => {
    expect(internalProcessInForce(incoming, '2026-06-01', [outgoing])).toEqual(INCOMING_DOCUMENTS_PROCESS_V1);
    expect(internalProcessInForce(incoming, '2027-01-04', [outgoing])).toEqual({ ...INCOMING_DOCUMENTS_PROCESS_V1, limits: { ...INCOMING_DOCUMENTS_PROCESS_V1.limits, issue: { workingDays: 0, urgentWorkingDays: 0 } } });
  });

  it('without QT-VB-02 in force, QT-VB-01 version 1’s own issue step; without either, version 1 as shipped', () => {
    expect(internalProcessInForce(incoming, '2027-01-04', [procedureStateFrom([registered02, drafted02(1, OUT)])])?.limits.issue).toEqual({ workingDays: 1, urgentWorkingDays: 0 });
    const noIssue = procedureStateFrom([internalRegistered(), internalDrafted(1, { ...V1, steps: V1.steps.slice(0, 3) }), internalApproved(1)]);
    expect(internalProcessInForce(noIssue, '2026-06-01')?.limits.issue).toEqual(INCOMING_DOCUMENTS_PROCESS_V1.limits.issue);
  });
});

describe('how a limit reads', () => {
  it.each<[number | null, number | null, string]>([
    [1, 0, 'Ngày làm việc tiếp theo; văn bản khẩn trở lên: trong ngày'],
    [2, 2, '2 ngày làm việc'],
    [0, 0, 'Trong ngày'],
    [null, null, NO_LIMIT_WORDING],
  ])('%s / %s working days → %s', (workingDays, urgentWorkingDays, text) => {
    expect(stepLimitWording({ workingDays, urgentWorkingDays })).toBe(text);
  });
});
