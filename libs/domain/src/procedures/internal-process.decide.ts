import { addCalendarDays } from '../calendar';
import { notFound, requireText, ruleViolation, wrongState } from '../shared';
import { internalVersionSpecOf } from './internal-process.spec-rules';
import { isInternalProcessCode } from './internal-process.types';
import type { ApproveProcedureVersion, DraftInternalProcessVersion, RegisterInternalProcess } from './procedure.commands';
import type { ProcedureEvent } from './procedure.events';
import { overlapping, requireIsoSecretary, requireOfficeChief, versionOverlap } from './procedure.guards';
import type { InternalProcessState, ProcedureState } from './procedure.state';

/*
 * The internal processes of the catalogue (DOMAIN.md §7): registered and drafted by the ISO secretary,
 * approved by the office chief through the catalogue's approval step. A later version succeeds the
 * open one before it: its approval ends that one on the eve of its effective date, so exactly one
 * version is in force on any day and a document's registration day names it.
 */

function internal(state: ProcedureState, code: string): InternalProcessState {
  if (state.status !== 'internal_process') throw notFound(`Quy trình nội bộ ${code} không có trong danh mục`, 'code');
  return state;
}

export function registerInternalProcess(command: RegisterInternalProcess, state: ProcedureState): ProcedureEvent[] {
  if (state.status !== 'none') throw wrongState(`Mã ${command.code} đã có trong danh mục`, 'ALREADY_REGISTERED');
  requireIsoSecretary(command.actor, 'đưa quy trình nội bộ vào danh mục');
  if (!isInternalProcessCode(command.code)) {
    throw ruleViolation('INVALID_PROCESS_CODE', 'Mã quy trình nội bộ có dạng QT-<chữ viết tắt>-<số> (ví dụ QT-VB-01)', 'code');
  }
  const name = requireText(command.name, 'name', 'REQUIRED', 'Cần ghi tên quy trình nội bộ');
  return [{ type: 'InternalProcessRegistered', data: { code: command.code, name, by: command.actor.userId, at: command.now } }];
}

/**
 * Versions are numbered in the order drafted and may not overlap (VERSION_OVERLAP), except that a
 * version may start after the start of the last approved open-ended one, which it will succeed.
 */
export function draftInternalVersion(command: DraftInternalProcessVersion, state: ProcedureState): ProcedureEvent[] {
  const process = internal(state, command.code);
  requireIsoSecretary(command.actor, 'soạn phiên bản quy trình nội bộ');
  const spec = internalVersionSpecOf(command, process.code);
  const succeeded = succeededBy(process, spec.effectiveFrom);
  const clash = overlapping(process.versions.filter((v) => v !== succeeded), spec);
  if (clash) throw versionOverlap(clash);
  const version = process.versions.length + 1;
  return [{ type: 'InternalProcessVersionDrafted', data: { code: process.code, version, ...spec, by: command.actor.userId, at: command.now } }];
}

/** The approved open-ended version that started before `effectiveFrom`, which a version from that day succeeds. */
function succeededBy(process: InternalProcessState, effectiveFrom: string) {
  return process.versions.find((v) => v.approval !== null && v.effectiveTo === null && v.effectiveFrom < effectiveFrom);
}

/** Phê duyệt (office chief): the version comes into force; the open version it succeeds ends the day before. */
export function approveInternalVersion(command: ApproveProcedureVersion, process: InternalProcessState): ProcedureEvent[] {
  requireOfficeChief(command.actor, 'phê duyệt quy trình nội bộ');
  const version = process.versions.find((v) => v.version === command.version);
  if (!version) throw notFound(`Quy trình ${process.code} không có phiên bản ${command.version}`, 'version');
  if (version.approval) throw wrongState(`Phiên bản ${version.version} của quy trình ${process.code} đã được phê duyệt`, 'ALREADY_APPROVED');
  const decisionRef = requireText(command.decisionRef, 'decisionRef', 'REQUIRED', 'Cần ghi số, ký hiệu quyết định phê duyệt quy trình nội bộ');
  const stamp = { by: command.actor.userId, at: command.now };
  const events: ProcedureEvent[] = [{ type: 'ProcedureVersionApproved', data: { code: process.code, version: version.version, decisionRef, ...stamp } }];
  const succeeded = succeededBy(process, version.effectiveFrom);
  if (succeeded) {
    const effectiveTo = addCalendarDays(version.effectiveFrom, -1);
    events.push({ type: 'InternalProcessVersionSuperseded', data: { code: process.code, version: succeeded.version, effectiveTo, byVersion: version.version, ...stamp } });
  }
  return events;
}
