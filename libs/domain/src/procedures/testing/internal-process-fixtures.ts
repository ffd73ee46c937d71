import { CHIEF, ISO, NOW } from '../../testing/procedure-fixtures';
import { INCOMING_DOCUMENTS_PROCESS } from '../incoming-documents-process';
import type { InternalProcessVersionSpec } from '../internal-process.types';
import type { ApproveProcedureVersion, DraftInternalProcessVersion, RegisterInternalProcess } from '../procedure.commands';
import type { ProcedureEvent } from '../procedure.events';

/* Fixtures of the internal processes of the catalogue (spec files only): QT-VB-01 and a version 2 with submit 4 from 1/1/2027. */

export const QT = INCOMING_DOCUMENTS_PROCESS.code;
export const V1: InternalProcessVersionSpec = INCOMING_DOCUMENTS_PROCESS.version1;
/** Version 2: the specialist submits within 4 working days, from 1/1/2027. */
export const V2: InternalProcessVersionSpec = {
  ...V1,
  effectiveFrom: '2027-01-01',
  publishingDecision: 'Quyết định 12/QĐ-VP ngày 15/12/2026 sửa đổi quy trình xử lý văn bản đến',
  steps: V1.steps.map((s) => (s.clock === 'submit' ? { ...s, workingDays: 4, urgentWorkingDays: 4 } : s)),
};

export const registerInternal = (o: Partial<RegisterInternalProcess> = {}): RegisterInternalProcess => ({
  type: 'register-internal', code: QT, name: INCOMING_DOCUMENTS_PROCESS.name, actor: ISO, now: NOW, ...o,
});
export const draftInternal = (o: Partial<DraftInternalProcessVersion> = {}): DraftInternalProcessVersion => ({
  type: 'draft-internal-version', code: QT, ...V1, actor: ISO, now: NOW, ...o,
});
export const approveInternal = (o: Partial<ApproveProcedureVersion> = {}): ApproveProcedureVersion => ({
  type: 'approve-version', code: QT, version: 1, decisionRef: '01/QĐ-VP', actor: CHIEF, now: NOW, ...o,
});

export const internalRegistered = (): ProcedureEvent => ({ type: 'InternalProcessRegistered', data: { code: QT, name: 'Xử lý văn bản đến', by: ISO.userId, at: NOW } });
export const internalDrafted = (version: number, spec: InternalProcessVersionSpec): ProcedureEvent => ({
  type: 'InternalProcessVersionDrafted', data: { code: QT, version, ...spec, by: ISO.userId, at: NOW },
});
export const internalApproved = (version: number, decisionRef = '01/QĐ-VP'): ProcedureEvent => ({
  type: 'ProcedureVersionApproved', data: { code: QT, version, decisionRef, by: CHIEF.userId, at: NOW },
});
