/**
 * RFC 8785 (JSON Canonicalization Scheme): object keys sorted by UTF-16 code units, no white
 * space, numbers and strings serialised as ECMAScript's JSON.stringify does (which is what the
 * RFC prescribes). It follows JSON.stringify's rules for what is not JSON (toJSON is called;
 * undefined, functions and symbols are left out of objects and become null in arrays), so the
 * hash of a value is the hash of what any store keeps of it. Written here because the reference
 * package is ESM-only.
 *
 * Verification canonicalises every event of the log, so this is a hot path: objects are built
 * by string concatenation, and the sorted, quoted keys of each object shape are remembered.
 */
export function canonicalJson(value: unknown): string {
  const text = serialise(value);
  if (text === undefined) throw new TypeError(`${typeof value} is not JSON`);
  return text;
}

function serialise(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`RFC 8785 has no representation for ${value}`);
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      throw new TypeError('a bigint is not JSON: store it as a string');
    case 'object':
      if (value === null) return 'null';
      if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return serialise((value as { toJSON(): unknown }).toJSON());
      return Array.isArray(value) ? serialiseArray(value) : serialiseObject(value as Record<string, unknown>);
    default:
      // undefined, functions, symbols: left out of objects, null in arrays.
      return undefined;
  }
}

function serialiseArray(array: readonly unknown[]): string {
  let text = '[';
  for (let i = 0; i < array.length; i++) {
    if (i > 0) text += ',';
    text += serialise(array[i]) ?? 'null';
  }
  return text + ']';
}

function serialiseObject(object: Record<string, unknown>): string {
  const { keys, members } = shapeOf(Object.keys(object));
  let text = '';
  for (let i = 0; i < keys.length; i++) {
    const member = serialise(object[keys[i]]);
    if (member !== undefined) text += (text === '' ? '{' : ',') + members[i] + member;
  }
  return text === '' ? '{}' : text + '}';
}

/** An object shape: its keys in canonical order, and each as `"key":`. */
interface Shape {
  keys: string[];
  members: string[];
}

/** Events have a few dozen shapes; the bound only keeps hostile input from growing the cache. */
const MAX_SHAPES = 1_000;
const shapes = new Map<string, Shape>();

/**
 * Keys are joined with NUL to name the shape. Lists holding a NUL are never remembered, and a hit
 * must have as many keys: two lists with the same join then are the same list (a list that
 * collides with a NUL-free one has fewer keys, its NULs being inside keys).
 */
function shapeOf(keys: string[]): Shape {
  const id = keys.join('\u0000');
  const known = shapes.get(id);
  if (known && known.keys.length === keys.length) return known;
  const sorted = keys.sort();
  const shape = { keys: sorted, members: sorted.map((key) => `${JSON.stringify(key)}:`) };
  if (shapes.size < MAX_SHAPES && !sorted.some((key) => key.includes('\u0000'))) shapes.set(id, shape);
  return shape;
}
