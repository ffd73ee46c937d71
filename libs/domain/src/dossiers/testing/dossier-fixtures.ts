import { VIETNAM_CALENDAR } from '../../calendar';
import { actor, departmentId, userId, vn } from '../../testing/document-fixtures';
import { deciderSpec } from '../../testing/given-when-then';
import { DEMO_ORGANISATION } from '../../organisation';
import type { ProcedureState } from '../../procedures/procedure.state';
import type { ProcedureVersion } from '../../procedures/procedure.types';
import type {
  AppraiseDossier,
  Apologise,
  DossierCommand,
  InitialDossierResult,
  IssueDossierResult,
  ReceiveDossier,
  ReceiveDossierSupplement,
  ReceiveResultAtDesk,
  RequestDossierSupplement,
  ReturnResult,
  SignDossierResult,
  SubmitDossierResult,
  TransferDossier,
} from '../dossier.commands';
import type { DossierContext } from '../dossier.context';
import { decideDossier } from '../dossier.decide';
import type { DossierEvent } from '../dossier.events';
import { evolveDossier, initialDossierState, type DossierState } from '../dossier.state';

/*
 * Fixtures for the dossier decider's tests (test code only; not exported from the package):
 * a small procedure of field KH-DT (Phòng Kinh tế, office leader pho.chanh.vp.kt, committee
 * leader pho.chu.tich.kt), 5 working days, made here rather than taken from the demo catalogue;
 * the demo organisation; the real calendar. The happy path starts Thu 24/4/2025 09:00, before
 * the worked Saturday 26/4 and the 30/4–2/5 holidays.
 */

export { actor, departmentId, userId, vn };

export const PROCEDURE_CODE = '1.009999';
export const DOSSIER_ID = '7c1d2e3f-0000-4000-8000-00000000d001';

export function version(overrides: Partial<ProcedureVersion> = {}): ProcedureVersion {
  return {
    version: 1,
    effectiveFrom: '2025-01-01',
    effectiveTo: null,
    publishingDecision: 'Quyết định 123/QĐ-UBND ngày 02/01/2025',
    legalBasis: ['Luật Đầu tư 2020'],
    requiredItems: [
      { name: 'Văn bản đề nghị', form: 'original', quantity: 1, mandatory: true },
      { name: 'Bản sao giấy tờ pháp lý của nhà đầu tư', form: 'certified_copy', quantity: 2, mandatory: true },
      { name: 'Tài liệu khác', form: 'copy', quantity: 1, mandatory: false },
    ],
    statutoryDays: 5,
    cutoffHour: 15,
    feeVnd: 50000,
    onlineLevel: 'partial',
    resultType: 'Quyết định',
    supplementPolicy: 'restart',
    steps: [
      { no: 1, task: 'Tiếp nhận, chuyển hồ sơ', unit: 'Bộ phận một cửa', role: 'onestop_officer', workingDays: 0.5 },
      { no: 2, task: 'Phân công thụ lý', unit: 'Phòng Kinh tế', role: 'department_head', workingDays: 0.5 },
      { no: 3, task: 'Thẩm định, dự thảo kết quả, trình', unit: 'Phòng Kinh tế', role: 'specialist', workingDays: 2 },
      { no: 4, task: 'Ký nháy', unit: 'Lãnh đạo Văn phòng', role: 'office_deputy_chief', workingDays: 0.5 },
      { no: 5, task: 'Ký duyệt', unit: 'Lãnh đạo UBND tỉnh', role: 'committee_vice_chairman', workingDays: 1 },
      { no: 6, task: 'Phát hành, chuyển kết quả', unit: 'Văn thư', role: 'clerk', workingDays: 0.5 },
    ],
    approval: { by: userId('chanh.vp'), at: vn('2025-01-02'), decisionRef: 'Quyết định 123/QĐ-UBND' },
    ...overrides,
  };
}

export function procedure(...versions: ProcedureVersion[]): ProcedureState {
  return {
    status: 'registered',
    code: PROCEDURE_CODE,
    name: 'Cấp Giấy chứng nhận đăng ký đầu tư',
    fieldCode: 'KH-DT',
    versions: versions.length ? versions : [version()],
  };
}

export const CONTEXT: DossierContext = { organisation: DEMO_ORGANISATION, calendar: VIETNAM_CALENDAR, procedure: procedure() };

export const given = deciderSpec({ decide: decideDossier, evolve: evolveDossier, initialState: initialDossierState }, CONTEXT);

/** The same, with another procedure (e.g. a `pause` version). */
export const givenWith = (context: Partial<DossierContext>) =>
  deciderSpec({ decide: decideDossier, evolve: evolveDossier, initialState: initialDossierState }, { ...CONTEXT, ...context });

/** When each step of the happy path happens (Hà Nội time). */
export const T = {
  received: vn('2025-04-24', '09:00'),
  toDepartment: vn('2025-04-24', '10:00'),
  toSpecialist: vn('2025-04-24', '14:00'),
  appraised: vn('2025-04-25', '09:00'),
  submitted: vn('2025-04-25', '15:00'),
  initialled: vn('2025-04-28', '09:00'),
  signed: vn('2025-04-28', '16:00'),
  issued: vn('2025-04-29', '10:00'),
  atDesk: vn('2025-04-29', '14:00'),
  returned: vn('2025-05-06', '09:00'),
} as const;

type With<C extends DossierCommand> = Partial<Omit<C, 'type'>>;
const base = (username: string, now: string) => ({ dossierId: DOSSIER_ID, actor: actor(username), now });

