import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { AnswersEventStream } from '../me.schemas';
import { NoticeStreams } from './notice-streams';

@ApiTags('me')
@ApiBearerAuth()
@Controller('api/me/notices')
export class NoticeStreamRoute {
  constructor(private readonly streams: NoticeStreams) {}

  /**
   * Server-sent events, authenticated by the same bearer token as every call (the web app reads it
   * with fetch and a stream reader, since EventSource cannot send a header): `unread` on opening,
   * `notice` {notice, unread} as soon as one is projected, `resync` when notices may have been
   * missed, and a comment line every 25 s.
   */
  @Get('stream')
  @AnswersEventStream()
  @ApiOperation({ summary: "The caller's new notices, live (text/event-stream): events `unread`, `notice`, `resync`; heartbeat comments every 25 s" })
  async stream(@Req() request: AuthenticatedRequest, @Res() reply: FastifyReply): Promise<void> {
    // The answer is written straight to the socket for as long as the client stays.
    reply.hijack();
    reply.raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    reply.raw.write(': mở luồng thông báo\n\n');
    await this.streams.open(request.user!.id, reply.raw);
  }
}
