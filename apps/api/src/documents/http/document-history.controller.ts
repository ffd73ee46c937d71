import { Controller, Get, Inject, Param, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { documentStateAt, parseInstantOrDay } from '@office/audit';
import { availableActions, documentDeadlines, localDateOf, signedWork, signingOptions, type SigningDelegations } from '@office/domain';
import { DelegationQueries } from '@office/read-models';
import { DataSource } from 'typeorm';
import type { RecordedEvent } from '@office/event-store';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { CLOCK, contextOf, type Clock } from '../../commands/request-context';
import { ValidationFailedException } from '../../http/validation';
import { deadlinesAsOf } from '../../read-models/deadline-as-of';
import { DocumentRepository } from '../document-repository';
import type { ReadRecord } from '../access-recorder';
import { RecordedReads } from '../recorded-reads';
import { DocumentParams } from './document-params';
import { VerifiedDocuments } from './verified-documents';
import { Answers } from '../../http/open-api-schemas';
import { HISTORY, STATE_AT } from '../../http/answer-schemas';

/** Reads that must be exact come from the event store, not from read models. */
@ApiTags('documents')
@ApiBearerAuth()
@Controller('api/documents')
export class DocumentHistoryController {
  private readonly delegations: DelegationQueries;

  constructor(
    private readonly documents: DocumentRepository,
    private readonly reads: RecordedReads,
    private readonly verified: VerifiedDocuments,
    @Inject(CLOCK) private readonly clock: Clock,
    dataSource: DataSource,
  ) {
    this.delegations = new DelegationQueries(dataSource);
  }

  private readonly held = (id: string, record: ReadRecord | undefined) => this.verified.load(id, record);

  /** Every event of the document: type, data, actor{id, name}, role, occurredAt, revision, position, prevHash, hash. */
  @Get(':id/history')
  @ApiOperation({ summary: 'Every event of the document: type, data, actor{id, name}, role, occurredAt, revision, position, prevHash, hash.' })
  @Answers(HISTORY)
  async history(@Param() { id }: DocumentParams, @Req() request: AuthenticatedRequest) {
    const [loaded, { organisation }] = await Promise.all([this.reads.load(id, 'history', contextOf(request, this.clock), this.held), this.documents.decisionContext()]);
    const names = new Map(organisation.users.map((user) => [user.id, user.fullName]));
    return { id, events: loaded.events.map((event) => historyEntry(event, names)) };
  }

  /** The document as it was at `at` (an instant, or a date meaning its end in Asia/Ho_Chi_Minh), replayed from the store. */
  @Get(':id/state')
  @ApiQuery({ name: 'at', required: true, example: '2026-03-05T10:00:00Z' })
  @ApiOperation({ summary: 'The document as it was at `at` (an instant, or a date meaning its end in Asia/Ho_Chi_Minh), replayed from the store.' })
  @Answers(STATE_AT)
  async state(@Param() { id }: DocumentParams, @Query('at') at: string | undefined, @Req() request: AuthenticatedRequest) {
    const instant = at === undefined ? null : parseInstantOrDay(at);
    if (!instant) throw new ValidationFailedException([{ field: 'at', message: 'at phải là thời điểm ISO 8601 (2026-03-05T10:00:00Z) hoặc ngày (2026-03-05)' }]);
    const context = contextOf(request, this.clock);
    // The reader's delegations are read alongside the stream, not after it: one round trip less to wait for.
    const [loaded, { organisation }, delegations] = await Promise.all([
      this.reads.load(id, 'state', context, this.held), this.documents.decisionContext(), this.delegations.heldBy(context.actor.userId),
    ]);
    const { state, ...replayed } = documentStateAt(loaded.events, instant);
    // A deputy may sign for the named leader under a delegation in force at that instant (DOMAIN.md §10).
    const signing: SigningDelegations = { delegations, now: instant.toISOString() };
    const actions = state.status === 'none' ? [] : availableActions(state, context.actor, organisation, signing);
    return {
      id,
      ...replayed,
      deadlines: deadlinesAsOf(documentDeadlines(state), localDateOf(instant)),
      availableActions: actions,
      // The capacities the sign dialog offers: one's own name and each live delegation covering the document.
      signingOptions: state.status === 'none' || !state.submission || !actions.includes('sign') ? [] : signingOptions(context.actor, state.submission.leaderId, signedWork({ fieldCode: state.fieldCode, submission: state.submission }), signing),
      state,
    };
  }
}

/** API.md's names (`actor{id, name}`, `role`) first; a system actor (the digest scheduler) has no name in the directory. */
export function historyEntry(event: RecordedEvent, names: ReadonlyMap<string, string>) {
  const { actorId, actorRole, occurredAt, correlationId, causationId, schemaVersion, prevHash, hash } = event.metadata;
  return {
    eventId: event.eventId,
    type: event.type,
    revision: event.revision.toString(),
    position: event.position.toString(),
    occurredAt,
    recordedAt: event.recordedAt,
    actor: { id: actorId, name: names.get(actorId) ?? null },
    role: actorRole,
    // The names before API.md's: the web application's timeline still reads them.
    actorId,
    actorRole,
    correlationId,
    causationId,
    schemaVersion,
    data: event.data,
    prevHash,
    hash,
  };
}
