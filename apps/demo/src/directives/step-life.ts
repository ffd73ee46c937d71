import { localDateOf, type LocalDate, type User, type WorkingCalendar } from '@office/domain';
import type { OfficeStep } from '../office/in-process-office';
import type { Random } from '../office/random';
import { instantAt, later, officeMinute } from '../office/working-time';

/** A step of a demo plan: what is sent, by whom, when. */
export interface PlannedStep<C> extends OfficeStep {
  command: C;
}

export interface StepLifeOptions<C> {
  /** Starts every key: `<prefix>-<subject>-<rank>`. */
  prefix: string;
  subject: string;
  /** Before the first step: the first `push` happens exactly then. */
  at: string;
  calendar: WorkingCalendar;
  random: Random;
  /** What the step is, for a refusal's line. */
  labelOf: (command: C) => string;
}

/**
 * The steps of one demo subject (a meeting, a task, a quality record) as they are planned, each
 * after the last, in office hours: `at` is the time of the last. Keys derive from the subject and
 * the step's rank, so a plan run again sends the same idempotency keys and appends nothing.
 */
export class StepLife<C> {
  readonly steps: Array<PlannedStep<C>> = [];
  at: string;

  constructor(private readonly options: StepLifeOptions<C>) {
    this.at = options.at;
  }

  /** A step `workingDays` after the last one (0: later the same working day, or the next morning). */
  push(actor: User, command: C, workingDays = 0): void {
    if (this.steps.length > 0) this.at = later(this.options.calendar, this.options.random, this.at, workingDays);
    this.add(actor, command);
  }

  /** A step on `day` at an office minute; on or before the last step's day: later that day (or the next morning). */
  on(day: LocalDate, actor: User, command: C): void {
    if (day <= localDateOf(this.at)) return this.push(actor, command, 0);
    this.at = instantAt(day, officeMinute(this.options.random));
    this.add(actor, command);
  }

  private add(actor: User, command: C): void {
    const { prefix, subject, labelOf } = this.options;
    this.steps.push({ at: this.at, subject, actor, label: labelOf(command), key: `${prefix}-${subject}-${this.steps.length + 1}`, command });
  }
}

/** `steps` up to `until` in time order (stable: each subject's own steps are already in order). */
export function inTimeUntil<S extends OfficeStep>(steps: readonly S[], until: string): S[] {
  const last = Date.parse(until);
  return steps.filter((step) => Date.parse(step.at) <= last).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}