export const cmd = {
  receive: (o: With<ReceiveDossier> = {}): ReceiveDossier => ({
    type: 'receive',
    ...base('motcua1', T.received),
    code: 'VPUB-250424-0001',
    registerBook: 2025,
    sequence: 1,
    pin: '482915',
    procedureCode: PROCEDURE_CODE,
    applicant: { name: 'Công ty TNHH Minh Phát', idNumber: '0101234567', address: '12 Lê Lợi, Hà Nội', phone: '0912345678' },
    items: [
      { name: 'Văn bản đề nghị', form: 'original', quantity: 1 },
      { name: 'Bản sao giấy tờ pháp lý của nhà đầu tư', form: 'certified_copy', quantity: 2 },
    ],
    channel: 'direct',
    ...o,
  }),
  transfer: (o: With<TransferDossier> = {}): TransferDossier => ({ type: 'transfer', ...base('motcua1', T.toDepartment), toUnitId: departmentId('KT'), ...o }),
  assign: (o: With<TransferDossier> = {}): TransferDossier => ({ type: 'transfer', ...base('tp.kt', T.toSpecialist), toUserId: userId('cv.kt1'), ...o }),
  appraise: (o: With<AppraiseDossier> = {}): AppraiseDossier => ({
    type: 'appraise',
    ...base('cv.kt1', T.appraised),
    outcome: 'eligible',
    findings: 'Hồ sơ đầy đủ, hợp lệ; dự án phù hợp quy hoạch',
    ...o,
  }),
  requestSupplement: (o: With<RequestDossierSupplement> = {}): RequestDossierSupplement => ({
    type: 'request-supplement',
    ...base('cv.kt1', T.appraised),
    missing: [{ item: 'Báo cáo năng lực tài chính', reason: 'Chưa có xác nhận của ngân hàng' }],
    ...o,
  }),
  receiveSupplement: (o: With<ReceiveDossierSupplement> = {}): ReceiveDossierSupplement => ({
    type: 'receive-supplement',
    ...base('motcua1', vn('2025-05-07', '10:00')),
    items: ['Báo cáo năng lực tài chính'],
    ...o,
  }),
  submit: (o: With<SubmitDossierResult> = {}): SubmitDossierResult => ({
    type: 'submit',
    ...base('cv.kt1', T.submitted),
    leaderId: userId('pho.chu.tich.kt'),
    proposal: 'Đề nghị cấp Giấy chứng nhận đăng ký đầu tư',
    draft: { documentType: 'decision', excerpt: 'Cấp Giấy chứng nhận đăng ký đầu tư cho Công ty TNHH Minh Phát' },
    ...o,
  }),
  initial: (o: With<InitialDossierResult> = {}): InitialDossierResult => ({ type: 'initial', ...base('pho.chanh.vp.kt', T.initialled), agree: true, ...o }),
  sign: (o: With<SignDossierResult> = {}): SignDossierResult => ({ type: 'sign', ...base('pho.chu.tich.kt', T.signed), decision: 'approved', ...o }),
  issue: (o: With<IssueDossierResult> = {}): IssueDossierResult => ({
    type: 'issue',
    ...base('vanthu1', T.issued),
    outgoingNumber: 15,
    recipients: ['Công ty TNHH Minh Phát', 'Sở Tài chính'],
    copies: 3,
    ...o,
  }),
  resultAtDesk: (o: With<ReceiveResultAtDesk> = {}): ReceiveResultAtDesk => ({ type: 'result-at-desk', ...base('motcua1', T.atDesk), ...o }),
  return: (o: With<ReturnResult> = {}): ReturnResult => ({
    type: 'return',
    ...base('motcua1', T.returned),
    receivedBy: { name: 'Nguyễn Văn Bình', idNumber: '001085012345' },
    method: 'desk',
    ...o,
  }),
  apologise: (o: With<Apologise> = {}): Apologise => ({
    type: 'apologise',
    ...base('tp.kt', vn('2025-04-29', '09:00')),
    reason: 'Chờ ý kiến của Bộ Kế hoạch và Đầu tư',
    newDueDate: '2025-05-09',
    ...o,
  }),
};

/** Runs commands through the decider and collects the events: histories built by the rules themselves. */
export function run(context: DossierContext, ...commands: DossierCommand[]): { events: DossierEvent[]; state: DossierState } {
  let state = initialDossierState;
  const events: DossierEvent[] = [];
  for (const command of commands) {
    const produced = decideDossier(command, state, context);
    events.push(...produced);
    state = produced.reduce(evolveDossier, state);
  }
  return { events, state };
}

const PATH: (() => DossierCommand)[] = [
  () => cmd.receive(),
  () => cmd.transfer(),
  () => cmd.assign(),
  () => cmd.appraise(),
  () => cmd.submit(),
  () => cmd.initial(),
  () => cmd.sign(),
  () => cmd.issue(),
  () => cmd.resultAtDesk(),
  () => cmd.return(),
];
export const STAGES = ['received', 'in_department', 'with_specialist', 'appraised', 'submitted', 'initialled', 'signed', 'issued', 'result_at_desk', 'returned'] as const;
export type Stage = (typeof STAGES)[number];

/** Events of the happy path up to and including `stage`. */
export function historyUntil(stage: Stage, context: DossierContext = CONTEXT): DossierEvent[] {
  return run(context, ...PATH.slice(0, STAGES.indexOf(stage) + 1).map((make) => make())).events;
}

export function stateAt(stage: Stage, context: DossierContext = CONTEXT): DossierState {
  return run(context, ...PATH.slice(0, STAGES.indexOf(stage) + 1).map((make) => make())).state;
}
