import type { Actor } from '../shared';
import type { SignableDocument, SignatureKind, VerifiedFile } from './signature.types';

/*
 * Commands on stream `signatures-<documentId>`. The API reads the document and verifies the named
 * attachment's bytes before asking: `document` and `file` are facts, the client only chose them.
 */
interface CommandBase {
  documentId: string;
  document: SignableDocument;
  file: VerifiedFile;
  actor: Actor;
  now: string;
}

/** POST /api/documents/:id/signatures: record the person's or the organisation's signature found in the file. */
export interface RecordSignature extends CommandBase {
  type: 'record';
  kind: SignatureKind;
}

/** POST /api/documents/:id/signatures/verify: record what checking the file's signatures found. */
export interface VerifySignatures extends CommandBase {
  type: 'verify';
}

export type SignatureCommand = RecordSignature | VerifySignatures;
