import { Injectable } from '@nestjs/common';
import {
  decideInternalAudit, decideLegalChange, decideManagementReview, decideNonconformity, decideQmsDeclaration, evolveInternalAudit, evolveLegalChange,
  evolveManagementReview, evolveNonconformity, evolveQmsDeclaration, initialInternalAuditState, initialLegalChangeState, initialManagementReviewState,
  initialNonconformityState, initialQmsDeclarationState, internalAuditStreamName, legalChangeStreamName, managementReviewStreamName, nonconformityStreamName,
  notFound, qmsDeclarationStreamName,
  type InternalAuditCommand, type InternalAuditEvent, type InternalAuditState, type LegalChangeCommand, type LegalChangeEvent, type LegalChangeState,
  type ManagementReviewCommand, type ManagementReviewEvent, type ManagementReviewState, type NonconformityCommand, type NonconformityEvent,
  type NonconformityState, type QmsDeclarationCommand, type QmsDeclarationEvent, type QmsDeclarationState,
} from '@office/domain';
import { OrganisationDirectory } from '@office/read-models';
import type { CommandContext } from '../commands/command-context';
import { CommandPipeline, type CommandOptions, type Fold } from '../commands/command-pipeline';
import type { OmitEach } from '../dossiers/dossier-streams';
import { ProcedureStreams } from '../procedures/procedure-streams';

type Input<C> = OmitEach<C, 'actor' | 'now'>;

/** A quality command as a route maps it from the request: who and when come from the request's context. */
export type QualityStepInput =
  | { kind: 'legal-change'; command: Input<LegalChangeCommand> }
  | { kind: 'nonconformity'; command: Input<NonconformityCommand> }
  | { kind: 'audit'; command: Input<InternalAuditCommand> }
  | { kind: 'review'; command: Input<ManagementReviewCommand> }
  | { kind: 'declaration'; command: Input<QmsDeclarationCommand> };

const LEGAL_CHANGE_FOLD: Fold<LegalChangeState, LegalChangeEvent> = { initialState: initialLegalChangeState, evolve: evolveLegalChange };
const NONCONFORMITY_FOLD: Fold<NonconformityState, NonconformityEvent> = { initialState: initialNonconformityState, evolve: evolveNonconformity };
const AUDIT_FOLD: Fold<InternalAuditState, InternalAuditEvent> = { initialState: initialInternalAuditState, evolve: evolveInternalAudit };
const REVIEW_FOLD: Fold<ManagementReviewState, ManagementReviewEvent> = { initialState: initialManagementReviewState, evolve: evolveManagementReview };
const DECLARATION_FOLD: Fold<QmsDeclarationState, QmsDeclarationEvent> = { initialState: initialQmsDeclarationState, evolve: evolveQmsDeclaration };

/** The commands that start a stream; every other step on a stream that does not exist is a 404, not the wrong state. */
const CREATIONS = new Set(['register', 'raise', 'plan', 'hold', 'declare']);

/** What a missing record is called in its 404. */
const WHAT: Record<QualityStepInput['kind'], string> = {
  'legal-change': 'thay đổi văn bản pháp luật',
  nonconformity: 'điểm không phù hợp',
  audit: 'cuộc đánh giá nội bộ',
  review: 'cuộc xem xét của lãnh đạo',
  declaration: 'bản công bố',
};

export function qualityIdOf(input: QualityStepInput): string {
  switch (input.kind) {
    case 'legal-change':
      return input.command.legalChangeId;
    case 'nonconformity':
      return input.command.nonconformityId;
    case 'audit':
      return input.command.auditId;
    case 'review':
      return input.command.reviewId;
    case 'declaration':
      return input.command.declarationId;
  }
}

/**
 * The quality system's streams (`legal-change-`, `nonconformity-`, `internal-audit-`,
 * `management-review-`, `qms-declaration-`): every write goes through the pipeline with its
 * decider, given what the command refers to: catalogue procedures (folded from their streams, the
 * process register), the organisation, and for a declaration the review it cites.
 */
