import helmet from '@fastify/helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CONTENT_SECURITY_POLICY } from '../web/web-files';

/** The web application's policy as helmet's directives: one source of truth for the page and every other answer. */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

/** Swagger UI's page carries an inline <style> and its own data: icons; it runs no inline script. */
const DOCS_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

/**
 * @fastify/helmet on every route (API, operations, web application, /api/docs): the web
 * application's strict CSP, nosniff, frame denial, no referrer, HSTS and the cross-origin policies.
 * API answers (JSON, CSV, XLSX with confidential rows) are never stored by a browser or a proxy:
 * `Cache-Control: no-store`, unless a route sets its own.
 */
export async function registerSecurityHeaders(app: NestFastifyApplication): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: directives(CONTENT_SECURITY_POLICY) },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
      if (request.url === '/api/docs' || request.url.startsWith('/api/docs/')) reply.header('content-security-policy', DOCS_POLICY);
      if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
    });
}

/**
 * An attached file shown inline (`?inline=1`: the document page previews a PDF or an image in a
 * frame of its own): this one answer may be framed by the application's own pages, nothing else
 * changes; every other answer keeps `frame-ancestors 'none'` and X-Frame-Options DENY.
 */
export function allowSameOriginFraming(reply: FastifyReply): void {
  reply.header('x-frame-options', 'SAMEORIGIN');
  reply.header('content-security-policy', CONTENT_SECURITY_POLICY.replace("frame-ancestors 'none'", "frame-ancestors 'self'"));
}
