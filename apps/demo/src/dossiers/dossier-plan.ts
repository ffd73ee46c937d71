import {
  addCalendarDays, dossierDueDate, dueAfterSupplement, endOfLocalDay, hasRole, localDateOf, versionCoversDay,
  type DemoProcedure, type DossierChannel, type DossierDue, type Field, type LocalDate, type MissingItem, type Organisation, type ReceptionCommand, type User, type WorkingCalendar,
} from '@office/domain';
import type { DossierCommandInput, OmitEach } from '../../../api/src/dossiers/dossier-streams';
import type { ReceiveDossierRequest } from '../../../api/src/dossiers/receive-dossier/receive-dossier.request';
import type { OfficeStep } from '../office/in-process-office';
import { Random } from '../office/random';
import { inTimeOrder } from '../office/step-queue';
import { instantAt, later, officeMinute, workingDaysIn } from '../office/working-time';
import {
  APOLOGY_REASONS, APPRAISAL_FINDINGS, FAMILY_NAMES, FEES_VND, GIVEN_NAMES, MIDDLE_NAMES, ORGANISATIONS, PARTNERS, PLACES, REFUSALS, SATISFACTION_ANSWERS,
  STOP_REASONS, STREETS, SUPPLEMENT_REASONS, WITHDRAWAL_REASONS,
} from './dossier-texts';

/** A desk slip (Mẫu 02 or Mẫu 03) as the officer fills it: the number comes from the day's series. */
export type PlannedSlip = OmitEach<ReceptionCommand, 'receptionId' | 'slipNumber' | 'actor' | 'now'>;

export type PlannedDossierCommand =
  | { type: 'slip'; slip: PlannedSlip }
  | { type: 'receive'; reception: ReceiveDossierRequest }
  | { type: 'issue'; recipients: string[]; copies: number }
  | { type: 'step'; step: OmitEach<DossierCommandInput, 'dossierId'> };

/** One thing the desk or the Office does on a dossier; `subject` is the planned dossier. */
export interface PlannedDossierStep extends OfficeStep {
  command: PlannedDossierCommand;
}

export interface DossierPlanOptions {
  /** Applicants who come to the desk over the period (each gives a dossier, a Mẫu 02 or a Mẫu 03). */
  dossiers: number;
  /** First and last day (Asia/Ho_Chi_Minh) on which applicants come. */
  from: LocalDate;
  to: LocalDate;
  /** Nothing happens after this instant (default: the end of `to`): dossiers still open stay in progress. */
  until?: string;
  seed: number;
  organisation: Organisation;
  calendar: WorkingCalendar;
  catalogue: readonly DemoProcedure[];
}

/** Dossiers per field, relatively: land, building, investment and transport fill the desk; child care and dykes rarely. */
const FIELD_WEIGHTS: Readonly<Record<string, number>> = {
  DD: 14, XD: 10, 'KH-DT': 10, GT: 8, CT: 7, 'DC-KS': 6, MT: 6, TNN: 5, 'NO-CS': 5, LN: 4, TP: 4, BTXH: 4, 'GD-DT': 3, YT: 3, NV: 3, 'VH-TT-DL': 3, TL: 3,
};
const OTHER_FIELD_WEIGHT = 1;
/** How the result reaches the desk against the due date (before an apology or a late supplement shifts it). */
const TIMELINESS = { early: 60, on_time: 30, late: 10 } as const;
const SCORES = { '5': 52, '4': 30, '3': 11, '2': 5, '1': 2 } as const;
/** Draft types of the result by the version's result type (Nghị định 30/2020 codes). */
const RESULT_DRAFTS: ReadonlyArray<readonly [prefix: string, documentType: string]> = [['Quyết định', 'decision'], ['Giấy', 'decision'], ['Thông báo', 'notice']];

/**
 * A year (or any period) of the one-stop desk, deterministic for a seed, as a stream of steps in
 * time order: applicants come in office hours on working days for the procedures in force that
 * day (weighted by field), online, by post or in person, to one of the desk officers. A few are
 * refused at the desk (Mẫu 03) or asked to complete their dossier (Mẫu 02), most of whom come
 * back complete. A received dossier may have a fee paid at the desk or online and its items
 * digitised; it goes to the field's department, whose head assigns a specialist, who may ask a
 * partner's opinion or a supplement (the clock restarts or pauses, per version), appraises it and
 * submits the result (or the refusal letter) through the office leader in charge to the
 * competent leader; a clerk issues it with an outgoing number; the desk receives it and returns it
 * at the desk, by post or online, and records the applicant's rating. Most results come early or
 * on time, some late (most with an apology, Mẫu 04); a few dossiers are withdrawn or stopped.
 */
