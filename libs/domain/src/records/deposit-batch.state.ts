import type { ArchiveDepositEvent, ArchiveDepositHandedOver } from './deposit-batch.events';
import type { DepositPeriod } from './records.types';

/** none ──open──▶ open (files are deposited into it) ──hand-over──▶ handed_over. */
export const DEPOSIT_BATCH_STATUS_LABELS = { none: 'Chưa mở', open: 'Đang nhận hồ sơ', handed_over: 'Đã giao nhận' } as const;

type BatchFacts = { period: DepositPeriod; openedBy: string; openedAt: string };
export type DepositBatchState =
  | { status: 'none' }
  | (BatchFacts & { status: 'open' })
  | (BatchFacts & { status: 'handed_over'; handover: ArchiveDepositHandedOver['data'] });

export const initialDepositBatchState: DepositBatchState = { status: 'none' };

export function evolveDepositBatch(state: DepositBatchState, event: ArchiveDepositEvent): DepositBatchState {
  switch (event.type) {
    case 'ArchiveDepositBatchOpened':
      return state.status === 'none' ? { status: 'open', period: event.data.period, openedBy: event.data.by, openedAt: event.data.at } : state;
    case 'ArchiveDepositHandedOver':
      return state.status === 'open' ? { ...state, status: 'handed_over', handover: event.data } : state;
    default:
      return state;
  }
}
