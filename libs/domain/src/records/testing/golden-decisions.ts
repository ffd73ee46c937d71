import { stream, type GoldenDecision } from '../../testing/golden-events/golden-decisions';
import { decideCaseFile } from '../case-file.decide';
import { evolveCaseFile, initialCaseFileState, type CaseFileState } from '../case-file.state';
import { decideDepositBatch, type DepositBatchCommand } from '../deposit-batch.decide';
import { evolveDepositBatch, initialDepositBatchState } from '../deposit-batch.state';
import { decideFilePlan } from '../file-plan.decide';
import { evolveFilePlan, initialFilePlanState } from '../file-plan.state';
import { decideRetentionSchedule } from '../retention-schedule.decide';
import { evolveRetentionSchedule, initialRetentionScheduleState } from '../retention-schedule.state';
import { actor, CASE_CONTEXT, caseCmd, caseHistory, CONTEXT, planCmd, RULES, vn } from './records-fixtures';

/* Files and archives: the retention table, the 2026 file plan, a case file to its deposit, and the December batch that takes it. */

const retention = () =>
  stream(decideRetentionSchedule, evolveRetentionSchedule, initialRetentionScheduleState, [{ type: 'approve', version: '2026.1', rules: RULES, actor: actor('quantri'), now: vn('2026-01-02') }]);
const plan = () => stream((c, s) => decideFilePlan(c, s, CONTEXT), evolveFilePlan, initialFilePlanState, [planCmd.draft(), planCmd.approve(), planCmd.add({ reason: 'Phát sinh nhiệm vụ mới' })]);
const caseFiles = () => [
  ...stream((c, s) => decideCaseFile(c, s, CASE_CONTEXT), evolveCaseFile, initialCaseFileState, [caseCmd.open(), caseCmd.file(), caseCmd.close(), caseCmd.deposit()]),
  ...stream((c, s) => decideCaseFile(c, s, CASE_CONTEXT), evolveCaseFile, initialCaseFileState, [caseCmd.open(), caseCmd.file(), caseCmd.close(), caseCmd.defer()]),
];

function depositBatch(): GoldenDecision[] {
  const deposited: CaseFileState = caseHistory(caseCmd.open(), caseCmd.file(), caseCmd.close(), caseCmd.deposit()).reduce(evolveCaseFile, initialCaseFileState);
  const by = { period: '2026-12', actor: actor('vanthu1') };
  const commands: DepositBatchCommand[] = [
    { ...by, type: 'open', now: vn('2026-12-01') },
    { ...by, type: 'hand-over', receiverName: 'Lê Thị Lưu', condition: 'Hồ sơ đầy đủ, bìa và mục lục đúng quy định', now: vn('2026-12-20') },
  ];
  return stream((c, s) => decideDepositBatch(c, s, { depositedFiles: [deposited] }), evolveDepositBatch, initialDepositBatchState, commands);
}

export const recordsGoldenDecisions = (): GoldenDecision[] => [...retention(), ...plan(), ...caseFiles(), ...depositBatch()];
