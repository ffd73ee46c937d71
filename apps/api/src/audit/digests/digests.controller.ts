import { Body, ConflictException, Controller, Get, HttpCode, Inject, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { listDigests, LogShrankError, publishDigest } from '@office/audit';
import { derivedUuid, EVENT_STORE, type EventStore } from '@office/event-store';
import { DataSource } from 'typeorm';
import { Roles } from '../../auth/access.decorators';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { noteWritten } from '../../commands/written-position';
import { CLOCK, contextOf, type Clock } from '../../commands/request-context';
import { ValidationFailedException } from '../../http/validation';
import { Answers, AnswersCommand } from '../../http/open-api-schemas';
import { DIGEST_PUBLISHED, DIGESTS } from '../../http/answer-schemas';

/** Bản tóm lược nhật ký: commitments to the whole log that auditors print and keep outside the system. */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('api/audit/digests')
export class DigestsController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @Roles('auditor', 'admin', 'iso_secretary')
  @ApiOperation({ summary: 'Every published digest, oldest first: head position, stream count, heads hash, link to the previous digest, own hash' })
  @Answers(DIGESTS)
  async list() {
    const digests = await listDigests(this.store);
    return { digests, latest: digests.at(-1) ?? null };
  }

  @Post()
  @HttpCode(201)
  @Roles('auditor', 'admin')
  @ApiOperation({ summary: 'Publishes a digest now (besides the daily one); 409 CONCURRENCY_CONFLICT if another was being published at that moment' })
  @ApiBody({ required: false, schema: { type: 'object', additionalProperties: false, description: 'no fields: send no body or {}' } })
  @AnswersCommand(DIGEST_PUBLISHED)
  async publish(@Req() request: AuthenticatedRequest, @Body() body: unknown) {
    // The command takes no parameters: anything but no body or `{}` is a client's mistake, not something to ignore.
    if (body !== undefined && !(typeof body === 'object' && body !== null && !Array.isArray(body) && Object.keys(body).length === 0)) {
      throw new ValidationFailedException([{ field: 'body', message: 'Lệnh lập bản tóm lược không có tham số: không gửi nội dung, hoặc gửi {}' }]);
    }
    const context = contextOf(request, this.clock);
    const eventId = context.idempotencyKey ? derivedUuid(context.actor.userId, context.idempotencyKey, 'digests') : undefined;
    const { digest } = await publishDigest(this.store, this.dataSource, {
      kind: 'on_demand',
      now: new Date(context.now),
      actorId: context.actor.userId,
      actorRole: context.actorRole,
      correlationId: context.correlationId,
      eventId,
    }).catch((error: unknown) => {
      if (error instanceof LogShrankError) throw new ConflictException(`Không thể lập bản tóm lược: ${error.message}`);
      throw error;
    });
    // Written beside the command pipeline (it locks the log's head): its position is told here, for the answer's `position`.
    noteWritten(BigInt(digest.position));
    return { id: digest.eventId, revision: digest.revision, digest };
  }
}
