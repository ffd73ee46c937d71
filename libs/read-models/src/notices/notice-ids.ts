import { createHash } from 'node:crypto';

/** A UUID (version-5 layout) from a name: the same notice always gets the same id, so writing it twice changes nothing. */
export function noticeId(...parts: string[]): string {
  const hex = createHash('sha1').update(parts.join('\u001f')).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The channel a committed notice is announced on (payload `{"id","userId"}`); each API process listens once. */
export const NOTICE_CHANNEL = 'office_notices';