export function* dossierPlan(options: DossierPlanOptions): Generator<PlannedDossierStep> {
  const random = new Random(options.seed);
  const planner = new DossierPlanner(options, random);
  const days = workingDaysIn(options.calendar, options.from, options.to).filter((day) => planner.inForce(day).length > 0);
  if (days.length === 0) throw new Error(`no working day from ${options.from} to ${options.to} with a procedure of the catalogue in force`);
  const arrivals = Array.from({ length: options.dossiers }, () => instantAt(random.pick(days), officeMinute(random))).sort();
  yield* inTimeOrder(arrivals, (at) => planner.plan(at), Date.parse(options.until ?? endOfLocalDay(options.to)));
}

type Applicant = ReceiveDossierRequest['applicant'];

/** What the rest of a dossier's life needs from its reception; `due` moves with a supplement. */
interface Reception {
  desk: User;
  applicant: Applicant;
  channel: DossierChannel;
  due: DossierDue;
}

/** One applicant's steps as they are planned, in time order: `at` is the time of the last one. */
class DossierLife {
  readonly steps: PlannedDossierStep[] = [];

  constructor(
    private readonly subject: string,
    public at: string,
    private readonly calendar: WorkingCalendar,
    private readonly random: Random,
  ) {}

  /** A step `workingDays` after the last one (0: later the same working day), in office hours. */
  push(actor: User, command: PlannedDossierCommand, workingDays = 0): void {
    if (this.steps.length > 0) this.wait(workingDays);
    const label = command.type === 'step' ? command.step.type : command.type === 'slip' ? command.slip.type : command.type;
    this.steps.push({ at: this.at, subject: this.subject, actor, label, key: `demo-dossier-${this.subject}-${this.steps.length + 1}`, command });
  }

  run(actor: User, step: OmitEach<DossierCommandInput, 'dossierId'>, workingDays = 0): void {
    this.push(actor, { type: 'step', step }, workingDays);
  }

  /** Time passes (the applicant goes away and comes back). */
  wait(workingDays: number): void {
    this.at = later(this.calendar, this.random, this.at, workingDays);
  }
}

/** Plans one applicant's visit and, when a dossier is received, its whole life. */
class DossierPlanner {
  private readonly desks: User[];
  private readonly clerks: User[];
  private readonly chairman: User;
  private readonly officeChief: User;
  private readonly calendar: WorkingCalendar;
  private readonly receivable: DemoProcedure[];

  constructor(
    private readonly options: DossierPlanOptions,
    private readonly random: Random,
  ) {
    const { users } = options.organisation;
    this.calendar = options.calendar;
    this.desks = users.filter((u) => hasRole(u, 'onestop_officer'));
    this.clerks = users.filter((u) => hasRole(u, 'clerk'));
    this.chairman = users.find((u) => hasRole(u, 'committee_chairman'))!;
    this.officeChief = users.find((u) => hasRole(u, 'office_chief'))!;
    this.receivable = options.catalogue.filter((p) => options.organisation.fields.some((f) => f.code === p.fieldCode));
    if (this.desks.length === 0 || this.clerks.length === 0 || !this.chairman || !this.officeChief) {
      throw new Error('the demo desk needs one-stop officers, clerks, a chairman and an office chief (the demo organisation)');
    }
  }

  /** The procedures whose (first) version is in force on `day` and that the desk can receive. */
  inForce(day: LocalDate): DemoProcedure[] {
    return this.receivable.filter((p) => versionCoversDay(p.version, day));
  }

  plan(arrivedAt: string): PlannedDossierStep[] {
    const r = this.random;
    const procedure = this.pickProcedure(localDateOf(arrivedAt));
    const field = this.options.organisation.fields.find((f) => f.code === procedure.fieldCode)!;
    const life = new DossierLife(r.uuid(), arrivedAt, this.calendar, r);
    const applicant = this.applicant();
    const received = this.atTheDesk(life, procedure, applicant);
    if (!received) return life.steps;
    const specialist = this.handling(life, procedure, field, received);
    if (specialist) this.result(life, procedure, field, specialist, received);
    return life.steps;
  }

