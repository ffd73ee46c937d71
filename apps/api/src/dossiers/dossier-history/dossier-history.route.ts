import { Controller, Get, Inject, Param, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { parseInstantOrDay } from '@office/audit';
import { DOSSIER_STATUS_LABELS, dossierActions, dossierStateFrom, type DossierEvent } from '@office/domain';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { CLOCK, contextOf, type Clock } from '../../commands/request-context';
import { historyEntry } from '../../documents/http/document-history.controller';
import { ValidationFailedException } from '../../http/validation';
import { DossierParams } from '../dossier-params';
import { DossierStreams } from '../dossier-streams';
import { Answers } from '../../http/open-api-schemas';
import { HISTORY, STATE_AT } from '../../http/answer-schemas';

/** A dossier's exact reads, replayed from its stream as the documents' are. */
@ApiTags('dossiers')
@ApiBearerAuth()
@Controller('api/dossiers')
export class DossierHistoryRoute {
  constructor(
    private readonly dossiers: DossierStreams,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Every event of the dossier: type, data, actor{id, name}, role, occurredAt, revision, position, prevHash, hash. */
  @Get(':id/history')
  @ApiOperation({ summary: 'Every event of the dossier: type, data, actor{id, name}, role, occurredAt, revision, position, prevHash, hash.' })
  @Answers(HISTORY)
  async history(@Param() { id }: DossierParams, @Req() request: AuthenticatedRequest) {
    const [{ events }, { organisation }] = await Promise.all([this.dossiers.load(id, contextOf(request, this.clock)), this.dossiers.decisionContext()]);
    const names = new Map(organisation.users.map((user) => [user.id, user.fullName]));
    return { id, events: events.map((event) => historyEntry(event, names)) };
  }

  /** The dossier as it was at `at` (an instant, or a date meaning its end in Asia/Ho_Chi_Minh), replayed from the store. */
  @Get(':id/state')
  @ApiQuery({ name: 'at', required: true, example: '2026-03-05T10:00:00Z' })
  @ApiOperation({ summary: 'The dossier as it was at `at` (an instant, or a date meaning its end in Asia/Ho_Chi_Minh), replayed from the store.' })
  @Answers(STATE_AT)
  async state(@Param() { id }: DossierParams, @Query('at') at: string | undefined, @Req() request: AuthenticatedRequest) {
    const instant = at === undefined ? null : parseInstantOrDay(at);
    if (!instant) throw new ValidationFailedException([{ field: 'at', message: 'at phải là thời điểm ISO 8601 (2026-03-05T10:00:00Z) hoặc ngày (2026-03-05)' }]);
    const context = contextOf(request, this.clock);
    const { events } = await this.dossiers.load(id, context);
    const upTo = events.filter((event) => Date.parse(event.metadata.occurredAt) <= instant.getTime());
    const state = dossierStateFrom(upTo as unknown as DossierEvent[]);
    const { organisation } = await this.dossiers.decisionContext();
    return {
      id,
      at: instant.toISOString(),
      revision: upTo.length > 0 ? upTo[upTo.length - 1].revision.toString() : null,
      eventsApplied: upTo.length,
      status: state.status,
      statusLabel: DOSSIER_STATUS_LABELS[state.status],
      availableActions: dossierActions(state, context.actor, organisation),
      state,
    };
  }
}
