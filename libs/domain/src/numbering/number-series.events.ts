/** Which yearly register a number belongs to (ND30 Art. 15, 22): one stream per key. */
export type NumberingDirection = 'incoming' | 'outgoing';
/** Documents marked confidential or above are numbered in their own series. */
export type NumberSeriesName = 'normal' | 'confidential';

export type NumberSeriesKey = {
  direction: NumberingDirection;
  year: number;
  series: NumberSeriesName;
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
