/**
 * Headers on every moderation response. The CSP allows no script at all and styles only from our own
 * stylesheet, so even if a report's text slipped past escaping it could not run; `frame-ancestors 'none'`
 * stops click-jacking of the decision buttons; no-referrer keeps moderation URLs (numbers, report ids) from
 * leaking to any site a reviewer follows; no-store keeps reports out of shared caches and the back button;
 * HSTS keeps the login page and its password on HTTPS.
 */
import type { FastifyReply } from 'fastify';

export const PAGE_CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
export const SCREENSHOT_CSP = "default-src 'none'; sandbox";

export function setSecurityHeaders(reply: FastifyReply): void {
  // A route that set its own CSP (the screenshots) keeps it.
  if (!reply.hasHeader('content-security-policy')) reply.header('content-security-policy', PAGE_CSP);
  reply.header('x-content-type-options', 'nosniff');
  reply.header('referrer-policy', 'no-referrer');
  reply.header('x-frame-options', 'DENY');
  reply.header('cross-origin-opener-policy', 'same-origin');
  reply.header('cross-origin-resource-policy', 'same-origin');
  if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  // Browsers ignore this over plain HTTP (development on localhost); over HTTPS it stops a network attacker
  // from serving a look-alike login page at http:// to a reviewer who typed the address without https://.
  // Not includeSubDomains: the service cannot know what else runs under its parent domain.
  reply.header('strict-transport-security', 'max-age=31536000');
}
