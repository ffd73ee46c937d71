import type { NumberSeriesEvent, NumberSeriesKey } from './number-series.events';

/**
 * A number series (yearly or daily). Only small things are kept so that folding a year of events stays
 * cheap: reservations still open, voided numbers, and a count of used ones. A number ≤ lastNumber
 * that is neither reserved nor voided has been used.
 */
export type NumberSeriesState =
  | { status: 'empty' }
  | (NumberSeriesKey & {
      status: 'active';
      lastNumber: number;
      /** Reserved and not yet used or voided: number → documentId. */
      reserved: Readonly<Record<string, string>>;
      /** number → reason. */
      voided: Readonly<Record<string, string>>;
      usedCount: number;
    });

export const initialNumberSeriesState: NumberSeriesState = { status: 'empty' };

export function evolveNumberSeries(state: NumberSeriesState, event: NumberSeriesEvent): NumberSeriesState {
  const { direction, year, series, day } = event.data;
  const key = day === undefined ? { direction, year, series } : { direction, year, series, day };
  const current = state.status === 'active' ? state : { status: 'active' as const, ...key, lastNumber: 0, reserved: {}, voided: {}, usedCount: 0 };
  switch (event.type) {
    case 'NumbersReserved': {
      const reserved = { ...current.reserved };
      let lastNumber = current.lastNumber;
      for (const { number, documentId } of event.data.numbers) {
        reserved[String(number)] = documentId;
        lastNumber = Math.max(lastNumber, number);
      }
      return { ...current, reserved, lastNumber };
    }
    case 'NumberUsed': {
      const { [String(event.data.number)]: _used, ...reserved } = current.reserved;
      return { ...current, reserved, usedCount: current.usedCount + 1 };
    }
    case 'NumberVoided': {
      const { [String(event.data.number)]: _voided, ...reserved } = current.reserved;
      return { ...current, reserved, voided: { ...current.voided, [String(event.data.number)]: event.data.reason } };
    }
    default:
      return state;
  }
}

/** The number currently reserved for a document in this series, if any. */
export function reservedNumberOf(state: NumberSeriesState, documentId: string): number | null {
  if (state.status !== 'active') return null;
  const entry = Object.entries(state.reserved).find(([, id]) => id === documentId);
  return entry ? Number(entry[0]) : null;
}

export type NumberStatus = 'free' | 'reserved' | 'used' | 'voided';

export function numberStatus(state: NumberSeriesState, number: number): NumberStatus {
  if (state.status !== 'active' || number < 1 || number > state.lastNumber) return 'free';
  if (state.voided[String(number)] !== undefined) return 'voided';
  if (state.reserved[String(number)] !== undefined) return 'reserved';
  return 'used';
}
