import type { CommandBus } from '@nestjs/cqrs';
import type { HeldItem } from '@office/domain';
import type { CommandContext } from '../commands/command-context';
import { RunDocumentStep, type StepResult } from '../documents/document-step.command';
import { RunDossierStep } from '../dossiers/dossier-step/dossier-step.handler';

/**
 * Giao lại: moves an item someone holds to `receiverId` through the item's own step — a document's
 * reassignment (`assign`, by its head), a dossier's transfer (by its holder) — whose rules and
 * refusals stand as they are. The hand-over and the absences both move items this way; only
 * `reassignable` items reach here (the others have no step and are handed over on paper).
 */
export function moveHeldItem(commands: CommandBus, item: Pick<HeldItem, 'kind' | 'key'>, receiverId: string, reason: string, context: CommandContext): Promise<StepResult> {
  const id = item.key.slice(item.kind.length + 1);
  if (item.kind === 'document') return commands.execute(new RunDocumentStep({ type: 'assign', documentId: id, specialistId: receiverId, reason }, context));
  if (item.kind === 'dossier') return commands.execute(new RunDossierStep({ type: 'transfer', dossierId: id, toUserId: receiverId, note: reason }, context));
  throw new Error(`${item.kind} items have no reassignment step`);
}