  /**
   * At the desk: refused (Mẫu 03), or asked to complete the dossier (Mẫu 02) and mostly back
   * complete a few days later; received online, by post or in person, with the fee of a licence
   * or certificate paid (at once, or online) and the items digitised. Null when nothing is received.
   */
  private atTheDesk(life: DossierLife, procedure: DemoProcedure, applicant: Applicant): Reception | null {
    const r = this.random;
    const { version } = procedure;
    const desk = r.pick(this.desks);
    const slip = { procedureCode: procedure.code, applicant };
    if (r.chance(0.02)) {
      const [reason, legalBasis] = r.pick(REFUSALS);
      life.push(desk, { type: 'slip', slip: { type: 'refuse-reception', ...slip, reason, legalBasis } });
      return null;
    }
    if (r.chance(0.07)) {
      life.push(desk, { type: 'slip', slip: { type: 'request-supplement-at-reception', ...slip, missing: this.missing(procedure) } });
      if (!r.chance(0.75)) return null;
      life.wait(r.int(2, 10));
    }
    const online = version.onlineLevel !== 'none' && r.chance(version.onlineLevel === 'full' ? 0.6 : 0.3);
    const channel = online ? 'online' : r.chance(0.12) ? 'post' : 'direct';
    const chosen = version.requiredItems.filter((item) => item.mandatory || r.chance(0.5));
    // A checklist of optional items only still needs something handed in: the first of them.
    const items = (chosen.length > 0 ? chosen : version.requiredItems.slice(0, 1)).map(({ name, form, quantity }) => ({ name, form, quantity }));
    life.push(desk, { type: 'receive', reception: { procedureCode: procedure.code, applicant, items, channel, sets: 1 } });
    const due = dossierDueDate(life.at, version, this.calendar).due;
    if (/^Giấy (phép|chứng nhận)/.test(version.resultType) || r.chance(0.05)) {
      life.run(desk, { type: 'fees', amountVnd: r.pick(FEES_VND) });
      life.run(desk, { type: 'payments', method: online ? (r.chance(0.85) ? 'online' : 'transfer') : r.chance(0.7) ? 'cash' : r.chance(0.5) ? 'transfer' : 'online' });
    }
    if (!online && r.chance(0.8)) life.run(desk, { type: 'digitise', items: items.map((item) => item.name) });
    return { desk, applicant, channel, due };
  }

  /**
   * To the field's department, whose head assigns a specialist; a few dossiers are withdrawn or
   * stopped there. The specialist may ask a partner's opinion, or a supplement (the due date
   * restarts or pauses, per version, until the applicant brings it; some never do). Answers the
   * specialist when the dossier goes on to its result, with `reception.due` as it then stands.
   */
  private handling(life: DossierLife, procedure: DemoProcedure, field: Field, reception: Reception): User | null {
    const r = this.random;
    const { desk } = reception;
    const specialist = r.pick(this.specialistsOf(field.departmentId));
    life.run(desk, { type: 'transfer', toUnitId: field.departmentId, note: null }, r.chance(0.7) ? 0 : 1);
    life.run(this.headOf(field.departmentId), { type: 'transfer', toUserId: specialist.id, note: 'Giao chuyên viên thụ lý, tham mưu giải quyết đúng hạn' }, r.chance(0.6) ? 0 : 1);
    if (r.chance(0.02)) {
      life.run(desk, { type: 'withdraw', reason: r.pick(WITHDRAWAL_REASONS) }, r.int(1, 4));
      return null;
    }
    if (r.chance(0.015)) {
      life.run(this.user(field.officeLeaderId), { type: 'stop', reason: r.pick(STOP_REASONS) }, r.int(1, 5));
      return null;
    }
    if (r.chance(0.08)) {
      const partner = r.pick(PARTNERS);
      life.run(specialist, { type: 'request-opinion', partner, request: 'Đề nghị cho ý kiến về nội dung hồ sơ theo chức năng, nhiệm vụ của cơ quan', dueDate: null }, r.int(0, 1));
      life.run(r.chance(0.5) ? specialist : desk, { type: 'receive-opinion', partner, opinion: 'Thống nhất với nội dung hồ sơ, không có ý kiến khác' }, r.int(2, 5));
    }
    if (r.chance(0.08)) {
      const missing = this.missing(procedure);
      life.run(specialist, { type: 'appraise', outcome: 'needs_supplement', findings: APPRAISAL_FINDINGS.needs_supplement, note: null }, r.int(0, 2));
      life.run(specialist, { type: 'request-supplement', missing });
      const requestedAt = life.at;
      if (r.chance(0.15)) return null;
      life.run(desk, { type: 'receive-supplement', items: missing.map((m) => m.item) }, r.int(2, 8));
      reception.due = dueAfterSupplement(procedure.version.supplementPolicy, reception.due, requestedAt, life.at, procedure.version, this.calendar);
    }
    return specialist;
  }

