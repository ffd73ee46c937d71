/**
 * The form in which text is searched: lower case, without Vietnamese tone and vowel marks,
 * `đ` as `d`, spaces collapsed. Stored by the projection and applied to the query the same way,
 * so that "ke hoach", "Kế hoạch" and "KẾ HOẠCH" all find "Kế hoạch" whatever the database locale.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A LIKE pattern matching `query` anywhere, with `%`, `_` and `\` taken literally. */
export function containsPattern(query: string): string {
  return `%${foldForSearch(query).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
