import type { LocalDate } from '../calendar';
import { notFound, ruleViolation } from '../shared';
import type { ProcedureEvent } from './procedure.events';
import type { ProcedureVersion } from './procedure.types';

/** A procedure of the catalogue (stream `procedure-<code>`), folded from its events. */
export type ProcedureState =
  | { status: 'none' }
  | { status: 'registered'; code: string; name: string; fieldCode: string; versions: ProcedureVersion[] };

export type RegisteredProcedure = Extract<ProcedureState, { status: 'registered' }>;

export const initialProcedureState: ProcedureState = { status: 'none' };

export function evolveProcedure(state: ProcedureState, event: ProcedureEvent): ProcedureState {
  switch (event.type) {
    case 'ProcedureRegistered': {
      const { code, name, fieldCode } = event.data;
      return { status: 'registered', code, name, fieldCode, versions: [] };
    }
    case 'ProcedureVersionDrafted': {
      if (state.status !== 'registered') return state;
      const { by: _by, at: _at, code: _code, ...version } = event.data;
      return { ...state, versions: [...state.versions, { ...version, approval: null }] };
    }
    case 'ProcedureVersionApproved': {
      if (state.status !== 'registered') return state;
      const { by, at, decisionRef, version } = event.data;
      const versions = state.versions.map((v) => (v.version === version ? { ...v, approval: { by, at, decisionRef } } : v));
      return { ...state, versions };
    }
    default:
      return state;
  }
}

export function procedureStateFrom(events: readonly ProcedureEvent[]): ProcedureState {
  return events.reduce(evolveProcedure, initialProcedureState);
}

/** Whether `day` falls in the version's [effectiveFrom, effectiveTo] (an open end runs forever). */
export function versionCoversDay(version: Pick<ProcedureVersion, 'effectiveFrom' | 'effectiveTo'>, day: LocalDate): boolean {
  return version.effectiveFrom <= day && (version.effectiveTo === null || day <= version.effectiveTo);
}

/** Versions never overlap, so at most one covers a day, approved or not. */
function versionCovering(state: RegisteredProcedure, day: LocalDate): ProcedureVersion | null {
  return state.versions.find((version) => versionCoversDay(version, day)) ?? null;
}

/** The version a dossier received on `day` is handled under: approved and effective that day. */
export function versionInForce(state: ProcedureState, day: LocalDate): ProcedureVersion | null {
  if (state.status !== 'registered') return null;
  const version = versionCovering(state, day);
  return version?.approval ? version : null;
}

/**
 * As `versionInForce`, but a refusal that says why: the procedure is not in the catalogue (404),
 * no version covers the day, or the one that does still waits for the office chief's approval.
 */
export function requireVersionInForce(state: ProcedureState, day: LocalDate): ProcedureVersion {
  if (state.status !== 'registered') throw notFound('Thủ tục hành chính không có trong danh mục', 'procedureCode');
  const version = versionCovering(state, day);
  if (!version) {
    throw ruleViolation('PROCEDURE_VERSION_NOT_IN_FORCE', `Thủ tục ${state.code} không có phiên bản có hiệu lực vào ngày ${day}`, 'procedureCode');
  }
  if (!version.approval) {
    throw ruleViolation(
      'PROCESS_NOT_APPROVED',
      `Quy trình nội bộ phiên bản ${version.version} của thủ tục ${state.code} chưa được Chánh Văn phòng phê duyệt`,
      'procedureCode',
    );
  }
  return version;
}