  /**
   * The result, timed to reach the desk early, on time or late against the due date (the
   * appraisal takes what the other steps leave; most late ones with an apology, Mẫu 04), through
   * the documents' signing path: phiếu trình, ký nháy (sometimes sent back), ký (sometimes
   * rejected), phát hành with an outgoing number; then back at the desk and returned at the desk,
   * by post or online, with a rating from some applicants.
   */
  private result(life: DossierLife, procedure: DemoProcedure, field: Field, specialist: User, { applicant, channel, due }: Reception): void {
    const r = this.random;
    const { version } = procedure;
    const timeliness = r.weighted(TIMELINESS);
    const target = timeliness === 'late' ? this.calendar.addWorkingDays(due.due, r.int(1, 6)) : timeliness === 'on_time' ? due.due : this.workingDaysBefore(due.due, r.int(1, 3));
    if (timeliness === 'late' && r.chance(0.85)) {
      // Mẫu 04 goes out a day or two before the due date, once the delay is foreseen (or at once, when that day has passed).
      const days = this.calendar.workingDaysBetween(localDateOf(life.at), this.workingDaysBefore(due.due, r.int(1, 2)));
      life.run(r.chance(0.7) ? specialist : this.headOf(field.departmentId), { type: 'apologise', reason: r.pick(APOLOGY_REASONS), newDueDate: target }, days);
    }
    const leaderDays = [r.chance(0.7) ? 0 : 1, r.chance(0.6) ? 0 : 1, r.chance(0.8) ? 0 : 1];
    // A day in hand (a step late in the day rolls over to the next morning); the result then waits at the clerks' for the target day.
    const slack = leaderDays.reduce((a, b) => a + b, 0) + 1;
    const appraisalDays = Math.max(0, this.calendar.workingDaysBetween(localDateOf(life.at), target) - slack);
    const eligible = !r.chance(0.04);
    const outcome = eligible ? 'eligible' : 'not_eligible';
    life.run(specialist, { type: 'appraise', outcome, findings: APPRAISAL_FINDINGS[outcome], note: null }, appraisalDays);

    const leader = r.chance(0.85) ? this.user(field.committeeLeaderId) : this.chairman;
    const initialler = r.chance(0.9) ? this.user(field.officeLeaderId) : this.officeChief;
    const proposal = eligible ? `Kính trình lãnh đạo UBND tỉnh xem xét, ký ${version.resultType.toLocaleLowerCase('vi')}` : 'Kính trình lãnh đạo UBND tỉnh ký văn bản trả lời tổ chức, cá nhân';
    const submit = () => life.run(specialist, { type: 'submit', leaderId: leader.id, proposal, draft: this.draft(procedure, eligible) });
    submit();
    if (r.chance(0.05)) {
      life.run(initialler, { type: 'initial', agree: false, note: 'Đề nghị chuyên viên rà soát lại căn cứ pháp lý của dự thảo' }, r.int(0, 1));
      submit();
    }
    life.run(initialler, { type: 'initial', agree: true, note: null }, leaderDays[0]);
    if (r.chance(0.02)) {
      life.run(leader, { type: 'sign', decision: 'rejected', note: 'Đề nghị làm rõ thêm ý kiến của cơ quan phối hợp' }, r.int(0, 1));
      submit();
      life.run(initialler, { type: 'initial', agree: true, note: null });
    }
    life.run(leader, { type: 'sign', decision: 'approved', note: null }, leaderDays[1]);
    const recipients = [applicant.name, `Lưu: VT, ${this.departmentCode(field)}`];
    life.push(r.pick(this.clerks), { type: 'issue', recipients, copies: recipients.length + r.int(0, 1) }, leaderDays[2]);

    life.run(r.pick(this.desks), { type: 'result-at-desk' }, this.calendar.workingDaysBetween(localDateOf(life.at), target));
    const method = channel === 'online' ? (r.chance(0.7) ? 'online' : 'desk') : channel === 'post' ? (r.chance(0.7) ? 'post' : 'desk') : r.chance(0.88) ? 'desk' : 'post';
    life.run(r.pick(this.desks), { type: 'return', receivedBy: { name: applicant.name, idNumber: applicant.idNumber ?? null }, method }, method === 'desk' ? r.int(0, 4) : 0);
    if (r.chance(0.45)) life.run(r.pick(this.desks), { type: 'satisfaction', score: Number(r.weighted(SCORES)), answers: r.chance(0.3) ? { ...r.pick(SATISFACTION_ANSWERS) } : null });
  }

