/**
 * The public, anonymous half of the API: POST /v1/reports and GET /v1/reports/{id}. Thin: parse at the edge,
 * call one function, map its result to a status code (docs/service.md has the table). The body is read as
 * raw text so that the idempotence check compares the exact bytes the extension sent.
 */
import type { FastifyInstance } from 'fastify';
import { isExtensionOrigin } from '../http/cors.ts';
import type { Pseudonymise } from '../privacy/pseudonym.ts';
import { acceptReport, type IntakeDeps } from './accept-report.ts';
import { sendIntakeResult } from './intake-answer.ts';
import type { TokenBuckets } from './rate-limit.ts';
import { reportStatus } from './report-status.ts';

/** A report with a 4 MB screenshot is under 6 MB as JSON (base64 grows it by a third). */
export const MAX_REPORT_BODY = 6 * 1024 * 1024;
const REPORT_ID = /^[A-Za-z0-9-]{8,64}$/;

export interface IntakeRouteDeps extends IntakeDeps {
  readonly pseudonymise: Pseudonymise;
  readonly limits: TokenBuckets;
}

export function registerIntake(app: FastifyInstance, deps: IntakeRouteDeps): void {
  void app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: MAX_REPORT_BODY }, (_request, body, done) => done(null, body));

    scope.post('/v1/reports', { bodyLimit: MAX_REPORT_BODY }, async (request, reply) => {
      // A browser adds Origin to a page's cross-site request: a report from a web page's script is refused.
      const origin = request.headers.origin;
      if (origin !== undefined && !isExtensionOrigin(origin)) return reply.code(403).send({ error: 'web-origin' });
      const reporter = await deps.pseudonymise(request.ip);
      const rate = deps.limits.take(reporter, deps.now().getTime());
      if (!rate.allowed) return reply.code(429).header('retry-after', String(rate.retryAfterS)).send({ error: 'rate-limited' });
      const result = await acceptReport(deps, request.body as string, reporter);
      return sendIntakeResult(reply, result);
    });

    scope.get<{ Params: { id: string } }>('/v1/reports/:id', async (request, reply) => {
      const { id } = request.params;
      const status = REPORT_ID.test(id) ? await reportStatus(deps.db, id) : undefined;
      if (!status) return reply.code(404).send({ error: 'unknown-report' });
      return reply.header('cache-control', 'no-store').send(status);
    });
  });
}
