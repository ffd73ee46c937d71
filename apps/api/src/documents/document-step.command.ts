import type { DocumentCommand, IssueDocument, ReceiveDocument } from '@office/domain';
import type { CommandContext } from '../commands/command-context';

type WithoutContext<T> = T extends unknown ? Omit<T, 'actor' | 'now'> : never;

/** Any step but registration and issue (which also take a number): the domain command without actor and clock. */
export type StepInput = WithoutContext<Exclude<DocumentCommand, ReceiveDocument | IssueDocument>>;

export class RunDocumentStep {
  constructor(
    readonly input: StepInput,
    readonly context: CommandContext,
  ) {}
}

/**
 * Registration: the domain command without document id, number, actor and clock, which the handler
 * supplies; with the scans of the paper received (uploaded before), attached in the same append.
 */
export type RegistrationInput = Omit<ReceiveDocument, 'type' | 'documentId' | 'incomingNumber' | 'actor' | 'now'> & {
  attachments?: ReadonlyArray<{ sha256: string; name: string }> | null;
};

export class RegisterDocument {
  constructor(
    readonly input: RegistrationInput,
    readonly context: CommandContext,
  ) {}
}

export class IssueOutgoingDocument {
  constructor(
    readonly documentId: string,
    readonly input: { recipients: string[]; copies: number; symbolSuffix?: string | null },
    readonly context: CommandContext,
  ) {}
}

export interface StepResult {
  id: string;
  /** Stream revision after the append, as a string (JSON has no 64-bit integers). */
  revision: string;
}

export interface RegistrationResult extends StepResult {
  incomingNumber: number;
}

export interface IssueResult extends StepResult {
  outgoingNumber: number;
  symbol: string;
}
