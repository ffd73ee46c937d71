import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { ErrorBody } from '../../http/error-body';

export type UploadRefusalCode = 'FILE_TOO_LARGE' | 'REQUEST_TOO_LARGE' | 'TOO_MANY_FILES' | 'FILE_TYPE_NOT_ALLOWED' | 'FILE_INFECTED' | 'SCANNER_UNAVAILABLE' | 'NOT_MULTIPART';

const STATUS: Readonly<Record<UploadRefusalCode, number>> = {
  FILE_TOO_LARGE: 413,
  REQUEST_TOO_LARGE: 413,
  TOO_MANY_FILES: 413,
  FILE_TYPE_NOT_ALLOWED: 415,
  NOT_MULTIPART: 415,
  FILE_INFECTED: 422,
  SCANNER_UNAVAILABLE: 503,
};

/** An upload refused for one of its files: the API code names the rule, `details` the file and the limit. */
export class UploadRefused extends Error {
  constructor(
    readonly code: UploadRefusalCode,
    message: string,
    readonly details: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'UploadRefused';
  }

  get statusCode(): number {
    return STATUS[this.code];
  }

  body(): ErrorBody {
    return { statusCode: this.statusCode, code: this.code, message: this.message, details: this.details };
  }
}

/**
 * The upload's own codes (API.md's error body, with codes more precise than the generic 413/415):
 * the upload route only, so the shared error mapping stays as it is.
 */
@Catch(UploadRefused)
export class UploadRefusedFilter implements ExceptionFilter<UploadRefused> {
  catch(error: UploadRefused, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    if (error.code === 'SCANNER_UNAVAILABLE') reply.header('retry-after', '30');
    void reply.status(error.statusCode).send(error.body());
  }
}