@Injectable()
export class QualityStreams {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly procedures: ProcedureStreams,
    private readonly directory: OrganisationDirectory,
  ) {}

  /** Answers the stream's revision after the step. */
  async run(input: QualityStepInput, context: CommandContext): Promise<bigint> {
    const stamp = { actor: context.actor, now: context.now };
    const options = existing(input);
    switch (input.kind) {
      case 'legal-change':
        return this.legalChange({ ...input.command, ...stamp } as LegalChangeCommand, context, options);
      case 'nonconformity':
        return this.nonconformity({ ...input.command, ...stamp } as NonconformityCommand, context, options);
      case 'audit':
        return this.audit({ ...input.command, ...stamp } as InternalAuditCommand, context, options);
      case 'review':
        return this.review({ ...input.command, ...stamp } as ManagementReviewCommand, context, options);
      case 'declaration':
        return this.declaration({ ...input.command, ...stamp } as QmsDeclarationCommand, context, options);
    }
  }

  private async legalChange(command: LegalChangeCommand, context: CommandContext, options: CommandOptions<LegalChangeState>): Promise<bigint> {
    const named = command.type === 'register' ? command.procedureCodes : command.type === 'incorporate' ? [command.procedureCode] : [];
    const procedures = await this.catalogue(named);
    return (await this.pipeline.handle(legalChangeStreamName(command.legalChangeId), LEGAL_CHANGE_FOLD, context, (s) => decideLegalChange(command, s, { procedures }), options)).revision;
  }

  private async nonconformity(command: NonconformityCommand, context: CommandContext, options: CommandOptions<NonconformityState>): Promise<bigint> {
    const decision = { organisation: await this.directory.organisation(), procedures: await this.catalogue(command.type === 'raise' ? [command.procedureCode] : []) };
    return (await this.pipeline.handle(nonconformityStreamName(command.nonconformityId), NONCONFORMITY_FOLD, context, (s) => decideNonconformity(command, s, decision), options)).revision;
  }

  private async audit(command: InternalAuditCommand, context: CommandContext, options: CommandOptions<InternalAuditState>): Promise<bigint> {
    const named = command.type === 'plan' ? command.procedureCodes : command.type === 'conduct' && Array.isArray(command.checklist) ? command.checklist.map((item) => item?.procedureCode) : [];
    const decision = { organisation: await this.directory.organisation(), procedures: await this.catalogue(named) };
    return (await this.pipeline.handle(internalAuditStreamName(command.auditId), AUDIT_FOLD, context, (s) => decideInternalAudit(command, s, decision), options)).revision;
  }

  private async review(command: ManagementReviewCommand, context: CommandContext, options: CommandOptions<ManagementReviewState>): Promise<bigint> {
    const decision = { organisation: await this.directory.organisation() };
    return (await this.pipeline.handle(managementReviewStreamName(command.reviewId), REVIEW_FOLD, context, (s) => decideManagementReview(command, s, decision), options)).revision;
  }

  /** A declaration is decided on the review it cites, read exactly from its stream (DECLARATION_WITHOUT_REVIEW). */
  private async declaration(command: QmsDeclarationCommand, context: CommandContext, options: CommandOptions<QmsDeclarationState>): Promise<bigint> {
    const decision = command.type === 'declare'
      ? { review: (await this.pipeline.read(managementReviewStreamName(command.reviewId), REVIEW_FOLD)).state, procedures: await this.catalogue(command.procedureCodes) }
      : { review: initialManagementReviewState, procedures: new Map() };
    return (await this.pipeline.handle(qmsDeclarationStreamName(command.declarationId), DECLARATION_FOLD, context, (s) => decideQmsDeclaration(command, s, decision), options)).revision;
  }

  /** The procedures a command names (codes as sent; the decider refuses what is not a catalogued code). */
  private catalogue(codes: unknown): ReturnType<ProcedureStreams['states']> {
    const named = Array.isArray(codes) ? codes.filter((code): code is string => typeof code === 'string' && code.length > 0) : [];
    return this.procedures.states(named);
  }
}

/** A step on a record that does not exist is a 404, not the wrong state. */
function existing(input: QualityStepInput): CommandOptions<{ status: string }> {
  const command = input.command.type;
  if (CREATIONS.has(command)) return { command };
  return {
    command,
    visible: (state) => {
      if (state.status === 'none') throw notFound(`Không tìm thấy ${WHAT[input.kind]} ${qualityIdOf(input)}`, 'id');
    },
  };
}
