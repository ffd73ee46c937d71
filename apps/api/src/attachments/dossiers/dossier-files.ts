import { Injectable } from '@nestjs/common';
import {
  canViewDossier, decideDossierAttachment, dossierStreamName, notFound, type AttachDossierFile, type DossierFilePurpose, type DossierState,
} from '@office/domain';
import { OrganisationDirectory } from '@office/read-models';
import type { CommandContext } from '../../commands/command-context';
import { CommandPipeline } from '../../commands/command-pipeline';
import { DOSSIER_FOLD, type LoadedDossier } from '../../dossiers/dossier-streams';
import { contentUrlOf, type AttachmentView } from '../read/attachment-views';
import { StoredFiles, type FileToAttach } from '../stored-files';
import { attachmentIdFor } from '../documents/attach-document-file.handler';

export interface DossierFileAttachedResult extends AttachmentView {
  id: string;
  revision: string;
}

/**
 * A dossier's files: attached through the one command pipeline with the dossier's attachment
 * decider (the bytes checked in the store first), read with the dossier's visibility.
 */
@Injectable()
export class DossierFiles {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly directory: OrganisationDirectory,
    private readonly files: StoredFiles,
  ) {}

  async attach(dossierId: string, request: FileToAttach & { purpose: DossierFilePurpose; itemCode?: string | null }, context: CommandContext): Promise<DossierFileAttachedResult> {
    const file = await this.files.describe(request);
    const organisation = await this.directory.organisation();
    const command: AttachDossierFile = { dossierId, attachmentId: attachmentIdFor(context), purpose: request.purpose, itemCode: request.itemCode, file, actor: context.actor, now: context.now };
    // The decider answers 404 first for a dossier the caller may not see.
    const { revision, events } = await this.pipeline.handle(dossierStreamName(dossierId), DOSSIER_FOLD, context, (state) => decideDossierAttachment(command, state, organisation), { command: 'attach-file' });
    const data = events[0]?.type === 'DossierFileAttached' ? events[0].data : null;
    return {
      id: dossierId, revision: revision.toString(), attachmentId: command.attachmentId, purpose: request.purpose, itemCode: data?.itemCode ?? request.itemCode ?? null,
      ...file, name: data?.name ?? file.name, attachedBy: context.actor.userId, attachedAt: context.now, contentUrl: contentUrlOf('dossiers', dossierId, command.attachmentId),
    };
  }

  /** The dossier's stream for a caller allowed to see it (else 404). */
  async load(dossierId: string, context: Pick<CommandContext, 'actor'>): Promise<LoadedDossier> {
    const { state, events } = await this.pipeline.read(dossierStreamName(dossierId), DOSSIER_FOLD);
    await this.ensureVisible(dossierId, state, context);
    return { state, events };
  }

  private async ensureVisible(dossierId: string, state: DossierState, context: Pick<CommandContext, 'actor'>): Promise<void> {
    if (state.status === 'none' || !canViewDossier(state, context.actor, await this.directory.organisation())) throw notFound(`Không tìm thấy hồ sơ ${dossierId}`, 'id');
  }
}
