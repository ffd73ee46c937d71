import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';
import type { FieldProblem } from './error-body';
import { cacheValidationMetadata } from './validation-metadata';

/** Thrown for any request whose body or query breaks a rule; carries one entry per broken field. */
export class ValidationFailedException extends BadRequestException {
  constructor(readonly problems: FieldProblem[]) {
    super('Dữ liệu gửi lên không hợp lệ');
  }
}

/** Flattens class-validator's tree into `{field: 'source.agency', message}` entries. */
export function fieldProblems(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...fieldProblems(error.children ?? [], field)];
  });
}

/** Unknown fields are refused (not silently dropped) so a typo never goes unnoticed. */
export function createValidationPipe(): ValidationPipe {
  cacheValidationMetadata();
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new ValidationFailedException(fieldProblems(errors)),
  });
}
