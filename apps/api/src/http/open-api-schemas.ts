import { ApiCreatedResponse, ApiOkResponse, type ReferenceObject, type SchemaObject } from '@nestjs/swagger';

/**
 * Success answers in OpenAPI: small builders for the shapes the routes share (a command's
 * `{id, revision}`, a read model's `projectedPosition`, a page of items, a file), so that each
 * route declares its answer in one decorator. Named schemas land in `components.schemas`
 * (open-api.ts adds them), the others inline.
 */
export type Schema = SchemaObject | ReferenceObject;

const NAMED: Record<string, SchemaObject> = {};

/** Schemas registered by `named`, for open-api.ts to put in `components.schemas`. */
export function namedSchemas(): Record<string, SchemaObject> {
  return { ...NAMED };
}

/** A schema under `components.schemas.<name>`; answers the reference to it. */
export function named(name: string, schema: SchemaObject): ReferenceObject {
  NAMED[name] = schema;
  return { $ref: `#/components/schemas/${name}` };
}

export const text = (description?: string): SchemaObject => ({ type: 'string', ...(description ? { description } : {}) });
export const uuid: SchemaObject = { type: 'string', format: 'uuid' };
export const day: SchemaObject = { type: 'string', format: 'date', example: '2026-03-05' };
export const instant: SchemaObject = { type: 'string', format: 'date-time' };
export const int: SchemaObject = { type: 'integer' };
export const num: SchemaObject = { type: 'number' };
export const bool: SchemaObject = { type: 'boolean' };
/** Global or stream positions are 64-bit: JSON carries them as decimal strings. */
export const position: SchemaObject = { type: 'string', pattern: '^-?\\d+$', example: '1042' };
export const oneOf = (...values: string[]): SchemaObject => ({ type: 'string', enum: values });

/** May be null (OpenAPI 3.0); a reference is wrapped, since 3.0 ignores siblings of `$ref`. */
export function nullable(schema: Schema): SchemaObject {
  return '$ref' in schema ? { allOf: [schema], nullable: true } : { ...schema, nullable: true };
}

export function arrayOf(items: Schema): SchemaObject {
  return { type: 'array', items };
}

/** An object whose fields are all present (null where nullable) except those named `optional`. */
export function object(properties: Record<string, Schema>, optional: string[] = []): SchemaObject {
  const required = Object.keys(properties).filter((name) => !optional.includes(name));
  return { type: 'object', properties, ...(required.length ? { required } : {}), additionalProperties: false };
}

/** An object described by its main fields only: others may come (a folded state, a jsonb payload, a report row). */
export function record(description: string, properties: Record<string, Schema> = {}): SchemaObject {
  return { type: 'object', description, ...(Object.keys(properties).length ? { properties } : {}), additionalProperties: true };
}

/** A map from keys (a clock, an urgency, a document type…) to values of one shape. */
export function mapOf(values: Schema, description: string): SchemaObject {
  return { type: 'object', description, additionalProperties: values };
}

const PROJECTED = { projectedPosition: { ...position, description: 'how far the projector had caught up when this was read (API.md)' } };

/** A read-model answer: its fields and `projectedPosition`. */
export function projected(properties: Record<string, Schema>, optional: string[] = []): SchemaObject {
  return object({ ...properties, ...PROJECTED }, optional);
}

/** A page of a read model: `{items, page, pageSize, total, projectedPosition}`. */
export function pageOf(item: Schema): SchemaObject {
  return projected({ items: arrayOf(item), page: int, pageSize: int, total: int });
}

/** A whole list of a read model: `{items, projectedPosition}`, and `total` when `counted`. */
export function listOf(item: Schema, counted = false): SchemaObject {
  return projected({ items: arrayOf(item), ...(counted ? { total: int } : {}) });
}

const COMMAND_FIELDS = { id: uuid, revision: { ...position, description: "the stream's revision after the append" } };
export const COMMAND_ANSWER = named('CommandAnswer', object(COMMAND_FIELDS));

/** 201 `{id, revision}` (API.md), with the fields a step adds (a number, a code…). */
export function AnswersCommand(extra?: Record<string, Schema>, description = 'written; a retry with the same Idempotency-Key answers the same') {
  return AnswersCreated(extra ? object({ ...COMMAND_FIELDS, ...extra }) : COMMAND_ANSWER, description);
}

/** 201 with a JSON answer. */
export function AnswersCreated(schema: Schema, description: string) {
  return ApiCreatedResponse({ description, schema });
}

/** 200 with a JSON answer. */
export function Answers(schema: Schema, description = 'the answer') {
  return ApiOkResponse({ description, schema });
}

const files = (types: string[]) => Object.fromEntries(types.map((type) => [type, { schema: { type: 'string', format: 'binary' } as SchemaObject }]));

/** 200 with a file of one of `types`. */
export function AnswersFile(description: string, ...types: string[]) {
  return ApiOkResponse({ description, content: files(types) });
}

/** 200 with JSON, or with a file of one of `types` when the query asks for one (`format=csv|xlsx`). */
export function AnswersJsonOrFile(schema: Schema, description: string, ...types: string[]) {
  return ApiOkResponse({ description, content: { 'application/json': { schema }, ...files(types) } });
}

export const CSV = 'text/csv';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const PDF = 'application/pdf';
export const ZIP = 'application/zip';
