import type { Organisation } from '../organisation';
import { notFound, ruleViolation, wrongState, requireText } from '../shared';
import { approveInternalVersion, draftInternalVersion, registerInternalProcess } from './internal-process.decide';
import type { ApproveProcedureVersion, DraftProcedureVersion, ProcedureCommand, RegisterProcedure } from './procedure.commands';
import type { ProcedureEvent } from './procedure.events';
import { overlapping, requireIsoSecretary, requireOfficeChief, versionOverlap } from './procedure.guards';
import type { ProcedureState, RegisteredProcedure } from './procedure.state';
import { versionSpecOf } from './procedure.version-spec';

/** What the decider needs besides the command and the state: the fields a procedure may belong to. */
export interface ProcedureContext {
  organisation: Organisation;
}

/** Mã TTHC of the national procedure database: digits, a dot, digits (`1.004227`, `2.000635`). */
const PROCEDURE_CODE = /^\d+\.\d+$/;

export function isProcedureCode(value: unknown): value is string {
  return typeof value === 'string' && PROCEDURE_CODE.test(value);
}

/* ---------------------------------------------------------------- guards */

function registered(state: ProcedureState, code: string): RegisteredProcedure {
  if (state.status !== 'registered') throw notFound(`Thủ tục hành chính ${code} không có trong danh mục`, 'code');
  return state;
}

/* ---------------------------------------------------------------- one function per command */

function register(command: RegisterProcedure, state: ProcedureState, { organisation }: ProcedureContext): ProcedureEvent[] {
  if (state.status !== 'none') throw wrongState(`Thủ tục hành chính ${command.code} đã có trong danh mục`, 'ALREADY_REGISTERED');
  requireIsoSecretary(command.actor, 'đưa thủ tục hành chính vào danh mục');
  if (!isProcedureCode(command.code)) {
    throw ruleViolation('INVALID_PROCEDURE_CODE', 'Mã thủ tục hành chính phải theo định dạng của Cơ sở dữ liệu quốc gia (ví dụ 1.004227)', 'code');
  }
  const name = requireText(command.name, 'name', 'REQUIRED', 'Cần ghi tên thủ tục hành chính');
  if (!organisation.fields.some((field) => field.code === command.fieldCode)) {
    throw ruleViolation('UNKNOWN_FIELD', `Lĩnh vực "${command.fieldCode}" không có trong cơ cấu tổ chức`, 'fieldCode');
  }
  return [{ type: 'ProcedureRegistered', data: { code: command.code, name, fieldCode: command.fieldCode, by: command.actor.userId, at: command.now } }];
}

/** Versions are numbered 1, 2, … in the order drafted; each must own its stretch of days. */
function draftVersion(command: DraftProcedureVersion, state: ProcedureState): ProcedureEvent[] {
  const procedure = registered(state, command.code);
  requireIsoSecretary(command.actor, 'soạn phiên bản thủ tục hành chính và quy trình nội bộ');
  const spec = versionSpecOf(command);
  const clash = overlapping(procedure.versions, spec);
  if (clash) throw versionOverlap(clash);
  const version = procedure.versions.length + 1;
  return [{ type: 'ProcedureVersionDrafted', data: { code: procedure.code, version, ...spec, by: command.actor.userId, at: command.now } }];
}

function approveVersion(command: ApproveProcedureVersion, state: ProcedureState): ProcedureEvent[] {
  if (state.status === 'internal_process') return approveInternalVersion(command, state);
  const procedure = registered(state, command.code);
  requireOfficeChief(command.actor, 'phê duyệt quy trình nội bộ của thủ tục hành chính');
  const version = procedure.versions.find((v) => v.version === command.version);
  if (!version) throw notFound(`Thủ tục ${procedure.code} không có phiên bản ${command.version}`, 'version');
  if (version.approval) throw wrongState(`Phiên bản ${version.version} của thủ tục ${procedure.code} đã được phê duyệt`, 'ALREADY_APPROVED');
  const decisionRef = requireText(command.decisionRef, 'decisionRef', 'REQUIRED', 'Cần ghi số, ký hiệu quyết định phê duyệt quy trình nội bộ');
  return [{ type: 'ProcedureVersionApproved', data: { code: procedure.code, version: version.version, decisionRef, by: command.actor.userId, at: command.now } }];
}

/** The decider of a catalogue procedure (stream `procedureStreamName(code)`). */
export function decideProcedure(command: ProcedureCommand, state: ProcedureState, context: ProcedureContext): ProcedureEvent[] {
  switch (command.type) {
    case 'register':
      return register(command, state, context);
    case 'draft-version':
      return draftVersion(command, state);
    case 'approve-version':
      return approveVersion(command, state);
    case 'register-internal':
      return registerInternalProcess(command, state);
    case 'draft-internal-version':
      return draftInternalVersion(command, state);
  }
}
