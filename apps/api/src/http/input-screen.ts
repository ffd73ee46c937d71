import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FieldProblem } from './error-body';
import { toErrorBody } from './error-mapping';
import { ValidationFailedException } from './validation';

/** Objects and arrays nested deeper than this are refused: no form of the API goes beyond 5. */
export const MAX_JSON_DEPTH = 20;

/** C0 controls but tab, LF and CR; DEL; C1 controls. NUL is among them (PostgreSQL's jsonb cannot hold it). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** The same, line breaks and tabs included: for names and query parameters, which are single-line. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_OR_BREAK = /[\u0000-\u001F\u007F-\u009F]/;

/**
 * Screens every request before Nest's guards, pipes and handlers (a Fastify preValidation hook,
 * so routes added later are covered without opting in): JSON nested deeper than MAX_JSON_DEPTH,
 * control characters (tabs and line breaks only inside JSON string values, where multi-line text
 * lives) and whitespace-only strings answer 400 VALIDATION_FAILED naming the field — before any
 * number is taken or anything appended. The walk is iterative and stops at the depth limit, so a
 * 10,000-level body cannot overflow the stack here or later in class-validator.
 */
export function registerInputScreen(fastify: FastifyInstance): void {
  fastify.addHook('preValidation', async (request: FastifyRequest, reply: FastifyReply) => {
    const problems = [...screenQuery(request.query), ...screenJson(request.body)];
    if (problems.length === 0) return;
    return reply.status(400).send(toErrorBody(new ValidationFailedException(problems.slice(0, 20))));
  });
}

/** Problems of a parsed JSON body, fields named as class-validator names them (`source.agency`, `recipients.1`). */
export function screenJson(body: unknown): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const pending: Array<{ value: unknown; field: string; depth: number }> = [{ value: body, field: '', depth: 0 }];
  // Breadth first over a growing list: no recursion, and problems come out in the body's order.
  for (let i = 0; i < pending.length; i++) {
    const { value, field, depth } = pending[i];
    if (typeof value === 'string') {
      const problem = textProblem(value, CONTROL);
      if (problem) problems.push({ field: field || 'body', message: problem });
      continue;
    }
    // Parsed JSON only: a Buffer or a stream (an upload) is not walked byte by byte.
    if (!isJsonContainer(value)) continue;
    if (depth >= MAX_JSON_DEPTH) {
      problems.push({ field: field || 'body', message: `Dữ liệu lồng nhau quá ${MAX_JSON_DEPTH} cấp` });
      continue;
    }
    for (const [key, child] of Object.entries(value)) {
      const name = field ? `${field}.${key}` : key;
      if (CONTROL_OR_BREAK.test(key)) problems.push({ field: JSON.stringify(name), message: 'Tên trường chứa ký tự điều khiển' });
      else pending.push({ value: child, field: name, depth: depth + 1 });
    }
  }
  return problems;
}

function isJsonContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  if (Array.isArray(value)) return true;
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function screenQuery(query: unknown): FieldProblem[] {
  if (typeof query !== 'object' || query === null) return [];
  return Object.entries(query).flatMap(([field, value]) =>
    (Array.isArray(value) ? value : [value]).flatMap((item) => {
      const problem = typeof item === 'string' ? textProblem(item, CONTROL_OR_BREAK) : null;
      return problem ? [{ field: CONTROL_OR_BREAK.test(field) ? JSON.stringify(field) : field, message: problem }] : [];
    }),
  );
}

function textProblem(text: string, forbidden: RegExp): string | null {
  if (forbidden.test(text)) return 'Không được chứa ký tự điều khiển (NUL, BEL, ESC, DEL …)';
  if (text.length > 0 && text.trim() === '') return 'Không được chỉ gồm khoảng trắng';
  return null;
}
