import { HttpException, HttpStatus } from '@nestjs/common';
import { DomainError } from '@office/domain';
import { EventStoreUnavailableError, InvalidAppendError, isConnectionLoss, WrongExpectedVersionError } from '@office/event-store';
import type { ErrorBody } from './error-body';
import { ValidationFailedException } from './validation';

const DOMAIN_STATUS: Record<DomainError['code'], number> = {
  WRONG_STATE: HttpStatus.CONFLICT,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  RULE_VIOLATION: HttpStatus.UNPROCESSABLE_ENTITY,
  NOT_FOUND: HttpStatus.NOT_FOUND,
};

const HTTP_CODES: Record<number, string> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'TOO_MANY_REQUESTS',
};

/** Seconds a client should wait before retrying a 503 STORE_UNAVAILABLE: about what an embedded PostgreSQL takes to restart. */
export const STORE_RETRY_AFTER_SECONDS = 2;

/** The only place where an error becomes an HTTP status and an API.md code. */
export function toErrorBody(error: unknown): ErrorBody {
  if (error instanceof ValidationFailedException) {
    return { statusCode: 400, code: 'VALIDATION_FAILED', message: error.message, details: error.problems };
  }
  if (error instanceof DomainError) {
    const details = error.rule || error.field || error.details ? { ...error.details, ...(error.rule ? { rule: error.rule } : {}), ...(error.field ? { field: error.field } : {}) } : undefined;
    return { statusCode: DOMAIN_STATUS[error.code], code: error.code, message: error.message, ...(details ? { details } : {}) };
  }
  if (error instanceof WrongExpectedVersionError) {
    return { statusCode: 409, code: 'CONCURRENCY_CONFLICT', message: 'Văn bản vừa được người khác cập nhật; hãy tải lại và thử lại' };
  }
  if (error instanceof InvalidAppendError) {
    return { statusCode: 400, code: 'VALIDATION_FAILED', message: error.message };
  }
  // The event store's or the read models' database is away (restarting, link cut), whichever pool noticed it.
  if (error instanceof EventStoreUnavailableError && error.appendMayHaveLanded) {
    // The one refusal that may have been done after all: the same request with the same Idempotency-Key settles it.
    const message = 'Kho dữ liệu mất kết nối khi đang ghi: yêu cầu có thể đã được ghi; hãy gửi lại với cùng Idempotency-Key';
    return { statusCode: 503, code: 'STORE_UNAVAILABLE', message, details: { outcome: 'unknown' } };
  }
  if (isConnectionLoss(error)) {
    return { statusCode: 503, code: 'STORE_UNAVAILABLE', message: 'Kho dữ liệu tạm thời không truy cập được; hãy thử lại sau giây lát' };
  }
  if (error instanceof HttpException) {
    const statusCode = error.getStatus();
    const response = error.getResponse();
    const message = typeof response === 'object' && response && 'message' in response ? String((response as { message: unknown }).message) : error.message;
    return { statusCode, code: HTTP_CODES[statusCode] ?? (statusCode >= 500 ? 'INTERNAL_ERROR' : 'BAD_REQUEST'), message };
  }
  const fastifyStatus = fastifyClientErrorStatus(error);
  if (fastifyStatus) {
    return { statusCode: fastifyStatus, code: HTTP_CODES[fastifyStatus] ?? 'BAD_REQUEST', message: (error as Error).message, ...(fastifyStatus === 400 ? { details: [{ field: 'body', message: (error as Error).message }] } : {}) };
  }
  return { statusCode: 500, code: 'INTERNAL_ERROR', message: 'Lỗi hệ thống; sự cố đã được ghi lại' };
}

/** Fastify's own 4xx errors (malformed JSON, body too large, wrong content type) carry `statusCode`. */
function fastifyClientErrorStatus(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown })?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}
