import { HttpException, HttpStatus } from '@nestjs/common';

/** 429 TOO_MANY_REQUESTS; the exception filter sends `retryAfterSeconds` as Retry-After. */
export class TooManyRequestsException extends HttpException {
  constructor(readonly retryAfterSeconds: number) {
    super(`Quá nhiều yêu cầu; hãy thử lại sau ${retryAfterSeconds} giây`, HttpStatus.TOO_MANY_REQUESTS);
  }
}
