/**
 * A copy of `value` with every string in Unicode NFC. Text typed on some systems (macOS, some
 * Vietnamese input methods) arrives decomposed, a base letter followed by combining marks, which
 * the font then stacks badly and text search in the PDF misses; composed letters such as "ệ" are
 * single glyphs of the font.
 */
export function toNfc<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map(toNfc) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, toNfc(entry)])) as T;
  }
  return value;
}