  private pickProcedure(day: LocalDate): DemoProcedure {
    const r = this.random;
    const procedures = this.inForce(day);
    const fields = Object.fromEntries(procedures.map((p) => [p.fieldCode, FIELD_WEIGHTS[p.fieldCode] ?? OTHER_FIELD_WEIGHT]));
    const fieldCode = r.weighted(fields);
    return r.pick(procedures.filter((p) => p.fieldCode === fieldCode));
  }

  /** A person (with an ID number) or an organisation's representative. */
  private applicant(): Applicant {
    const r = this.random;
    const person = `${r.pick(FAMILY_NAMES)} ${r.pick(MIDDLE_NAMES)} ${r.pick(GIVEN_NAMES)}`;
    const name = r.chance(0.3) ? `${r.pick(ORGANISATIONS)} (người đại diện: ${person})` : person;
    return {
      name,
      idNumber: `0452${String(r.int(0, 99_999_999)).padStart(8, '0')}`,
      address: `Số ${r.int(1, 250)} đường ${r.pick(STREETS)}, ${r.pick(PLACES)}, tỉnh Quảng Trị`,
      phone: `09${String(r.int(0, 99_999_999)).padStart(8, '0')}`,
      email: null,
    };
  }

  /** One to two items of the checklist, each with its reason (a supplement lists everything at once). */
  private missing(procedure: DemoProcedure): MissingItem[] {
    const r = this.random;
    const items = procedure.version.requiredItems;
    const first = r.int(0, items.length - 1);
    const chosen = items.length > 1 && r.chance(0.3) ? [items[first], items[(first + 1) % items.length]] : [items[first]];
    return chosen.map((item) => ({ item: item.name, reason: r.pick(SUPPLEMENT_REASONS) }));
  }

  private draft(procedure: DemoProcedure, eligible: boolean): { documentType: string; excerpt: string } {
    if (!eligible) return { documentType: 'official_letter', excerpt: `V/v trả lời hồ sơ đề nghị ${procedure.name.toLocaleLowerCase('vi')}` };
    const documentType = RESULT_DRAFTS.find(([prefix]) => procedure.version.resultType.startsWith(prefix))?.[1] ?? 'official_letter';
    return { documentType, excerpt: `${procedure.version.resultType} về việc ${procedure.name.toLocaleLowerCase('vi')}` };
  }

  /** The working day `n` working days before `day` (the calendar only counts forwards). */
  private workingDaysBefore(day: LocalDate, n: number): LocalDate {
    let found = day;
    for (let left = n, probe = day; left > 0; ) {
      probe = addCalendarDays(probe, -1);
      if (this.calendar.isWorkingDay(probe)) {
        found = probe;
        left--;
      }
    }
    return found;
  }

  private departmentCode(field: Field): string {
    return this.options.organisation.departments.find((d) => d.id === field.departmentId)?.code ?? 'VP';
  }

  private user(id: string): User {
    const found = this.options.organisation.users.find((u) => u.id === id);
    if (!found) throw new Error(`user ${id} is not in the organisation`);
    return found;
  }

  private headOf(departmentId: string): User {
    return this.options.organisation.users.find((u) => hasRole(u, 'department_head') && u.departmentId === departmentId) ?? this.officeChief;
  }

  private specialistsOf(departmentId: string): User[] {
    const specialists = this.options.organisation.users.filter((u) => hasRole(u, 'specialist') && u.departmentId === departmentId);
    if (specialists.length === 0) throw new Error(`department ${departmentId} has no specialist to handle dossiers`);
    return specialists;
  }
}
