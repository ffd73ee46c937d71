import { isLocalDate, localDateOf, yearOf } from '../calendar';
import { hasRole } from '../organisation';
import { forbidden, ruleViolation, isRestricted, hasText, type Actor, type Confidentiality } from '../shared';
import type { NumberSeriesCommand, ReserveNumbers, UseNumber, VoidNumber } from './number-series.commands';
import { DAILY_DIRECTIONS, type DailyDirection, type NumberingDirection, type NumberSeriesEvent, type NumberSeriesKey, type NumberSeriesName } from './number-series.events';
import { numberStatus, type NumberSeriesState } from './number-series.state';

/** `numbering-incoming-2026-normal`, `numbering-dossier-2026-03-05`: the stream holding one series. */
export function numberingStreamName(key: NumberSeriesKey): string {
  return key.day === undefined ? `numbering-${key.direction}-${key.year}-${key.series}` : `numbering-${key.direction}-${key.day}`;
}

export function isDailyDirection(direction: NumberingDirection): direction is DailyDirection {
  return (DAILY_DIRECTIONS as readonly NumberingDirection[]).includes(direction);
}

/** The desk's daily series of `direction` for what was received at `receivedAt` (ISO instant): numbers run from 1 each day in Hà Nội. */
export function dailySeriesKey(direction: DailyDirection, receivedAt: string): NumberSeriesKey {
  const day = localDateOf(receivedAt);
  return { direction, year: yearOf(day), series: 'normal', day };
}

/** Confidential and above are numbered in their own series (ND30 Art. 15.2, 22.4). */
export function seriesForConfidentiality(confidentiality: Confidentiality): NumberSeriesName {
  return isRestricted(confidentiality) ? 'confidential' : 'normal';
}

/** The incoming series a document registered at `registeredAt` (ISO instant) is numbered in. */
export function incomingSeriesKey(confidentiality: Confidentiality, registeredAt: string): NumberSeriesKey {
  return { direction: 'incoming', year: localYearOf(registeredAt), series: seriesForConfidentiality(confidentiality) };
}

/** The outgoing series a document issued at `issuedAt` (ISO instant) is numbered in. */
export function outgoingSeriesKey(confidentiality: Confidentiality, issuedAt: string): NumberSeriesKey {
  return { direction: 'outgoing', year: localYearOf(issuedAt), series: seriesForConfidentiality(confidentiality) };
}

/** Calendar year in Asia/Ho_Chi_Minh: numbers run from 1 on 1 January. */
function localYearOf(instant: string): number {
  return Number(localDateOf(instant).slice(0, 4));
}

/** Clerks number documents, the one-stop officer the desk's dossiers and slips; an admin may void what a crash left reserved. */
function ensureMayNumber(actor: Actor, key: NumberSeriesKey): void {
  if (hasRole(actor, 'admin')) return;
  if (isDailyDirection(key.direction)) {
    if (!hasRole(actor, 'onestop_officer')) throw forbidden('ONESTOP_ONLY_DESK', 'Chỉ cán bộ một cửa mới được cấp hoặc hủy số hồ sơ, số phiếu');
  } else if (!hasRole(actor, 'clerk')) throw forbidden('CLERK_ONLY', 'Chỉ văn thư mới được cấp hoặc hủy số văn bản');
}

function ensureSameSeries(state: NumberSeriesState, key: NumberSeriesKey): void {
  if (!Number.isInteger(key.year) || key.year < 2000 || key.year > 9999) {
    throw ruleViolation('INVALID_YEAR', 'Năm của sổ đăng ký không hợp lệ', 'series.year');
  }
  const daily = isDailyDirection(key.direction);
  if (daily !== (key.day !== undefined) || (key.day !== undefined && (!isLocalDate(key.day) || yearOf(key.day) !== key.year))) {
    throw ruleViolation('INVALID_DAY', 'Sổ hồ sơ một cửa đánh số theo ngày, sổ văn bản theo năm', 'series.day');
  }
  if (state.status === 'active' && numberingStreamName(state) !== numberingStreamName(key)) {
    throw ruleViolation('SERIES_MISMATCH', 'Lệnh không thuộc sổ đăng ký này (khác chiều, năm hoặc loại sổ)', 'series');
  }
}

