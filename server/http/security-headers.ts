/**
 * Headers every answer carries. The JSON API and the list need no more than "never sniff, never frame, send
 * no referrer"; the moderation pages add their own strict Content-Security-Policy (server/moderation/).
 */
import type { FastifyInstance } from 'fastify';

export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    if (!reply.hasHeader('x-frame-options')) reply.header('x-frame-options', 'DENY');
    return payload;
  });
}
