import { extname } from 'node:path';
import type { DetectedFileType } from '@office/storage';

/** Other names people give the same type: a `.jpeg` photo, a `.tiff` scan, an `.edxml` package. */
const EXTENSION_ALIASES: Readonly<Record<string, string>> = { jpeg: 'jpg', tiff: 'tif', edxml: 'xml' };

/** Types shown inline in the browser (`?inline=1`): what a browser renders without running anything. */
export const PREVIEWABLE_TYPES: ReadonlySet<string> = new Set(['application/pdf', 'image/png', 'image/jpeg', 'image/gif', 'image/webp']);

/** ZIP (OOXML, OpenDocument) and OLE (legacy Office) files: their type is told by entries near their end, so only once the whole file is there. */
export function isContainer(head: Buffer): boolean {
  const zip = [0x50, 0x4b, 0x03, 0x04];
  const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return [zip, ole].some((magic) => magic.every((byte, i) => head[i] === byte));
}

export type TypeVerdict = { ok: true; mediaType: string } | { ok: false; reason: string };

/**
 * Our rule for names: the type of a file is what its bytes say (the detector answers only for the
 * allow-list: PDF, images, Office, OpenDocument, XML), and the name's extension must be the one that
 * type is named by (or a common alias: .jpeg, .tiff, .edxml). A lying extension (`bao-cao.pdf`
 * holding text, `anh.png` holding a PDF) or none at all is refused, because the reader's computer
 * opens a file by its extension, not by its bytes.
 */
export function checkFileType(name: string, detected: DetectedFileType | null): TypeVerdict {
  if (!detected) return { ok: false, reason: 'nội dung tệp không thuộc loại được chấp nhận (PDF, ảnh, văn bản Office/OpenDocument, XML)' };
  const extension = extname(name).slice(1).toLowerCase();
  if ((EXTENSION_ALIASES[extension] ?? extension) !== detected.extension) {
    return { ok: false, reason: `tên tệp có phần mở rộng "${extension || '(không có)'}" nhưng nội dung là ${detected.mediaType} (.${detected.extension})` };
  }
  return { ok: true, mediaType: detected.mediaType };
}
