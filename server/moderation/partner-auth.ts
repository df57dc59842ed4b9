/**
 * Bearer-token authentication for the partner API. The token is looked up by its SHA-256 (the database never
 * holds the token itself), and a revoked partner is refused from the next request on. Every failure is the
 * same 401, so the answer does not say whether a token ever existed.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Queryable } from '../store/db.ts';
import { partnerForToken, type Partner } from './accounts/partners.ts';

const BEARER = /^Bearer ([A-Za-z0-9_-]{43})$/i;

export async function authenticatePartner(db: Queryable, request: FastifyRequest, reply: FastifyReply): Promise<Partner | undefined> {
  const token = BEARER.exec(request.headers.authorization ?? '')?.[1];
  const partner = token ? await partnerForToken(db, token) : undefined;
  if (!partner) {
    await reply.code(401).header('www-authenticate', 'Bearer realm="helpdesk-guard-partner"').send({ error: 'unauthorized' });
  }
  return partner;
}
