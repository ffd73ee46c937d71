import type { LocalDate } from '../calendar';
import { notFound, ruleViolation } from '../shared';
import { INCOMING_DOCUMENTS_PROCESS_V1, processOfClock, type DocumentProcess, type DocumentStepLimits, type LimitedClock } from '../deadlines';
import type { InternalProcessStep, InternalProcessVersion } from './internal-process.types';
import type { ProcedureEvent } from './procedure.events';
import type { ProcedureVersion } from './procedure.types';

/**
 * An entry of the catalogue (stream `procedure-<code>`), folded from its events: an administrative
 * procedure (`registered`), or an internal process of the office (`internal_process`), which the
 * one-stop desk never receives dossiers under.
 */
export type ProcedureState =
  | { status: 'none' }
  | { status: 'registered'; code: string; name: string; fieldCode: string; versions: ProcedureVersion[] }
  | { status: 'internal_process'; code: string; name: string; versions: InternalProcessVersion[] };

export type RegisteredProcedure = Extract<ProcedureState, { status: 'registered' }>;
export type InternalProcessState = Extract<ProcedureState, { status: 'internal_process' }>;

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
      const { by, at, decisionRef, version } = event.data;
      const approval = { by, at, decisionRef };
      if (state.status === 'registered') return { ...state, versions: state.versions.map((v) => (v.version === version ? { ...v, approval } : v)) };
      if (state.status === 'internal_process') return { ...state, versions: state.versions.map((v) => (v.version === version ? { ...v, approval } : v)) };
      return state;
    }
    case 'InternalProcessRegistered': {
      const { code, name } = event.data;
      return { status: 'internal_process', code, name, versions: [] };
    }
    case 'InternalProcessVersionDrafted': {
      if (state.status !== 'internal_process') return state;
      const { by: _by, at: _at, code: _code, ...version } = event.data;
      return { ...state, versions: [...state.versions, { ...version, approval: null }] };
    }
    case 'InternalProcessVersionSuperseded': {
      if (state.status !== 'internal_process') return state;
      const { version, effectiveTo } = event.data;
      return { ...state, versions: state.versions.map((v) => (v.version === version ? { ...v, effectiveTo } : v)) };
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

/** The approved version of an internal process covering `day`, if any. */
export function internalVersionInForce(state: ProcedureState, day: LocalDate): InternalProcessVersion | null {
  if (state.status !== 'internal_process') return null;
  return state.versions.find((v) => v.approval !== null && versionCoversDay(v, day)) ?? null;
}

/**
 * The approved version of the document's process (`state`, QT-VB-01) in force on `day`, as the limits
 * a document registered that day is handled under; null when none is (the caller decides what stands
 * in). Each clock's limit is the step of the process the one table names (DOCUMENT_STEP_PROCESSES):
 * issue from QT-VB-02's version in force among `others`, else from the document process's own step,
 * else version 1's limit.
 */
export function internalProcessInForce(state: ProcedureState, day: LocalDate, others: readonly ProcedureState[] = []): DocumentProcess | null {
  const version = internalVersionInForce(state, day);
  if (!version || state.status !== 'internal_process') return null;
  const stepOf = (clock: LimitedClock) => {
    const owner = others.find((o) => o.status === 'internal_process' && o.code === processOfClock(clock));
    return (owner && internalVersionInForce(owner, day)?.steps.find((s) => s.clock === clock)) || version.steps.find((s) => s.clock === clock);
  };
  return { code: state.code, version: version.version, limits: limitsOf(stepOf) };
}

/** The limits clock by clock, from the step that governs each (a clocked step always has its limits). */
function limitsOf(stepOf: (clock: LimitedClock) => InternalProcessStep | undefined): DocumentStepLimits {
  const limit = (clock: LimitedClock) => {
    const step = stepOf(clock);
    if (!step || step.workingDays === null || step.urgentWorkingDays === null) return INCOMING_DOCUMENTS_PROCESS_V1.limits[clock];
    return { workingDays: step.workingDays, urgentWorkingDays: step.urgentWorkingDays };
  };
  return { distribute: limit('distribute'), supplement: limit('supplement'), submit: limit('submit'), issue: limit('issue') };
}
