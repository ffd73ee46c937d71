import {
  endOfLocalDay, hasRole, localDateOf,
  type Confidentiality, type DocumentCommand, type Field, type IssueDocument, type LocalDate, type Organisation, type ReceiveDocument,
  type Urgency, type User, type WorkingCalendar,
} from '@office/domain';
import { DIRECTIONS, DRAFTS, FIELD_TEXTS, INCOMING_TYPES, RECIPIENTS, SIGNERS, SUPPLEMENT_ITEMS } from './office-texts';
import { Random } from './random';
import { inTimeOrder } from './step-queue';
import { instantAt, later, officeMinute, workingDaysIn } from './working-time';

type Without<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Registration as the clerk types it: the number comes from the register. */
export type PlannedRegistration = Omit<ReceiveDocument, 'type' | 'documentId' | 'incomingNumber' | 'actor' | 'now'>;
/** Any other step but issue, without the document, the actor and the clock. */
export type PlannedStepCommand = Without<Exclude<DocumentCommand, ReceiveDocument | IssueDocument>, 'documentId' | 'actor' | 'now'>;

export type PlannedCommand =
  | { type: 'receive'; registration: PlannedRegistration }
  | { type: 'issue'; recipients: string[]; copies: number }
  | { type: 'step'; command: PlannedStepCommand };

/** One thing someone in the office does, at a time in office hours. */
export interface PlannedStep {
  at: string;
  documentId: string;
  actor: User;
  command: PlannedCommand;
  /** The document's last planned step (its state may be forgotten after it). */
  last?: boolean;
}

export interface OfficePlanOptions {
  /** Documents registered over the period. */
  documents: number;
  /** First and last day (Asia/Ho_Chi_Minh) on which documents are registered. */
  from: LocalDate;
  to: LocalDate;
  /** Nothing happens after this instant (default: the end of `to`): documents still open stay in progress. */
  until?: string;
  seed: number;
  organisation: Organisation;
  calendar: WorkingCalendar;
}

const URGENCY_WEIGHTS: Record<Urgency, number> = { normal: 76, urgent: 14, very_urgent: 6, flash: 4 };
const CONFIDENTIALITY_WEIGHTS: Record<Confidentiality, number> = { normal: 93, confidential: 5, secret: 2, top_secret: 0 };
const FIELD_WEIGHTS: Record<string, number> = { 'KH-DT': 18, TC: 12, XD: 12, 'GD-DT': 10, YT: 10, NV: 12, TP: 10, TH: 16 };

/**
 * A year (or any period) of an office's incoming documents, deterministic for a seed: who
 * registers, distributes, assigns, appraises, submits, initials, signs, issues and archives each
 * document and when, in office hours on Vietnamese working days, as a stream of steps in time order.
 * Most documents go straight through; some are late at a step (distribution after two days, a
 * slow appraisal, issue days after signing), misrouted and returned, reassigned, short of papers
 * (supplement), sent back at initialling or rejected at signing, given a leader's due date and
 * sometimes an extension; a few are confidential.
 */
export function* officePlan(options: OfficePlanOptions): Generator<PlannedStep> {
  const random = new Random(options.seed);
  const { calendar } = options;
  const planner = new DocumentPlanner(options.organisation, calendar, random);
  const until = Date.parse(options.until ?? endOfLocalDay(options.to));
  const days = workingDaysIn(calendar, options.from, options.to);
  if (days.length === 0) throw new Error(`no working day from ${options.from} to ${options.to}`);
  const arrivals = Array.from({ length: options.documents }, () => instantAt(random.pick(days), officeMinute(random))).sort();
  yield* inTimeOrder(arrivals, (at) => planner.plan(at), until);
}

/** Plans one document's life from its registration. */
class DocumentPlanner {
  private readonly clerks: User[];
  private readonly chairman: User;
  private readonly officeChief: User;

  constructor(
    private readonly organisation: Organisation,
    private readonly calendar: WorkingCalendar,
    private readonly random: Random,
  ) {
    this.clerks = organisation.users.filter((u) => hasRole(u, 'clerk'));
    this.chairman = organisation.users.find((u) => hasRole(u, 'committee_chairman'))!;
    this.officeChief = organisation.users.find((u) => hasRole(u, 'office_chief'))!;
    if (this.clerks.length === 0 || !this.chairman || !this.officeChief) throw new Error('the organisation needs clerks, a chairman and an office chief for the demo office');
  }

