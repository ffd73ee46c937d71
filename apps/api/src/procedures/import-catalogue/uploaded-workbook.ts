import type { FastifyInstance } from 'fastify';
import { XLSX_CONTENT_TYPE } from '../catalogue-sheet';

/** The largest spreadsheet accepted: the whole catalogue of a province is a few hundred kilobytes. */
export const MAX_WORKBOOK_BYTES = 5 * 1_048_576;

/**
 * An XLSX upload as a request body. The bytes sit in a private field, so the generic screens
 * that walk a JSON body's properties (input screening, idempotency hashing) see no million-entry
 * object, only this wrapper.
 */
export class UploadedWorkbook {
  readonly #bytes: Buffer;

  constructor(bytes: Buffer) {
    this.#bytes = bytes;
  }

  get bytes(): Buffer {
    return this.#bytes;
  }
}

/** Lets Fastify take an XLSX body (raw, size-limited: 413 beyond) for the catalogue import. */
export function acceptWorkbookUploads(fastify: FastifyInstance): void {
  if (fastify.hasContentTypeParser(XLSX_CONTENT_TYPE)) return;
  fastify.addContentTypeParser(XLSX_CONTENT_TYPE, { parseAs: 'buffer', bodyLimit: MAX_WORKBOOK_BYTES }, (_request, body, done) => done(null, new UploadedWorkbook(body as Buffer)));
}
