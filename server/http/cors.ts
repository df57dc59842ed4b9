/**
 * The public API may be called from the extension's background without a host permission (Firefox can leave
 * that permission to the user), so /v1/ answers CORS. No credentials are ever allowed: nothing under /v1/ uses
 * cookies, so a page that reads it learns only what anyone could. Sending a report is the exception: a web
 * page's script could make every visitor's browser report a number, each visitor a new "distinct reporter",
 * so reports are granted only to extension origins (and refused outright from web origins in intake).
 */
import type { FastifyInstance } from 'fastify';

/** The browsers' extension schemes; a report sent by the extension carries one of these or no Origin. */
export function isExtensionOrigin(origin: string | undefined): boolean {
  return origin !== undefined && /^(chrome-extension|moz-extension|safari-web-extension):\/\/[A-Za-z0-9-]+$/.test(origin);
}

export function registerCors(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/v1/') || request.url.startsWith('/v1/partner/')) return;
    const isReportPost = request.url.split('?')[0] === '/v1/reports';
    if (isReportPost && !isExtensionOrigin(request.headers.origin)) return;
    reply.header('access-control-allow-origin', isReportPost ? (request.headers.origin as string) : '*');
    if (isReportPost) reply.header('vary', 'origin');
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
