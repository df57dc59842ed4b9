/**
 * GET /v1/list.json and /v1/list.json.sig: the pair in force, from memory, with validators. An extension that
 * asks hourly with If-None-Match costs one small 304 (docs/service.md has the sums for a million installs).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ServedList } from './served-list.ts';

function notModified(request: FastifyRequest, etag: string, lastModified: string): boolean {
  const ifNoneMatch = request.headers['if-none-match'];
  if (typeof ifNoneMatch === 'string') return ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === etag || t.trim() === '*');
  const since = request.headers['if-modified-since'];
  return typeof since === 'string' && Date.parse(since) >= Date.parse(lastModified);
}

function acceptsGzip(request: FastifyRequest): boolean {
  const accepted = request.headers['accept-encoding'];
  return typeof accepted === 'string' && /(^|,)\s*gzip\s*(;\s*q=(1|0?\.\d*[1-9]))?\s*(,|$)/i.test(accepted);
}

function send(request: FastifyRequest, reply: FastifyReply, body: string, etag: string, lastModified: string, gzipped?: Buffer): FastifyReply {
  reply.header('etag', etag).header('last-modified', lastModified).header('cache-control', 'no-cache').header('x-content-type-options', 'nosniff');
  if (gzipped) reply.header('vary', 'accept-encoding');
  if (notModified(request, etag, lastModified)) return reply.code(304).send();
  reply.type('application/json; charset=utf-8');
  if (gzipped && acceptsGzip(request)) return reply.header('content-encoding', 'gzip').send(gzipped);
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
