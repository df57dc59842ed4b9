/**
 * The public API may be called from the extension's background without a host permission (Firefox can leave
 * that permission to the user), so /v1/ answers CORS for any origin. No credentials are ever allowed: nothing
 * under /v1/ uses cookies, so a page that calls it learns only what anyone could.
 */
import type { FastifyInstance } from 'fastify';

export function registerCors(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/v1/') || request.url.startsWith('/v1/partner/')) return;
    reply.header('access-control-allow-origin', '*');
    reply.header('access-control-expose-headers', 'etag, last-modified, retry-after');
    if (request.method === 'OPTIONS') {
      await reply
        .code(204)
        .header('access-control-allow-methods', 'GET, POST')
        .header('access-control-allow-headers', 'content-type, if-none-match, if-modified-since')
        .header('access-control-max-age', '86400')
        .send();
    }
  });
}