  plan(registeredAt: string): PlannedStep[] {
    const r = this.random;
    const documentId = r.uuid();
    const steps: PlannedStep[] = [];
    let at = registeredAt;
    const push = (actor: User, command: PlannedCommand, when: string) => {
      at = when;
      steps.push({ at: when, documentId, actor, command });
    };
    const step = (actor: User, command: PlannedStepCommand, workingDays: number) => push(actor, { type: 'step', command }, later(this.calendar, r, at, workingDays));

    const fieldCode = r.weighted(FIELD_WEIGHTS);
    const field = this.organisation.fields.find((f) => f.code === fieldCode) ?? r.pick(this.organisation.fields);
    const urgency = r.weighted(URGENCY_WEIGHTS);
    const confidentiality = r.weighted(CONFIDENTIALITY_WEIGHTS);
    const urgent = urgency !== 'normal';
    // A confidential document stays with the clerk who registered it (only people on its path see it).
    const clerk = r.pick(this.clerks);
    const clerkFor = () => (confidentiality === 'normal' ? r.pick(this.clerks) : clerk);
    const officeLeader = this.user(field.officeLeaderId);
    const head = this.headOf(field.departmentId);
    push(clerk, { type: 'receive', registration: this.registration(field, urgency, confidentiality, registeredAt) }, registeredAt);

    // Phân phối: usually the same or the next working day; now and then late.
    const distributeDays = () => (urgent ? (r.chance(0.88) ? 0 : 1) : r.chance(0.08) ? r.int(2, 3) : r.chance(0.55) ? 0 : 1);
    if (r.chance(0.04)) {
      // Misrouted: sent to another department, whose specialist returns it.
      const wrong = r.pick(this.organisation.departments.filter((d) => d.id !== field.departmentId && this.specialistsOf(d.id).length > 0));
      step(officeLeader, { type: 'distribute', departmentId: wrong.id, direction: r.pick(DIRECTIONS), dueDate: null }, distributeDays());
      const wrongSpecialist = r.pick(this.specialistsOf(wrong.id));
      step(this.headOf(wrong.id), { type: 'assign', specialistId: wrongSpecialist.id, dueDate: null, reason: null }, r.int(0, 1));
      step(wrongSpecialist, { type: 'return', reason: `Văn bản thuộc lĩnh vực ${field.name}, không thuộc chức năng của phòng; đề nghị chuyển đúng đơn vị` }, r.int(0, 1));
    }
    const dueDate = r.chance(0.35) ? this.calendar.addWorkingDays(localDateOf(later(this.calendar, r, at, 0)), r.int(6, 15)) : null;
    step(officeLeader, { type: 'distribute', departmentId: field.departmentId, direction: r.pick(DIRECTIONS), dueDate }, distributeDays());
    const distributedAt = at;
    const specialists = this.specialistsOf(field.departmentId);
    let specialist = r.pick(specialists);
    step(head, { type: 'assign', specialistId: specialist.id, dueDate: null, reason: null }, urgent ? 0 : r.int(0, 1));
    if (specialists.length > 1 && r.chance(0.03)) {
      specialist = r.pick(specialists.filter((s) => s.id !== specialist.id));
      step(head, { type: 'assign', specialistId: specialist.id, dueDate: null, reason: 'Điều chỉnh phân công do chuyên viên đi công tác dài ngày' }, r.int(1, 2));
    }

    // Thẩm định, maybe a supplement cycle; then the phiếu trình.
    if (r.chance(0.08)) {
      step(specialist, { type: 'appraise', findings: this.findings(false), outcome: 'needs_supplement' }, r.int(0, 2));
      step(specialist, { type: 'request-supplement', missingItems: [r.pick(SUPPLEMENT_ITEMS)], note: 'Đề nghị cơ quan gửi bổ sung hồ sơ' }, 0);
      step(clerkFor(), { type: 'receive-supplement', note: 'Đã nhận đủ hồ sơ bổ sung' }, r.int(2, 7));
    }
    // Slow appraisals make the submit clock (5 working days) late now and then.
    step(specialist, { type: 'appraise', findings: this.findings(true), outcome: 'valid' }, urgent ? r.int(0, 1) : r.chance(0.15) ? r.int(4, 7) : r.int(1, 3));
    const leader = this.signerFor(field);
    const draft = r.pick(DRAFTS);
    const submit = () =>
      step(specialist, {
        type: 'submit',
        leaderIds: [leader.id],
        proposal: 'Kính trình lãnh đạo xem xét, cho ý kiến chỉ đạo và ký ban hành văn bản kèm theo',
        relatedOpinions: r.chance(0.2) ? [{ agency: 'Sở Tài chính', opinion: 'Thống nhất với đề xuất' }] : [],
        reservedOpinion: r.chance(0.03) ? 'Chuyên viên bảo lưu ý kiến về nguồn kinh phí thực hiện' : null,
        draft: { documentType: draft[0], excerpt: `${draft[1]} ${this.subjectOf(steps[0])}` },
      }, urgent ? 0 : r.int(0, 2));
    submit();
    const initialler = r.chance(0.1) ? this.officeChief : officeLeader;
    if (r.chance(0.06)) {
      step(initialler, { type: 'initial', agree: false, note: 'Đề nghị chuyên viên bổ sung căn cứ pháp lý và số liệu' }, r.int(0, 1));
      submit();
    }
    step(initialler, { type: 'initial', agree: true, note: null }, urgent ? 0 : r.int(0, 1));
    if (r.chance(0.03)) {
      step(leader, { type: 'sign', decision: 'rejected', note: 'Chưa đủ cơ sở ban hành, đề nghị nghiên cứu thêm' }, r.int(0, 2));
      submit();
      step(initialler, { type: 'initial', agree: true, note: null }, r.int(0, 1));
    }
    step(leader, { type: 'sign', decision: 'approved', note: null }, urgent ? 0 : r.int(0, 2));
    const issueDays = r.chance(0.05) ? r.int(2, 3) : urgent ? 0 : r.int(0, 1);
    const recipients = [...new Set([r.pick(RECIPIENTS), r.pick(RECIPIENTS), 'Lưu: VT'])];
    push(clerkFor(), { type: 'issue', recipients, copies: recipients.length + r.int(0, 2) }, later(this.calendar, r, at, issueDays));
    const issuedAt = at;
    if (r.chance(0.6)) step(clerkFor(), { type: 'archive', fileCode: `${String(r.int(1, 40)).padStart(2, '0')}.${field.code}.${localDateOf(at).slice(0, 4)}`, retention: r.pick([10, 20, 'permanent'] as const) }, r.int(1, 10));
    if (dueDate) this.maybeExtend(steps, documentId, officeLeader, dueDate, distributedAt, issuedAt);
    steps[steps.length - 1].last = true;
    return steps;
  }

