import { VIETNAM_CALENDAR } from '../calendar';
import { decideDocument, type DocumentContext } from '../document/document.decide';
import type {
  AppraiseDocument,
  ArchiveDocument,
  AssignDocument,
  DistributeDocument,
  DocumentCommand,
  ExtendDeadline,
  InitialSubmission,
  IssueDocument,
  ReceiveDocument,
  ReceiveSupplement,
  RequestSupplement,
  ReturnDocument,
  SignDocument,
  SubmitDocument,
} from '../document/document.commands';
import type { DocumentEvent } from '../document/document.events';
import { evolveDocument, initialDocumentState, type DocumentState } from '../document/document.state';
import { DEMO_ORGANISATION } from '../organisation';
import type { Actor } from '../shared/actor';
import { deciderSpec } from './given-when-then';

/*
 * Fixtures for document decider tests, on the demo organisation and the real 2025 calendar:
 * a document on field KH-DT (Phòng Kinh tế, office leader pho.chanh.vp.kt, committee leader
 * pho.chu.tich.kt) received Thu 24/4/2025 09:00 in Hà Nội.
 */

export const DEMO_CONTEXT: DocumentContext = { organisation: DEMO_ORGANISATION, calendar: VIETNAM_CALENDAR };

export const given = deciderSpec({ decide: decideDocument, evolve: evolveDocument, initialState: initialDocumentState }, DEMO_CONTEXT);

export const DOCUMENT_ID = '5f0c6a52-6a41-4c44-9a7e-0d3c2b1a0001';

/** The UTC ISO instant of `hh:mm` on `day` in Hà Nội (UTC+7). */
export function vn(day: string, hhmm = '09:00'): string {
  return new Date(`${day}T${hhmm}:00+07:00`).toISOString();
}

export function userId(username: string): string {
  const user = DEMO_ORGANISATION.users.find((u) => u.username === username);
  if (!user) throw new Error(`no demo user ${username}`);
  return user.id;
}

/** A demo user as a command's actor. */
export function actor(username: string): Actor {
  const user = DEMO_ORGANISATION.users.find((u) => u.username === username);
  if (!user) throw new Error(`no demo user ${username}`);
  return { userId: user.id, roles: [...user.roles], departmentId: user.departmentId };
}

export function departmentId(code: string): string {
  const department = DEMO_ORGANISATION.departments.find((d) => d.code === code);
  if (!department) throw new Error(`no demo department ${code}`);
  return department.id;
}

/** When each step of the happy path happens (Hà Nội time). */
export const T = {
  received: vn('2025-04-24', '09:00'),
  distributed: vn('2025-04-24', '14:00'),
  assigned: vn('2025-04-25', '08:00'),
  appraised: vn('2025-04-28', '10:00'),
  submitted: vn('2025-04-29', '10:00'),
  initialled: vn('2025-05-05', '09:00'),
  signed: vn('2025-05-06', '09:00'),
  issued: vn('2025-05-06', '15:00'),
  archived: vn('2025-05-08', '09:00'),
} as const;

type With<C extends DocumentCommand> = Partial<Omit<C, 'type'>>;
const base = (username: string, now: string) => ({ documentId: DOCUMENT_ID, actor: actor(username), now });