/**
 * Consecutive numbers after `lastNumber`. A document that already holds an open reservation is
 * skipped (a retry after a crash gets its number back with `reservedNumberOf`), so a retry that
 * adds nothing decides no event.
 */
function reserveNumbers(command: ReserveNumbers, state: NumberSeriesState): NumberSeriesEvent[] {
  ensureMayNumber(command.actor, command.series);
  ensureSameSeries(state, command.series);
  if (command.documentIds.length === 0) throw ruleViolation('NOTHING_TO_RESERVE', 'Cần ít nhất một văn bản để cấp số', 'documentIds');
  if (command.documentIds.some((id) => !hasText(id))) throw ruleViolation('INVALID_DOCUMENT_ID', 'Mã văn bản không hợp lệ', 'documentIds');
  if (new Set(command.documentIds).size !== command.documentIds.length) {
    throw ruleViolation('DUPLICATE_DOCUMENT', 'Một văn bản chỉ được cấp một số', 'documentIds');
  }
  const holding = new Set(state.status === 'active' ? Object.values(state.reserved) : []);
  const toNumber = command.documentIds.filter((id) => !holding.has(id));
  if (toNumber.length === 0) return [];
  const last = state.status === 'active' ? state.lastNumber : 0;
  const numbers = toNumber.map((documentId, i) => ({ number: last + 1 + i, documentId }));
  return [{ type: 'NumbersReserved', data: { ...command.series, numbers, by: command.actor.userId, at: command.now } }];
}

function useNumber(command: UseNumber, state: NumberSeriesState): NumberSeriesEvent[] {
  ensureMayNumber(command.actor, command.series);
  ensureSameSeries(state, command.series);
  const status = numberStatus(state, command.number);
  if (status === 'used') return []; // written already: a retry
  if (status !== 'reserved' || state.status !== 'active') {
    throw ruleViolation('NUMBER_NOT_RESERVED', `Số ${command.number} chưa được cấp hoặc đã bị hủy`, 'number');
  }
  if (state.reserved[String(command.number)] !== command.documentId) {
    throw ruleViolation('NUMBER_RESERVED_FOR_OTHER_DOCUMENT', `Số ${command.number} đã được cấp cho văn bản khác`, 'documentId');
  }
  return [{ type: 'NumberUsed', data: { ...command.series, number: command.number, documentId: command.documentId, by: command.actor.userId, at: command.now } }];
}

function voidNumber(command: VoidNumber, state: NumberSeriesState): NumberSeriesEvent[] {
  ensureMayNumber(command.actor, command.series);
  ensureSameSeries(state, command.series);
  if (!hasText(command.reason)) throw ruleViolation('REASON_REQUIRED', 'Cần ghi rõ lý do hủy số', 'reason');
  const status = numberStatus(state, command.number);
  if (status === 'used') throw ruleViolation('NUMBER_ALREADY_USED', `Số ${command.number} đã dùng cho một văn bản, không thể hủy`, 'number');
  if (status === 'voided') throw ruleViolation('NUMBER_ALREADY_VOIDED', `Số ${command.number} đã bị hủy trước đó`, 'number');
  if (status !== 'reserved' || state.status !== 'active') {
    throw ruleViolation('NUMBER_NOT_RESERVED', `Số ${command.number} chưa được cấp`, 'number');
  }
  const documentId = state.reserved[String(command.number)];
  return [
    {
      type: 'NumberVoided',
      data: { ...command.series, number: command.number, documentId, reason: command.reason.trim(), by: command.actor.userId, at: command.now },
    },
  ];
}

/** The decider of a number series (stream `numberingStreamName(key)`). */
export function decideNumberSeries(command: NumberSeriesCommand, state: NumberSeriesState): NumberSeriesEvent[] {
  switch (command.type) {
    case 'reserveNumbers':
      return reserveNumbers(command, state);
    case 'useNumber':
      return useNumber(command, state);
    case 'voidNumber':
      return voidNumber(command, state);
  }
}
