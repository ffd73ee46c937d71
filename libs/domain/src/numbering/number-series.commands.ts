import type { Actor } from '../shared';
import type { NumberSeriesKey } from './number-series.events';

interface NumberingCommandBase {
  series: NumberSeriesKey;
  actor: Actor;
  /** ISO instant from the application's clock. */
  now: string;
}

/** Take the next numbers, one per document, in the given order. */
export interface ReserveNumbers extends NumberingCommandBase {
  type: 'reserveNumbers';
  documentIds: string[];
}

/** The document was written with its number. */
export interface UseNumber extends NumberingCommandBase {
  type: 'useNumber';
  number: number;
  documentId: string;
}

/** A reserved number that will not be used (the registration failed or was abandoned). */
export interface VoidNumber extends NumberingCommandBase {
  type: 'voidNumber';
  number: number;
  reason: string;
}

export type NumberSeriesCommand = ReserveNumbers | UseNumber | VoidNumber;
