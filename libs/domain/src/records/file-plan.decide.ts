import { optionalText, requireInstant, requireText, ruleViolation, type Actor } from '../shared';
import type { AddFilePlanEntry, ApproveFilePlan, DraftFilePlan, FilePlanCommand, PlanEntryInput } from './file-plan.commands';
import type { FilePlanEvent } from './file-plan.events';
import type { FilePlanState } from './file-plan.state';
import { guardFilePlanStep } from './file-plan.turns';
import { requireDepartment, requireResponsible } from './records.people';
import type { RecordsContext } from './records.context';
import type { PlanEntry } from './records.types';
import { retentionForCategory } from './retention';

const stampOf = (command: { actor: Actor; now: string }) => ({ by: command.actor.userId, at: command.now });

/** Số và ký hiệu hồ sơ: groups of capitals or digits joined by dots, e.g. `KT.01`, `01.TCCB`. */
const FILE_CODE = /^[A-ZĐ0-9]+(\.[A-ZĐ0-9]+)*$/u;

export function requireFileCode(value: unknown, field: string): string {
  const code = requireText(value, field, 'FILE_CODE_REQUIRED', 'Cần ghi số và ký hiệu hồ sơ');
  if (!FILE_CODE.test(code) || code.length > 30) throw ruleViolation('INVALID_FILE_CODE', 'Số và ký hiệu hồ sơ gồm chữ in hoa, chữ số và dấu chấm, ví dụ KT.01', field);
  return code;
}

function entryOf(input: PlanEntryInput, { organisation, schedule }: RecordsContext, at: string): PlanEntry {
  const departmentId = requireDepartment(input?.departmentId, organisation, `${at}departmentId`);
  return {
    code: requireFileCode(input.code, `${at}code`),
    title: requireText(input.title, `${at}title`, 'TITLE_REQUIRED', 'Cần ghi tiêu đề hồ sơ'),
    departmentId,
    responsibleId: requireResponsible(input.responsibleId, departmentId, organisation, `${at}responsibleId`),
    category: input.category,
    retention: retentionForCategory(schedule, input.category, input.retention, `${at}category`, `${at}retention`),
  };
}

function refuseDuplicate(codes: readonly string[], code: string, field: string): void {
  if (codes.includes(code)) throw ruleViolation('DUPLICATE_ENTRY_CODE', `Hồ sơ số ${code} đã có trong Danh mục`, field);
}

function requireYear(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 2000 || value > 2100) throw ruleViolation('INVALID_YEAR', 'Năm của Danh mục hồ sơ không hợp lệ', 'year');
  return value;
}

/** Lập Danh mục hồ sơ: one plan per year (the stream is the year's), at least one entry, codes unique. */
function draft(command: DraftFilePlan, state: FilePlanState, context: RecordsContext): FilePlanEvent[] {
  guardFilePlanStep('draft', state, command.actor, context.organisation);
  const year = requireYear(command.year);
  if (!Array.isArray(command.entries) || command.entries.length === 0) throw ruleViolation('ENTRIES_REQUIRED', 'Danh mục hồ sơ cần ít nhất một hồ sơ', 'entries');
  const entries: PlanEntry[] = [];
  command.entries.forEach((input, i) => {
    const entry = entryOf(input, context, `entries[${i}].`);
    refuseDuplicate(entries.map((e) => e.code), entry.code, `entries[${i}].code`);
    entries.push(entry);
  });
  return [{ type: 'FilePlanDrafted', data: { year, entries, ...stampOf(command) } }];
}

/** Bổ sung: after approval, changes are additions only, each with its reason (AMENDMENT_REASON_REQUIRED). */
function addEntry(command: AddFilePlanEntry, state: FilePlanState, context: RecordsContext): FilePlanEvent[] {
  guardFilePlanStep('add-entry', state, command.actor, context.organisation);
  if (state.status === 'none') return [];
  const entry = entryOf(command.entry, context, 'entry.');
  refuseDuplicate(state.entries.map((e) => e.code), entry.code, 'entry.code');
  const reason = optionalText(command.reason);
  if (state.status === 'approved' && reason === null) {
    throw ruleViolation('AMENDMENT_REASON_REQUIRED', 'Danh mục đã được phê duyệt: bổ sung hồ sơ phải nêu lý do', 'reason');
  }
  return [{ type: 'FilePlanEntryAdded', data: { entry, reason: state.status === 'approved' ? reason : null, ...stampOf(command) } }];
}

function approve(command: ApproveFilePlan, state: FilePlanState, context: RecordsContext): FilePlanEvent[] {
  guardFilePlanStep('approve', state, command.actor, context.organisation);
  const decisionRef = requireText(command.decisionRef, 'decisionRef', 'DECISION_REF_REQUIRED', 'Cần ghi số, ký hiệu quyết định ban hành Danh mục hồ sơ');
  return [{ type: 'FilePlanApproved', data: { decisionRef, ...stampOf(command) } }];
}

/** The decider of a year's file plan (ND30 Art. 28). Pure: who, when and the retention table come with the command and the context. */
export function decideFilePlan(command: FilePlanCommand, state: FilePlanState, context: RecordsContext): FilePlanEvent[] {
  requireInstant(command.now, 'now');
  switch (command.type) {
    case 'draft':
      return draft(command, state, context);
    case 'add-entry':
      return addEntry(command, state, context);
    case 'approve':
      return approve(command, state, context);
  }
}
