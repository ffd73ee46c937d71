import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject, type SchemaObject } from '@nestjs/swagger';
import { describeWrittenPositions } from '../commands/written-position';
import { namedSchemas } from './open-api-schemas';

type Operation = NonNullable<OpenAPIObject['paths'][string]['get']>;

/** API.md's error body, and the answers every route may give with it. */
const ERROR_BODY: SchemaObject = {
  type: 'object',
  required: ['statusCode', 'code', 'message'],
  properties: {
    statusCode: { type: 'integer', example: 400 },
    code: { type: 'string', example: 'VALIDATION_FAILED', description: 'VALIDATION_FAILED, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, WRONG_STATE, RULE_VIOLATION, CONCURRENCY_CONFLICT, TOO_MANY_REQUESTS, STORE_UNAVAILABLE, INTERNAL_ERROR …' },
    message: { type: 'string' },
    details: {
      description: 'VALIDATION_FAILED: one entry per field; a domain refusal: {rule, field}',
      oneOf: [
        { type: 'array', items: { type: 'object', required: ['field', 'message'], properties: { field: { type: 'string', example: 'source.agency' }, message: { type: 'string' } } } },
        { type: 'object', properties: { rule: { type: 'string' }, field: { type: 'string' } } },
      ],
    },
  },
};

const COMMON_ERRORS: Record<string, string> = {
  '400': 'VALIDATION_FAILED: a field breaks a rule (named in details), a body nested too deep, control characters',
  '429': 'TOO_MANY_REQUESTS: throttled; see Retry-After',
  '500': 'INTERNAL_ERROR',
  '503': 'STORE_UNAVAILABLE: the event store or the database is away; retry',
};
/** What every authenticated write may answer besides 400: a domain refusal, and a reused Idempotency-Key. */
const WRITE_ERRORS: Record<string, string> = {
  '422': 'RULE_VIOLATION: a domain rule, named in details.rule (and details.field); IDEMPOTENCY_KEY_REUSED (field Idempotency-Key): the key was used before for another request, or on this stream for another command',
};
const AUTHENTICATED_ERRORS: Record<string, string> = {
  '401': 'UNAUTHENTICATED: no or invalid bearer token',
  '403': 'FORBIDDEN: the caller\'s roles do not allow it',
};

/** /api/docs (Swagger UI) and /api/docs-json, every operation listing the error answers of API.md. */
export function setUpOpenApi(app: NestFastifyApplication): void {
  const config = new DocumentBuilder()
    .setTitle('Office Ledger API')
    .setDescription('Văn phòng UBND tỉnh — văn bản đến, thẩm định, trình ký, phát hành; sổ đăng ký, thống kê, kiểm toán')
    .setVersion('1')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('api/docs', app, () => describeWrittenPositions(withErrorResponses(SwaggerModule.createDocument(app, config))));
}

export function withErrorResponses(document: OpenAPIObject): OpenAPIObject {
  document.components = { ...document.components, schemas: { ...document.components?.schemas, ...namedSchemas(), ErrorBody: ERROR_BODY } };
  for (const item of Object.values(document.paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      const operation: Operation | undefined = item[method];
      if (!operation) continue;
      const authenticated = Boolean(operation.security?.length);
      const errors = { ...COMMON_ERRORS, ...(authenticated ? AUTHENTICATED_ERRORS : {}), ...(authenticated && method === 'post' ? WRITE_ERRORS : {}) };
      for (const [status, description] of Object.entries(errors)) {
        operation.responses[status] ??= { description, content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } } };
      }
    }
  }
  return document;
}
