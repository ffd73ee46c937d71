import { describe, it } from '@jest/globals';
import { deciderSpec } from '../testing/given-when-then';
import { evolveCaseFile, initialCaseFileState, type CaseFileState } from './case-file.state';
import type { ArchiveDepositEvent } from './deposit-batch.events';
import { decideDepositBatch, type DepositBatchCommand, type DepositBatchContext } from './deposit-batch.decide';
import { evolveDepositBatch, initialDepositBatchState } from './deposit-batch.state';
import { actor, CASE_FILE_ID, caseCmd, caseHistory, dept, userId, vn } from './testing/records-fixtures';

const deposited: CaseFileState = caseHistory(caseCmd.open(), caseCmd.file(), caseCmd.close(), caseCmd.deposit()).reduce(evolveCaseFile, initialCaseFileState);
const stillClosed: CaseFileState = caseHistory(caseCmd.open(), caseCmd.file(), caseCmd.close()).reduce(evolveCaseFile, initialCaseFileState);
/** The batch after `history`, with `files` as the case files deposited into it. */
const given = (history: ArchiveDepositEvent[], files: CaseFileState[] = []) =>
  deciderSpec({ decide: decideDepositBatch, evolve: evolveDepositBatch, initialState: initialDepositBatchState }, { depositedFiles: files } satisfies DepositBatchContext)(history);

const open = (o: Partial<DepositBatchCommand> = {}) => ({ type: 'open', period: '2026-12', actor: actor('vanthu1'), now: vn('2026-12-01'), ...o }) as DepositBatchCommand;
const handOver = (o: Partial<DepositBatchCommand> = {}) =>
  ({ type: 'hand-over', period: '2026-12', receiverName: 'Lê Thị Lưu', condition: 'Hồ sơ đầy đủ, bìa và mục lục đúng quy định', actor: actor('vanthu1'), now: vn('2026-12-20'), ...o }) as DepositBatchCommand;
const opened: ArchiveDepositEvent[] = [{ type: 'ArchiveDepositBatchOpened', data: { period: '2026-12', by: userId('vanthu1'), at: vn('2026-12-01') } }];

describe('the June / December deposit batch (nộp lưu định kỳ)', () => {
  it('the clerk opens the batch, then signs the hand-over of the files deposited into it (two copies)', () => {
    given([]).when(open()).then(opened);
    given(opened, [deposited, stillClosed]).when(handOver()).then([
      {
        type: 'ArchiveDepositHandedOver',
        data: {
          receiverName: 'Lê Thị Lưu', condition: 'Hồ sơ đầy đủ, bìa và mục lục đúng quy định', copies: 2, by: userId('vanthu1'), at: vn('2026-12-20'),
          files: [{ caseFileId: CASE_FILE_ID, code: 'KT.01', title: 'Hồ sơ kế hoạch đầu tư công năm 2026', departmentId: dept('KT'), startDate: '2026-01-05', endDate: '2026-06-30', retention: 'permanent', medium: 'paper', sheetCount: 42, itemCount: 1 }],
        },
      },
    ]);
  });

  it('refuses: an empty batch, no receiver, no condition, twice, a month other than June or December, not the clerk', () => {
    given(opened, [stillClosed]).when(handOver()).thenThrows({ code: 'RULE_VIOLATION', rule: 'DEPOSIT_BATCH_EMPTY' });
    given(opened, [deposited]).when(handOver({ receiverName: '' } as never)).thenThrows({ code: 'RULE_VIOLATION', rule: 'RECEIVER_REQUIRED' });
    given(opened, [deposited]).when(handOver({ condition: '' } as never)).thenThrows({ code: 'RULE_VIOLATION', rule: 'CONDITION_REQUIRED' });
    given([]).when(handOver()).thenThrows({ code: 'WRONG_STATE' });
    given(opened).when(open()).thenThrows({ code: 'WRONG_STATE' });
    given([]).when(open({ period: '2026-09' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'INVALID_DEPOSIT_PERIOD' });
    given([]).when(open({ actor: actor('cv.kt1') })).thenThrows({ code: 'FORBIDDEN', rule: 'DEPOSIT_BY_CLERK' });
  });
});
