import { createHash } from 'node:crypto';
import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { canonicalJson, isConnectionLoss } from '@office/event-store';
import type { FastifyReply } from 'fastify';
import { from, of, switchMap, type Observable } from 'rxjs';
import { DataSource } from 'typeorm';
import type { AuthenticatedRequest } from '../auth/authenticated-user';
import { ValidationFailedException } from '../http/validation';
import { idempotencyKeyReused } from './idempotency-key-reused';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
const MAX_KEY_LENGTH = 200;
/** Printable ASCII: a key is an opaque token, usually a UUID. */
const KEY_CHARACTERS = /^[\x21-\x7e]+$/;
const KEEP_DAYS = 7;

/**
 * `Idempotency-Key` on a POST: a retry with the same key and body answers the first response
 * without running again; the same key with another method, path or body is 422
 * IDEMPOTENCY_KEY_REUSED. This record only answers finished requests: the writes themselves are
 * made idempotent by the command pipeline (event ids derived from the key and the command, a
 * replay check per stream), which also covers two retries racing each other, a request whose
 * record was never kept, and a key reused for another command on the same stream.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private lastPurge = 0;

  constructor(private readonly dataSource: DataSource) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const key = idempotencyKeyOf(request);
    if (request.method !== 'POST' || key === undefined || !request.user) return next.handle();
    const userId = request.user.id;
    const body = uploadedBytesOf(request.body) ?? canonicalJson(request.body ?? null);
    const requestHash = createHash('sha256').update(`${request.method} ${request.url}\n`).update(body).digest('hex');
    return from(this.find(userId, key)).pipe(
      switchMap((stored) => {
        if (!stored) return next.handle().pipe(switchMap((body) => from(this.save(userId, key, requestHash, context, body))));
        if (stored.request_hash !== requestHash) throw idempotencyKeyReused();
        context.switchToHttp().getResponse<FastifyReply>().status(stored.status_code).header('idempotent-replay', 'true');
        return of(stored.response);
      }),
    );
  }

  private async find(userId: string, key: string): Promise<{ request_hash: string; status_code: number; response: unknown } | undefined> {
    const rows = await this.dataSource.query('SELECT request_hash, status_code, response FROM api_idempotency_records WHERE user_id = $1 AND idempotency_key = $2', [userId, key]);
    return rows[0];
  }

  private async save(userId: string, key: string, requestHash: string, context: ExecutionContext, body: unknown): Promise<unknown> {
    const status = context.switchToHttp().getResponse<FastifyReply>().statusCode || 201;
    try {
      await this.dataSource.query(
        `INSERT INTO api_idempotency_records (user_id, idempotency_key, request_hash, status_code, response) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (user_id, idempotency_key) DO NOTHING`,
        [userId, key, requestHash, status, JSON.stringify(body ?? null)],
      );
      await this.purgeOccasionally();
    } catch (error) {
      // The command is written; only its replay record is not. Answering 503 now would refuse what was done,
      // and a retry with this key is safe without the record: the pipeline replays it from the stream.
      if (!isConnectionLoss(error)) throw error;
    }
    return body;
  }

  private async purgeOccasionally(): Promise<void> {
    const now = Date.now();
    if (now - this.lastPurge < 3_600_000) return;
    this.lastPurge = now;
    await this.dataSource.query(`DELETE FROM api_idempotency_records WHERE created_at < now() - make_interval(days => $1)`, [KEEP_DAYS]);
  }
}

/**
 * A file uploaded as the body (an XLSX catalogue: a parser's wrapper exposing `bytes`) is hashed as
 * its bytes, so the same key with another file is refused rather than replayed; JSON is hashed in
 * its canonical form.
 */
function uploadedBytesOf(body: unknown): Buffer | undefined {
  const bytes = typeof body === 'object' && body !== null ? (body as { bytes?: unknown }).bytes : undefined;
  return Buffer.isBuffer(bytes) ? bytes : undefined;
}

/** The header's value, checked; undefined when absent. */
export function idempotencyKeyOf(request: AuthenticatedRequest): string | undefined {
  const raw = request.headers[IDEMPOTENCY_HEADER];
  if (raw === undefined) return undefined;
  const key = Array.isArray(raw) ? raw[0] : raw;
  if (!key || key.length > MAX_KEY_LENGTH || !KEY_CHARACTERS.test(key)) {
    throw new ValidationFailedException([{ field: 'Idempotency-Key', message: `Idempotency-Key phải dài từ 1 đến ${MAX_KEY_LENGTH} ký tự in được` }]);
  }
  return key;
}
