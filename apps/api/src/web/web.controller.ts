import { Controller, Get, Inject, NotFoundException, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../auth/access.decorators';
import { chooseEncoding } from './web-assets';
import { isClientRoute, pagePolicy, SECURITY_HEADERS, WEB_PAGE } from './web-files';
import type { IndexPages } from './web-page';

/**
 * The web application's page for every client route (`/`, `/tong-quan`, `/van-ban/<id>` …).
 * Routes of the API and of operations are more specific and always win; a GET that reaches this
 * fallback under a reserved prefix is answered 404 like any unknown route. The page names the
 * fingerprinted files of this release, so it is never kept without asking (`no-cache`, ETag).
 */
@ApiExcludeController()
@Controller()
export class WebController {
  constructor(@Inject(WEB_PAGE) private readonly pages: IndexPages) {}

  @Public()
  @Get('*')
  async page(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<FastifyReply> {
    if (!isClientRoute(request.url)) throw new NotFoundException(`Cannot GET ${request.url.split('?')[0]}`);
    const index = this.pages.for(request.url);
    reply.headers({ ...SECURITY_HEADERS, 'content-security-policy': pagePolicy(index.scriptHashes), 'cache-control': 'no-cache', etag: index.etag, vary: 'accept-encoding' });
    if (request.headers['if-none-match']?.split(',').some((tag) => tag.trim() === index.etag)) return reply.code(304).send();
    reply.type('text/html; charset=utf-8');
    const encoding = chooseEncoding(request.headers['accept-encoding']);
    if (!encoding) return reply.send(index.html);
    return reply.header('content-encoding', encoding).send(await index.asset.encodedAs(encoding));
  }
}
