/** The parts of an OpenAPI 3.0 document the contract checks read. */
export interface OpenApiSchema {
  $ref?: string;
  type?: string;
  format?: string;
  pattern?: string;
  nullable?: boolean;
  enum?: unknown[];
  required?: string[];
  properties?: Record<string, OpenApiSchema>;
  additionalProperties?: boolean | OpenApiSchema;
  items?: OpenApiSchema;
  oneOf?: OpenApiSchema[];
  anyOf?: OpenApiSchema[];
  allOf?: OpenApiSchema[];
}
interface OpenApiOperation {
  summary?: string;
  responses: Record<string, { description?: string; content?: Record<string, { schema?: OpenApiSchema }> }>;
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, OpenApiSchema> };
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
/** The string formats the routes answer, as strictly as API.md states them. */
const FORMATS: Record<string, RegExp> = {
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  date: /^\d{4}-\d{2}-\d{2}$/,
  'date-time': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/,
};
/** Answers that are files: their type is their description (a zip, a PDF, a spreadsheet, a CSV). */
const FILE_TYPE = /^(application\/(pdf|zip|octet-stream|vnd\.|xml)|text\/(csv|plain|html)|image\/)/;

export function operationsOf(document: OpenApiDocument): Array<{ name: string; operation: OpenApiOperation }> {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => ({ name: `${method.toUpperCase()} ${path}`, operation: item[method] })),
  );
}

/** `GET /api/x: no summary; no 2xx answer with a schema or a file type` for each operation that lacks either. */
export function undocumentedOperations(document: OpenApiDocument): string[] {
  return operationsOf(document).flatMap(({ name, operation }) => {
    const lacks: string[] = [];
    if (!operation.summary?.trim()) lacks.push('no summary');
    const described = Object.entries(operation.responses).some(
      ([status, response]) => /^2\d\d$/.test(status) && Object.entries(response.content ?? {}).some(([type, media]) => media.schema !== undefined || FILE_TYPE.test(type)),
    );
    if (!described) lacks.push('no 2xx answer with a schema or a file type');
    return lacks.length > 0 ? [`${name}: ${lacks.join('; ')}`] : [];
  });
}

/**
 * Where `body` departs from the JSON schema documented for `status` of `method path`: a missing
 * required field, a wrong type, a value outside its enum, and a field the schema does not declare
 * (so that a schema cannot silently describe less than the route answers).
 */
export function mismatchesOf(document: OpenApiDocument, method: string, path: string, status: number, body: unknown): string[] {
  const operation = document.paths[path]?.[method];
  if (!operation) return [`${method.toUpperCase()} ${path} is not in the document`];
  const schema = operation.responses[String(status)]?.content?.['application/json']?.schema;
  if (!schema) return [`${method.toUpperCase()} ${path} documents no JSON answer for ${status}`];
  const problems: string[] = [];
  check(document, schema, body, '$', problems);
  // The first ones say what is wrong; a thousand rows repeating it would hide the others.
  return problems.length > 20 ? [...problems.slice(0, 20), `… and ${problems.length - 20} more`] : problems;
}

function resolve(document: OpenApiDocument, schema: OpenApiSchema): OpenApiSchema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.replace('#/components/schemas/', '');
  const found = document.components?.schemas?.[name];
  if (!found) throw new Error(`unresolved ${schema.$ref}`);
  return resolve(document, found);
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function check(document: OpenApiDocument, given: OpenApiSchema, value: unknown, at: string, problems: string[]): void {
  const schema = resolve(document, given);
  if (value === null) {
    if (!schema.nullable && !(schema.oneOf ?? schema.anyOf ?? []).some((s) => resolve(document, s).nullable)) problems.push(`${at}: null, not nullable`);
    return;
  }
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (alternatives) {
    const fits = alternatives.map((alternative) => {
      const found: string[] = [];
      check(document, alternative, value, at, found);
      return found;
    });
    if (!fits.some((found) => found.length === 0)) problems.push(`${at}: fits none of its alternatives (${fits.map((found) => found[0]).join(' | ')})`);
    return;
  }
  if (schema.allOf) {
    // Merged, so that each part's properties count as declared for the others.
    const merged = schema.allOf.map((part) => resolve(document, part)).reduce<OpenApiSchema>(
      (all, part) => ({ ...all, ...part, required: [...(all.required ?? []), ...(part.required ?? [])], properties: { ...all.properties, ...part.properties } }),
      {},
    );
    return check(document, merged, value, at, problems);
  }
  if (schema.enum && !schema.enum.includes(value)) problems.push(`${at}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  const actual = typeOf(value);
  if (schema.type && schema.type !== actual && !(schema.type === 'number' && actual === 'integer')) {
    problems.push(`${at}: ${actual}, documented ${schema.type}`);
    return;
  }
  if (actual === 'string') {
    const format = schema.format ? FORMATS[schema.format] : undefined;
    if (format && !format.test(value as string)) problems.push(`${at}: ${JSON.stringify(value)} is not a ${schema.format}`);
    if (schema.pattern && !new RegExp(schema.pattern).test(value as string)) problems.push(`${at}: ${JSON.stringify(value)} does not match ${schema.pattern}`);
  }
  if (actual === 'array' && schema.items) (value as unknown[]).forEach((item, i) => check(document, schema.items!, item, `${at}[${i}]`, problems));
  if (actual !== 'object') return;
  const record = value as Record<string, unknown>;
  for (const name of schema.required ?? []) if (!(name in record)) problems.push(`${at}.${name}: required, missing`);
  for (const [name, field] of Object.entries(record)) {
    const declared = schema.properties?.[name];
    if (declared) check(document, declared, field, `${at}.${name}`, problems);
    else if (typeof schema.additionalProperties === 'object') check(document, schema.additionalProperties, field, `${at}.${name}`, problems);
    else if (schema.additionalProperties !== true && schema.properties) problems.push(`${at}.${name}: answered, not documented`);
  }
}
