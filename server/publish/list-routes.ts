/**
 * GET /v1/list.json and /v1/list.json.sig: the pair in force, from memory, with validators. An extension that
 * asks hourly with If-None-Match costs one small 304 (docs/service.md has the sums for a million installs).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ServedList } from './served-list.ts';

function notModified(request: FastifyRequest, etags: readonly string[], lastModified: string): boolean {
  const ifNoneMatch = request.headers['if-none-match'];
  if (typeof ifNoneMatch === 'string') return ifNoneMatch.split(',').some((t) => etags.includes(t.trim().replace(/^W\//, '')) || t.trim() === '*');
  const since = request.headers['if-modified-since'];
  return typeof since === 'string' && Date.parse(since) >= Date.parse(lastModified);
}

function acceptsGzip(request: FastifyRequest): boolean {
  const accepted = request.headers['accept-encoding'];
  return typeof accepted === 'string' && /(^|,)\s*gzip\s*(;\s*q=(1|0?\.\d*[1-9]))?\s*(,|$)/i.test(accepted);
}

/**
 * A shared cache (a CDN in front of the service) may keep the pair for a minute, which takes nearly all sync
 * requests off the service; browsers revalidate every time. A cache can hold a list and a signature fetched up
 * to a minute apart: an extension that gets a mismatched pair rejects it as badly signed and tries again later.
 */
const CACHE_CONTROL = 'public, max-age=0, s-maxage=60, stale-if-error=86400';

function send(request: FastifyRequest, reply: FastifyReply, body: string, etag: string, lastModified: string, gzipped?: Buffer): FastifyReply {
  // The gzipped bytes are another representation, so they carry their own strong tag; either tag revalidates.
  const gzipEtag = etag.replace(/"$/, '-gz"');
  const useGzip = gzipped !== undefined && acceptsGzip(request);
  reply.header('etag', useGzip ? gzipEtag : etag).header('last-modified', lastModified).header('cache-control', CACHE_CONTROL);
  if (gzipped) reply.header('vary', 'accept-encoding');
  if (notModified(request, [etag, gzipEtag], lastModified)) return reply.code(304).send();
  reply.type('application/json; charset=utf-8');
  if (useGzip) return reply.header('content-encoding', 'gzip').send(gzipped);
  return reply.send(body);
}

export function registerListRoutes(app: FastifyInstance, served: () => ServedList | undefined): void {
  app.get('/v1/list.json', async (request, reply) => {
    const list = served();
    if (!list) return reply.code(503).header('retry-after', '60').send({ error: 'no-list-yet' });
    return send(request, reply, list.list, list.etag, list.lastModified, list.listGzip);
  });
  app.get('/v1/list.json.sig', async (request, reply) => {
    const list = served();
    if (!list) return reply.code(503).header('retry-after', '60').send({ error: 'no-list-yet' });
    return send(request, reply, list.signature, list.signatureEtag, list.lastModified);
  });
}
