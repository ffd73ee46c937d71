import type { LocalDate } from '../calendar';

/**
 * Which register a number belongs to: one stream per key. Documents are numbered per year
 * (ND30 Art. 15, 22: `incoming`, `outgoing`); the one-stop desk numbers per day (DOMAIN.md §6):
 * `dossier` gives the daily sequence of dossier codes, `reception` the slips (Mẫu 02, Mẫu 03)
 * given at the desk without opening a dossier. In a desk series `documentId` is the dossier's or
 * the reception's id.
 */
export type NumberingDirection = 'incoming' | 'outgoing' | 'dossier' | 'reception';
/** Directions numbered from 1 each day rather than each year. */
export const DAILY_DIRECTIONS = ['dossier', 'reception'] as const satisfies readonly NumberingDirection[];
export type DailyDirection = (typeof DAILY_DIRECTIONS)[number];
/** Documents marked confidential or above are numbered in their own series; a desk series is always `normal`. */
export type NumberSeriesName = 'normal' | 'confidential';

export type NumberSeriesKey = {
  direction: NumberingDirection;
  year: number;
  series: NumberSeriesName;
  /** The day (Asia/Ho_Chi_Minh) of a daily series; absent for a yearly one. */
  day?: LocalDate;
};

export type ReservedNumber = { number: number; documentId: string };

/** Numbers taken, consecutive after `lastNumber`, for a whole batch of registrations in one append. */
export type NumbersReserved = {
  type: 'NumbersReserved';
  data: NumberSeriesKey & { numbers: ReservedNumber[]; by: string; at: string };
};

/** The document that reserved the number has been written with it. */
export type NumberUsed = {
  type: 'NumberUsed';
  data: NumberSeriesKey & { number: number; documentId: string; by: string; at: string };
};

/** A number taken and not used: recorded, never silently skipped. */
export type NumberVoided = {
  type: 'NumberVoided';
  data: NumberSeriesKey & { number: number; documentId: string; reason: string; by: string; at: string };
};

export type NumberSeriesEvent = NumbersReserved | NumberUsed | NumberVoided;
export type NumberSeriesEventType = NumberSeriesEvent['type'];
export const NUMBER_SERIES_EVENT_TYPES: readonly NumberSeriesEventType[] = ['NumbersReserved', 'NumberUsed', 'NumberVoided'];
