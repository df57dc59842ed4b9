/**
 * Builds the web app from its parts. Everything it needs (store, clock, randomness, publisher) is passed in,
 * so the tests build the same app over an in-memory database with a clock they move.
 */
import type { SecretBox } from './moderation/accounts/secret-box.ts';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { registerCors } from './http/cors.ts';
import { registerErrorHandling } from './http/errors.ts';
import { BASE_SECURITY_HEADERS, registerSecurityHeaders } from './http/security-headers.ts';
import { registerIntake } from './intake/routes.ts';
import { registerPartnerApi } from './moderation/partner-api.ts';
import { registerModeration, type ModerationSettings } from './moderation/routes.ts';
import { TokenBuckets } from './intake/rate-limit.ts';
import type { Pseudonymise } from './privacy/pseudonym.ts';
import { registerListRoutes } from './publish/list-routes.ts';
import type { Publisher } from './publish/publisher.ts';
import type { Db } from './store/db.ts';

export interface AppDeps {
  readonly db: Db;
  readonly now: () => Date;
  readonly randomBytes: (n: number) => Uint8Array;
  readonly pseudonymise: Pseudonymise;
  readonly publisher: Publisher;
  /** Admins' TOTP secrets are sealed with it (moderation/accounts/secret-box.ts). */
  readonly secrets: SecretBox;
  readonly reportsPerHour: number;
  readonly reportBurst: number;
  /** Proxies in front whose X-Forwarded-For is believed (0: the connection's own address). */
  readonly trustProxy: number;
  readonly moderation?: ModerationSettings;
  /** A whole request must arrive within this (default 30 s): slow senders are cut off. */
  readonly requestTimeoutMs?: number;
  /** true: log to standard output; a stream: log there (tests read it). */
  readonly logger?: boolean | NodeJS.WritableStream;
}

/**
 * The request log records method, route and status, never the client's address, port or headers: Fastify's
 * default serialisers would write every caller's IP to the log, and the service stores no raw address
 * (PRIVACY.md), in its database or anywhere else. Firefox's per-install Origin header is not logged either.
 */
const LOGGER = {
  level: 'info',
  serializers: {
    req: (request: { method: string; url: string }) => ({ method: request.method, url: request.url.replace(/\/v1\/reports\/[^/?]+/, '/v1/reports/:id') }),
    res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
  },
};

/** Slow senders are cut off: a whole request must arrive within this. */
const REQUEST_TIMEOUT_MS = 30_000;

export function buildApp(deps: AppDeps): FastifyInstance {
  const app = Fastify({
    logger: deps.logger === true ? LOGGER : deps.logger ? { ...LOGGER, stream: deps.logger } : false,
    trustProxy: (_address: string, hop: number) => hop < deps.trustProxy,
    requestTimeout: deps.requestTimeoutMs ?? REQUEST_TIMEOUT_MS,
    // The timeout only takes effect when given to Node's server at creation (Fastify's own option sets it
    // afterwards, which Node ignores: a sender trickling a byte at a time was never cut off), and Node checks
    // it every connectionsCheckingInterval (30 s by default).
    http: {
      requestTimeout: deps.requestTimeoutMs ?? REQUEST_TIMEOUT_MS,
      headersTimeout: deps.requestTimeoutMs ?? REQUEST_TIMEOUT_MS,
      connectionsCheckingInterval: Math.min(1000, deps.requestTimeoutMs ?? REQUEST_TIMEOUT_MS),
    },
    connectionTimeout: deps.requestTimeoutMs ?? REQUEST_TIMEOUT_MS,
    keepAliveTimeout: 5_000,
    bodyLimit: 64 * 1024,
    routerOptions: { maxParamLength: 128 },
    return503OnClosing: true,
    // A malformed or over-long path is refused by the router before any hook or handler runs; answer it with
    // the same headers as everything else, and without repeating the path the sender chose.
    frameworkErrors: (error, _request, reply) => {
      const status: number = (error as { statusCode?: number }).statusCode ?? 400;
      void (reply as unknown as FastifyReply).code(status).headers(BASE_SECURITY_HEADERS).send({ error: 'bad-request' });
    },
  });
  registerErrorHandling(app);
  registerSecurityHeaders(app);
  registerCors(app);
  registerIntake(app, { db: deps.db, now: deps.now, pseudonymise: deps.pseudonymise, limits: new TokenBuckets(deps.reportsPerHour, deps.reportBurst) });
  registerListRoutes(app, () => deps.publisher.served());
  registerModeration(app, {
    db: deps.db, now: deps.now, randomBytes: deps.randomBytes, pseudonymise: deps.pseudonymise, publish: deps.publisher, secrets: deps.secrets,
    ...(deps.moderation ? { settings: deps.moderation } : {}),
  });
  registerPartnerApi(app, { db: deps.db, now: deps.now });
  return app;
}
