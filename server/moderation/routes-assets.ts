/**
 * The stylesheet and the screenshots. A screenshot is a sender's PNG, so it is served only to a logged-in
 * reviewer, only if its bytes start with the PNG signature, as `image/png` with nosniff, inline, and under a
 * sandboxing CSP: even opened on its own in a tab it can never be read as HTML or run anything.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from './routes.ts';
import { SCREENSHOT_CSP } from './web/security-headers.ts';
import { currentSession } from './web/session-guard.ts';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function registerAssetRoutes(scope: FastifyInstance, deps: RouteDeps): void {
  const css = readFileSync(join(import.meta.dirname, 'static/moderation.css'), 'utf8');
  scope.get('/moderate/static/moderation.css', async (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'no-cache').send(css));

  scope.get<{ Params: { id: string } }>('/moderate/screenshots/:id', async (request, reply) => {
    // Not a redirect to the login page: an <img> cannot follow one usefully, and a 404 reveals nothing.
    if (!(await currentSession(deps, request))) return reply.code(404).type('text/plain; charset=utf-8').send('not found');
    const [row] = await deps.db.query<{ png: Uint8Array }>('SELECT png FROM screenshots WHERE report_id = $1', [request.params.id]);
    const png = row ? Buffer.from(row.png) : undefined;
    if (!png || !png.subarray(0, 8).equals(PNG_SIGNATURE)) return reply.code(404).type('text/plain; charset=utf-8').send('not found');
    return reply
      .header('content-security-policy', SCREENSHOT_CSP)
      .header('content-disposition', 'inline')
      .header('cache-control', 'private, no-store')
      .type('image/png')
      .send(png);
  });
}
