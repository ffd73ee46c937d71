/** Độ mật: thường, mật, tối mật, tuyệt mật (DOMAIN.md §2). */
export const CONFIDENTIALITIES = ['normal', 'confidential', 'secret', 'top_secret'] as const;
export type Confidentiality = (typeof CONFIDENTIALITIES)[number];

export function isConfidentiality(value: unknown): value is Confidentiality {
  return typeof value === 'string' && (CONFIDENTIALITIES as readonly string[]).includes(value);
}

/** Above `normal`: visible only to the people on the document's path (DOMAIN.md §2). */
export function isRestricted(confidentiality: Confidentiality): boolean {
  return confidentiality !== 'normal';
}