  /** A leader whose due date would be missed sometimes moves it (before it passes, before the issue). */
  private maybeExtend(steps: PlannedStep[], documentId: string, leader: User, due: LocalDate, distributedAt: string, issuedAt: string): void {
    const r = this.random;
    if (localDateOf(issuedAt) <= due || !r.chance(0.4)) return;
    const at = new Date(Math.max(Date.parse(distributedAt) + 60_000, Date.parse(instantAt(due, 9 * 60)))).toISOString();
    if (at >= issuedAt) return;
    const newDueDate = this.calendar.addWorkingDays(localDateOf(issuedAt), r.int(0, 1) + 1);
    const extension: PlannedStep = { at, documentId, actor: leader, command: { type: 'step', command: { type: 'extend-deadline', newDueDate, reason: 'Nội dung phức tạp, cần thêm thời gian lấy ý kiến các ngành' } } };
    const index = steps.findIndex((s) => s.at > at);
    steps.splice(index < 0 ? steps.length : index, 0, extension);
  }

  private registration(field: Field, urgency: Urgency, confidentiality: Confidentiality, registeredAt: string): PlannedRegistration {
    const r = this.random;
    const texts = FIELD_TEXTS[field.code] ?? FIELD_TEXTS.TH;
    const [agency, abbreviation] = r.pick(texts.agencies);
    const type = r.pick(INCOMING_TYPES);
    const arrivedEarlier = r.chance(0.3) ? Date.parse(registeredAt) - r.int(5, 90) * 60_000 : null;
    const receivedAt = arrivedEarlier !== null && localDateOf(new Date(arrivedEarlier)) === localDateOf(registeredAt) ? new Date(arrivedEarlier).toISOString() : null;
    return {
      source: { agency, symbol: `${r.int(1, 2_500)}/${abbreviation}-${r.pick(['VP', 'KH', 'TH', 'NV', 'QLDA'])}`, issuedDate: this.issuedBefore(registeredAt), signer: r.pick(SIGNERS) },
      excerpt: `${type === 'Công văn' ? 'V/v' : 'Về việc'} ${r.pick(texts.subjects)}`,
      documentType: type,
      fieldCode: field.code,
      urgency,
      confidentiality,
      channel: r.chance(0.8) ? 'electronic' : 'paper',
      pages: r.int(1, 40),
      receivedAt,
      sealedForUserId: null,
    };
  }

  private issuedBefore(registeredAt: string): LocalDate {
    const day = localDateOf(registeredAt);
    const back = this.random.int(0, 6);
    return new Date(Date.parse(`${day}T00:00:00Z`) - back * 86_400_000).toISOString().slice(0, 10);
  }

  private subjectOf(receive: PlannedStep): string {
    const excerpt = receive.command.type === 'receive' ? receive.command.registration.excerpt : '';
    return excerpt.replace(/^(V\/v|Về việc) /, '');
  }

  private findings(ok: boolean) {
    return {
      procedure: { ok: true, note: null },
      format: { ok: true, note: null },
      content: ok ? { ok: true, note: 'Nội dung phù hợp quy định' } : { ok: false, note: 'Thiếu tài liệu chứng minh nguồn vốn' },
      legality: { ok: true, note: null },
    };
  }

  /** Usually the field's committee leader, sometimes the chairman or (signing as the Office) its office leader. */
  private signerFor(field: Field): User {
    const r = this.random;
    if (r.chance(0.25)) return this.user(field.officeLeaderId);
    if (r.chance(0.1)) return this.chairman;
    return this.user(field.committeeLeaderId);
  }

  private user(id: string): User {
    const found = this.organisation.users.find((u) => u.id === id);
    if (!found) throw new Error(`user ${id} is not in the organisation`);
    return found;
  }

  private headOf(departmentId: string): User {
    return this.organisation.users.find((u) => hasRole(u, 'department_head') && u.departmentId === departmentId) ?? this.officeChief;
  }

  private specialistsOf(departmentId: string): User[] {
    return this.organisation.users.filter((u) => hasRole(u, 'specialist') && u.departmentId === departmentId);
  }
}
