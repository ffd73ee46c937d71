import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { join } from 'node:path';
import { chartJsDirectory, SECURITY_HEADERS, VENDOR_FILES } from './web-files';

/** No build step means no hashed file names: let the browser revalidate (ETag) instead of caching blindly. */
function assetHeaders(reply: FastifyReply): void {
  reply.header('cache-control', 'no-cache');
  reply.header('x-content-type-options', SECURITY_HEADERS['x-content-type-options']);
}

/**
 * Serves `apps/web/assets/**` at `/assets/` and Chart.js's UMD build at `/assets/vendor/`.
 * `decorateReply` gives `reply.sendFile`, which the SPA fallback uses for `index.html`.
 */
export function registerWebAssets(fastify: FastifyInstance, root: string): void {
  void fastify.register(fastifyStatic, {
    root: join(root, 'assets'),
    prefix: '/assets/',
    decorateReply: true,
    index: false,
    dotfiles: 'deny',
    cacheControl: false,
    setHeaders: assetHeaders,
  });
  void fastify.register(fastifyStatic, {
    root: chartJsDirectory(),
    prefix: '/assets/vendor/',
    decorateReply: false,
    index: false,
    cacheControl: false,
    allowedPath: (pathName) => (VENDOR_FILES as readonly string[]).includes(pathName.replace(/^\/+/, '')),
    setHeaders: assetHeaders,
  });
}
