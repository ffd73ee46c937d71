/**
 * RFC 8785 (JSON Canonicalization Scheme): object keys sorted by UTF-16 code units, no white
 * space, numbers and strings serialised as ECMAScript's JSON.stringify does (which is what the
 * RFC prescribes). It follows JSON.stringify's rules for what is not JSON (toJSON is called;
 * undefined, functions and symbols are left out of objects and become null in arrays), so the
 * hash of a value is the hash of what any store keeps of it. Written here because the reference
 * package is ESM-only.
 */
export function canonicalJson(value: unknown): string {
  const text = serialise(value);
  if (text === undefined) throw new TypeError(`${typeof value} is not JSON`);
  return text;
}

function serialise(input: unknown): string | undefined {
  const value = hasToJson(input) ? input.toJSON() : input;
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`RFC 8785 has no representation for ${value}`);
    return JSON.stringify(value);
  }
  if (typeof value === 'bigint') throw new TypeError('a bigint is not JSON: store it as a string');
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return undefined;
  if (Array.isArray(value)) return `[${value.map((item) => serialise(item) ?? 'null').join(',')}]`;
  const object = value as Record<string, unknown>;
  const members: string[] = [];
  for (const key of Object.keys(object).sort()) {
    const member = serialise(object[key]);
    if (member !== undefined) members.push(`${JSON.stringify(key)}:${member}`);
  }
  return `{${members.join(',')}}`;
}

function hasToJson(value: unknown): value is { toJSON(): unknown } {
  return typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON === 'function';
}
