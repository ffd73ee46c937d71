import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { chooseEncoding, type WebAssets } from './web-assets';
import { SECURITY_HEADERS } from './web-files';

/** A fingerprinted URL names one content forever: any cache may keep it for a year without asking again. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Whether `If-None-Match` names this ETag (weak comparison, as RFC 9110 asks for GET). */
function notModified(request: FastifyRequest, etag: string): boolean {
  const header = request.headers['if-none-match'];
  if (!header) return false;
  const bare = etag.replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || tag.trim().replace(/^W\//, '') === bare);
}

/**
 * One file of the table: cached for a year under its fingerprinted URL, revalidated (ETag) under
 * its plain one or an outdated fingerprint; brotli or gzip for text when the browser accepts it,
 * compressed once per process (not per request) at the best ratio.
 */
async function serveAsset(assets: WebAssets, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  const found = assets.resolve(request.url.split('?')[0]);
  if (!found) {
    reply.callNotFound();
    return reply;
  }
  const { asset, fingerprinted } = found;
  const etag = `W/"${asset.hash}"`;
  reply.header('cache-control', fingerprinted ? IMMUTABLE : 'no-cache');
  reply.header('etag', etag);
  reply.header('x-content-type-options', SECURITY_HEADERS['x-content-type-options']);
  if (asset.compressible) reply.header('vary', 'accept-encoding');
  if (notModified(request, etag)) return reply.code(304).send();
  reply.type(asset.type);
  const encoding = asset.compressible ? chooseEncoding(request.headers['accept-encoding']) : null;
  if (!encoding) return reply.send(asset.body);
  reply.header('content-encoding', encoding);
  return reply.send(await asset.encodedAs(encoding));
}

/** Serves the table (`apps/web/assets/**`, Chart.js, reference.json) at `/assets/`; any other path there is a 404. */
export function registerWebAssets(fastify: FastifyInstance, assets: WebAssets): void {
  fastify.get('/assets/*', (request, reply) => serveAsset(assets, request, reply));
}
