import { Controller, Get, Inject, Param, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { CLOCK, contextOf, type Clock } from '../../commands/request-context';
import { AccessRecorder } from '../../documents/access-recorder';
import { DocumentParams } from '../../documents/http/document-params';
import { DocumentListQuery, ReadModelQuery } from '../read-model-query.dto';
import { DocumentQueries } from './document-queries';

/** Lists and summaries from the `document-summaries.v1` read model (exact reads of one stream stay in DocumentHistoryController). */
@ApiTags('documents')
@ApiBearerAuth()
@Controller('api')
export class DocumentSummariesController {
  constructor(
    private readonly queries: DocumentQueries,
    private readonly access: AccessRecorder,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('documents')
  @ApiOperation({ summary: 'Documents the caller may see, newest first, filtered; confidential ones only for the people allowed' })
  async list(@Query() query: DocumentListQuery, @Req() request: AuthenticatedRequest) {
    const answer = await this.queries.list(query, request.user!);
    // DOMAIN.md §2: a list or search showing a confidential document's excerpt is a read of it.
    await this.access.recordListed(answer.items.map((item) => item.id), contextOf(request, this.clock));
    return answer;
  }

  @Get('documents/:id')
  @ApiOperation({ summary: 'The current summary of one document, with the deadline of every clock that applies (404 if the caller may not see it)' })
  async summary(@Param() { id }: DocumentParams, @Query() query: ReadModelQuery, @Req() request: AuthenticatedRequest) {
    const { answer, state } = await this.queries.byId(id, request.user!, query.minPosition);
    // DOMAIN.md §2: every read of a confidential document (and every auditor's read) is itself recorded.
    await this.access.record(state, 'summary', contextOf(request, this.clock));
    return answer;
  }

  @Get('me/queue')
  @ApiOperation({ summary: "The caller's pending work, most urgent first (flash > very urgent > urgent > overdue > due soonest)" })
  async queue(@Query() query: ReadModelQuery, @Req() request: AuthenticatedRequest) {
    const answer = await this.queries.queue(request.user!, query.minPosition);
    await this.access.recordListed(answer.items.map((item) => item.id), contextOf(request, this.clock));
    return answer;
  }
}
