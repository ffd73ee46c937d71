import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import { dueSoonLimit } from '@office/domain';
import { calendarInForce } from '@office/read-models';
import type { FastifyReply } from 'fastify';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { CLOCK, contextOf, type Clock } from '../../commands/request-context';
import { AccessRecorder } from '../../documents/access-recorder';
import { DocumentParams } from '../../documents/http/document-params';
import { ReadModelQuery } from '../read-model-query.dto';
import { spreadsheet } from '../registers/registers.controller';
import { documentListCsv, EXPORT_CAP } from './document-list-sheet';
import { DocumentListRequest } from './document-list.request';
import { DocumentQueries } from './document-queries';
import { Answers, AnswersJsonOrFile, XLSX } from '../../http/open-api-schemas';
import { DOCUMENT_ONE, DOCUMENT_PAGE, DOCUMENT_QUEUE } from '../../http/answer-schemas';

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
  @ApiOperation({
    summary: 'Documents the caller may see, filtered and sorted (newest first by default); confidential ones only for the people allowed; format=xlsx for every matching row (up to 5000) as a spreadsheet',
  })
  @AnswersJsonOrFile(DOCUMENT_PAGE, 'a page of summaries, or with format=xlsx the whole filtered list as a sheet (x-total-count; x-export-truncated when cut at the cap)', XLSX)
  async list(@Query() query: DocumentListRequest, @Req() request: AuthenticatedRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    if (query.format === 'xlsx') return this.export(query, request, reply);
    const answer = await this.queries.list(query, request.user!);
    // DOMAIN.md §2: a list or search showing a confidential document's excerpt is a read of it.
    await this.access.recordListed(answer.items.map((item) => item.id), contextOf(request, this.clock));
    return answer;
  }

  /** The list as it is shown, every page of it up to EXPORT_CAP; each confidential row exported is a read, as in the registers' exports. */
  private async export(query: DocumentListRequest, request: AuthenticatedRequest, reply: FastifyReply) {
    const { items, total, today, projectedPosition } = await this.queries.all(query, request.user!, EXPORT_CAP);
    await this.access.recordListed(items.map((item) => item.id), contextOf(request, this.clock));
    reply.header('x-total-count', String(total));
    if (total > items.length) reply.header('x-export-truncated', String(EXPORT_CAP));
    return spreadsheet(reply, 'xlsx', `van-ban-den-${today}`, 'Văn bản đến', projectedPosition, documentListCsv(items, total, dueSoonLimit(today, calendarInForce())));
  }

  @Get('documents/:id')
  @ApiOperation({ summary: 'The current summary of one document, with the deadline of every clock that applies (404 if the caller may not see it)' })
  @Answers(DOCUMENT_ONE)
  async summary(@Param() { id }: DocumentParams, @Query() query: ReadModelQuery, @Req() request: AuthenticatedRequest) {
    const { answer, state } = await this.queries.byId(id, request.user!, query.minPosition);
    // DOMAIN.md §2: every read of a confidential document (and every auditor's read) is itself recorded.
    await this.access.record(state, 'summary', contextOf(request, this.clock));
    return answer;
  }

  @Get('me/queue')
  @ApiOperation({ summary: "The caller's pending work, most urgent first (flash > very urgent > urgent > overdue > due soonest)" })
  @Answers(DOCUMENT_QUEUE)
  async queue(@Query() query: ReadModelQuery, @Req() request: AuthenticatedRequest) {
    const answer = await this.queries.queue(request.user!, query.minPosition);
    await this.access.recordListed(answer.items.map((item) => item.id), contextOf(request, this.clock));
    return answer;
  }
}
