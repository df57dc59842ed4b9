/**
 * Headers every answer carries. The JSON API and the list need no more than "never sniff, never frame, send
 * no referrer"; the moderation pages add their own strict Content-Security-Policy (server/moderation/).
 */
import type { FastifyInstance } from 'fastify';

/** For answers no hook sees (errors from the router itself). */
export const BASE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
};

export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    if (!reply.hasHeader('x-frame-options')) reply.header('x-frame-options', 'DENY');
    // JSON and errors allow nothing. The moderation pages are left to their own scope, whose hook runs after
    // this one and sets the pages' policy only where none is set yet.
    if (!reply.hasHeader('content-security-policy') && !request.url.startsWith('/moderate')) {
      reply.header('content-security-policy', BASE_SECURITY_HEADERS['content-security-policy']);
    }
    return payload;
  });
}