/** Commands of the happy path, each overridable. */
export const cmd = {
  receive: (o: With<ReceiveDocument> = {}): ReceiveDocument => ({
    type: 'receive',
    ...base('vanthu1', T.received),
    incomingNumber: 125,
    source: { agency: 'Sở Kế hoạch và Đầu tư', symbol: '512/SKHĐT-KTĐN', issuedDate: '2025-04-22', signer: 'Nguyễn Văn A' },
    excerpt: 'V/v đề nghị phê duyệt chủ trương đầu tư dự án khu công nghiệp',
    documentType: 'Tờ trình',
    fieldCode: 'KH-DT',
    urgency: 'normal',
    confidentiality: 'normal',
    channel: 'electronic',
    pages: 4,
    ...o,
  }),
  distribute: (o: With<DistributeDocument> = {}): DistributeDocument => ({
    type: 'distribute',
    ...base('pho.chanh.vp.kt', T.distributed),
    departmentId: departmentId('KT'),
    direction: 'Giao Phòng Kinh tế nghiên cứu, tham mưu',
    dueDate: '2025-05-15',
    ...o,
  }),
  assign: (o: With<AssignDocument> = {}): AssignDocument => ({
    type: 'assign',
    ...base('tp.kt', T.assigned),
    specialistId: userId('cv.kt1'),
    ...o,
  }),
  return: (o: With<ReturnDocument> = {}): ReturnDocument => ({
    type: 'return',
    ...base('cv.kt1', T.appraised),
    reason: 'Văn bản thuộc lĩnh vực y tế, không thuộc Phòng Kinh tế',
    ...o,
  }),
  appraise: (o: With<AppraiseDocument> = {}): AppraiseDocument => ({
    type: 'appraise',
    ...base('cv.kt1', T.appraised),
    findings: { procedure: { ok: true }, format: { ok: true }, content: { ok: true }, legality: { ok: true, note: 'Phù hợp Luật Đầu tư 2020' } },
    outcome: 'valid',
    ...o,
  }),
  requestSupplement: (o: With<RequestSupplement> = {}): RequestSupplement => ({
    type: 'request-supplement',
    ...base('cv.kt1', vn('2025-04-25', '15:00')),
    missingItems: ['Báo cáo đánh giá tác động môi trường', 'Ý kiến của Sở Tài chính'],
    ...o,
  }),
  receiveSupplement: (o: With<ReceiveSupplement> = {}): ReceiveSupplement => ({
    type: 'receive-supplement',
    ...base('vanthu2', vn('2025-05-06', '10:00')),
    ...o,
  }),
  submit: (o: With<SubmitDocument> = {}): SubmitDocument => ({
    type: 'submit',
    ...base('cv.kt1', T.submitted),
    leaderIds: [userId('pho.chu.tich.kt')],
    proposal: 'Đề nghị phê duyệt chủ trương đầu tư',
    relatedOpinions: [{ agency: 'Sở Tài chính', opinion: 'Thống nhất' }],
    reservedOpinion: 'Bảo lưu ý kiến về quy mô diện tích',
    draft: { documentType: 'decision', excerpt: 'Phê duyệt chủ trương đầu tư dự án khu công nghiệp' },
    ...o,
  }),
  initial: (o: With<InitialSubmission> = {}): InitialSubmission => ({
    type: 'initial',
    ...base('pho.chanh.vp.kt', T.initialled),
    agree: true,
    ...o,
  }),
  sign: (o: With<SignDocument> = {}): SignDocument => ({
    type: 'sign',
    ...base('pho.chu.tich.kt', T.signed),
    decision: 'approved',
    ...o,
  }),
  issue: (o: With<IssueDocument> = {}): IssueDocument => ({
    type: 'issue',
    ...base('vanthu1', T.issued),
    outgoingNumber: 15,
    symbol: '15/QĐ-UBND',
    recipients: ['Sở Kế hoạch và Đầu tư', 'Sở Tài chính'],
    copies: 4,
    ...o,
  }),
  archive: (o: With<ArchiveDocument> = {}): ArchiveDocument => ({
    type: 'archive',
    ...base('vanthu1', T.archived),
    fileCode: 'KT.01/2025',
    retention: 'permanent',
    ...o,
  }),
  extendDeadline: (o: With<ExtendDeadline> = {}): ExtendDeadline => ({
    type: 'extend-deadline',
    ...base('pho.chanh.vp.kt', vn('2025-05-07', '09:00')),
    newDueDate: '2025-05-30',
    reason: 'Chờ ý kiến của Bộ Kế hoạch và Đầu tư',
    ...o,
  }),
};

/** Runs commands through the decider and collects the events: histories built by the rules themselves. */
export function run(...commands: DocumentCommand[]): { events: DocumentEvent[]; state: DocumentState } {
  let state = initialDocumentState;
  const events: DocumentEvent[] = [];
  for (const command of commands) {
    const produced = decideDocument(command, state, DEMO_CONTEXT);
    events.push(...produced);
    state = produced.reduce(evolveDocument, state);
  }
  return { events, state };
}

/** The happy path, stage by stage. */
const PATH: (() => DocumentCommand)[] = [
  () => cmd.receive(),
  () => cmd.distribute(),
  () => cmd.assign(),
  () => cmd.appraise(),
  () => cmd.submit(),
  () => cmd.initial(),
  () => cmd.sign(),
  () => cmd.issue(),
  () => cmd.archive(),
];
const STAGES = ['received', 'distributed', 'assigned', 'appraised', 'submitted', 'initialled', 'signed', 'issued', 'archived'] as const;
export type Stage = (typeof STAGES)[number];

/** Events of the happy path up to and including `stage`. */
export function historyUntil(stage: Stage, receive: Partial<Omit<ReceiveDocument, 'type'>> = {}): DocumentEvent[] {
  const count = STAGES.indexOf(stage) + 1;
  const commands = PATH.slice(0, count).map((make, i) => (i === 0 ? cmd.receive(receive) : make()));
  return run(...commands).events;
}

export const ALL_STAGES = STAGES;

/** A deadline as the decider records it with the calendar in use. */
export function deadline(clock: 'distribute' | 'supplement' | 'submit' | 'issue' | 'leader', due: string) {
  return { clock, due, calendarVersion: VIETNAM_CALENDAR.version };
}
