import { DEMO_ORGANISATION } from '../organisation';
import { actor } from './document-fixtures';
import type { ApproveProcedureVersion, DraftProcedureVersion, RegisterProcedure } from '../procedures/procedure.commands';
import type { ProcedureContext } from '../procedures/procedure.decide';
import type { ProcedureEvent } from '../procedures/procedure.events';
import type { ProcedureVersionSpec } from '../procedures/procedure.types';

/*
 * Test fixtures of the procedure catalogue (spec files only): procedure 1.004227 of field XD, a
 * version effective from 1/7/2025 with a 10-day statutory time and a 9.5-day internal process.
 */

export const CONTEXT: ProcedureContext = { organisation: DEMO_ORGANISATION };
export const NOW = '2026-03-05T02:00:00.000Z';
export const CODE = '1.004227';
export const ISO = actor('thuky.iso');
export const CHIEF = actor('chanh.vp');

export const SPEC: ProcedureVersionSpec = {
  effectiveFrom: '2025-07-01',
  effectiveTo: null,
  publishingDecision: 'Quyết định số 1250/QĐ-UBND ngày 25/6/2025',
  legalBasis: ['Luật 50/2014/QH13'],
  requiredItems: [
    { name: 'Đơn đề nghị cấp giấy phép xây dựng', form: 'original', quantity: 1, mandatory: true },
    { name: 'Giấy tờ về quyền sử dụng đất', form: 'certified_copy', quantity: 1, mandatory: true },
  ],
  statutoryDays: 10,
  cutoffHour: 15,
  feeVnd: 150000,
  onlineLevel: 'partial',
  resultType: 'Giấy phép',
  supplementPolicy: 'restart',
  steps: [
    { no: 1, task: 'Tiếp nhận hồ sơ', unit: 'Bộ phận một cửa', role: 'onestop_officer', workingDays: 0.5 },
    { no: 2, task: 'Thẩm định hồ sơ', unit: 'Chuyên viên Phòng Kinh tế', role: 'specialist', workingDays: 7 },
    { no: 3, task: 'Ký kết quả', unit: 'Lãnh đạo UBND tỉnh', role: 'committee_vice_chairman', workingDays: 1.5 },
    { no: 4, task: 'Phát hành', unit: 'Văn thư', role: null, workingDays: 0.5 },
  ],
};

export const register = (o: Partial<RegisterProcedure> = {}): RegisterProcedure => ({
  type: 'register',
  code: CODE,
  name: 'Cấp giấy phép xây dựng',
  fieldCode: 'XD',
  actor: ISO,
  now: NOW,
  ...o,
});

export const draft = (o: Partial<DraftProcedureVersion> = {}): DraftProcedureVersion => ({ type: 'draft-version', code: CODE, ...SPEC, actor: ISO, now: NOW, ...o });

export const approve = (o: Partial<ApproveProcedureVersion> = {}): ApproveProcedureVersion => ({
  type: 'approve-version',
  code: CODE,
  version: 1,
  decisionRef: '15/QĐ-VP',
  actor: CHIEF,
  now: NOW,
  ...o,
});

export const registered = (o: { code?: string; fieldCode?: string } = {}): ProcedureEvent => ({
  type: 'ProcedureRegistered',
  data: { code: o.code ?? CODE, name: 'Cấp giấy phép xây dựng', fieldCode: o.fieldCode ?? 'XD', by: ISO.userId, at: NOW },
});

export const drafted = (version = 1, spec: Partial<ProcedureVersionSpec> = {}, code = CODE): ProcedureEvent => ({
  type: 'ProcedureVersionDrafted',
  data: { code, version, ...SPEC, ...spec, by: ISO.userId, at: NOW },
});

export const approved = (version = 1, code = CODE): ProcedureEvent => ({
  type: 'ProcedureVersionApproved',
  data: { code, version, decisionRef: '15/QĐ-VP', by: CHIEF.userId, at: NOW },
});
