import { Controller, Get, Header, Inject, NotFoundException, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../auth/access.decorators';
import { referenceData } from './reference-data';
import { isClientRoute, SECURITY_HEADERS, WEB_ROOT } from './web-files';

/**
 * The web application's page for every client route (`/`, `/tong-quan`, `/van-ban/<id>` …), and
 * its reference data. Routes of the API and of operations are more specific and always win; a
 * GET that reaches this fallback under a reserved prefix is answered 404 like any unknown route.
 */
@ApiExcludeController()
@Controller()
export class WebController {
  private reference?: ReturnType<typeof referenceData>;

  constructor(@Inject(WEB_ROOT) private readonly root: string) {}

  @Public()
  @Get('assets/reference.json')
  @Header('cache-control', 'no-cache')
  referenceData() {
    this.reference ??= referenceData();
    return this.reference;
  }

  @Public()
  @Get('*')
  page(@Req() request: FastifyRequest, @Res() reply: FastifyReply): FastifyReply {
    if (!isClientRoute(request.url)) throw new NotFoundException(`Cannot GET ${request.url.split('?')[0]}`);
    reply.headers({ ...SECURITY_HEADERS, 'cache-control': 'no-cache' });
    return reply.type('text/html; charset=utf-8').sendFile('index.html', this.root);
  }
}
