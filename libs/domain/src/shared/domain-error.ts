/** What kind of refusal a `DomainError` is; the HTTP layer maps it to 409 / 403 / 422 / 404. */
export type DomainErrorCode = 'WRONG_STATE' | 'FORBIDDEN' | 'RULE_VIOLATION' | 'NOT_FOUND';

export interface DomainErrorOptions {
  /** The specific rule, in SCREAMING_SNAKE_CASE (`NOT_SIGNED`, `ONE_LEADER_PER_SUBMISSION`, …). */
  rule?: string;
  /** The input field the rule concerns (`leaderIds`, `findings.legality.note`, …). */
  field?: string;
  /**
   * What the user needs to put the refusal right, as plain JSON, for the HTTP layer to add to the
   * answer's `details` beside `rule` and `field` (e.g. `{missing: [{item, reason}]}` for
   * CHECKLIST_INCOMPLETE). Absent on most errors.
   */
  details?: Readonly<Record<string, unknown>>;
}

/**
 * A refusal by the domain. `message` is Vietnamese with diacritics: it is shown to users as is.
 * Deciders throw it; nothing in the domain catches it except `availableActions`.
 */
export class DomainError extends Error {
  override readonly name = 'DomainError';
  readonly code: DomainErrorCode;
  declare readonly rule?: string;
  declare readonly field?: string;
  declare readonly details?: Readonly<Record<string, unknown>>;

  constructor(code: DomainErrorCode, message: string, options: DomainErrorOptions = {}) {
    super(message);
    this.code = code;
    if (options.rule !== undefined) this.rule = options.rule;
    if (options.field !== undefined) this.field = options.field;
    if (options.details !== undefined) this.details = options.details;
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

/**
 * A guard asked as a question: true when `guard` refuses nothing. The buttons a page offers come
 * from the very checks the decider runs first, so they never offer a step the API would refuse.
 */
export function allows(guard: () => void): boolean {
  try {
    guard();
    return true;
  } catch (error) {
    if (isDomainError(error)) return false;
    throw error;
  }
}

/** 409: the step does not apply in the current state. */
export function wrongState(message: string, rule?: string): DomainError {
  return new DomainError('WRONG_STATE', message, { rule });
}

/** 403: the actor's role or responsibility does not allow the step. */
export function forbidden(rule: string, message: string): DomainError {
  return new DomainError('FORBIDDEN', message, { rule });
}

/** 422: a business rule refuses the step; `details` (optional) says what would satisfy it. */
export function ruleViolation(rule: string, message: string, field?: string, details?: Readonly<Record<string, unknown>>): DomainError {
  return new DomainError('RULE_VIOLATION', message, { rule, field, details });
}

/** 404: something the command names does not exist. */
export function notFound(message: string, field?: string): DomainError {
  return new DomainError('NOT_FOUND', message, { rule: undefined, field });
}
