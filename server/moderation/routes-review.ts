/** The read-mostly pages: the queues, a number, reports without a number, the audit log. */
import type { FastifyInstance } from 'fastify';
import { asE164 } from '../../src/core/phone/e164.ts';
import { readAudit } from './audit.ts';
import { t } from './messages.ts';
import { numberDetail } from './number-detail.ts';
import { auditPage } from './pages/audit-page.ts';
import { errorPage } from './pages/error-page.ts';
import { noNumberPage } from './pages/no-number-page.ts';
import { noticeFor } from './pages/notice.ts';
import { numberPage } from './pages/number-page.ts';
import { queuePage } from './pages/queue-page.ts';
import { openGroups, openReportsWithoutNumber } from './queue.ts';
import type { RouteDeps } from './routes.ts';
import { pageSession } from './web/session-guard.ts';
import { sendPage } from './web/send-page.ts';

const AUDIT_PAGE = 100;

export function registerReviewRoutes(scope: FastifyInstance, deps: RouteDeps): void {
  for (const kind of ['reports', 'appeals'] as const) {
    scope.get(kind === 'reports' ? '/moderate/queue' : '/moderate/appeals', async (request, reply) => {
      const session = await pageSession(deps, request, reply);
      if (!session) return reply;
      return sendPage(reply, 200, queuePage(session, kind, await openGroups(deps.db, kind, deps.staticOfficial)));
    });
  }

  scope.get<{ Params: { number: string } }>('/moderate/numbers/:number', async (request, reply) => {
    const session = await pageSession(deps, request, reply);
    if (!session) return reply;
    const number = asE164(request.params.number);
    if (!number) return sendPage(reply, 404, errorPage(session.language, t(session.language, 'notFound')));
    const detail = await numberDetail(deps.db, number, deps.staticOfficial, deps.now());
    return sendPage(reply, 200, numberPage(session, detail, noticeFor(session.language, request.query)));
  });

  scope.get('/moderate/no-number', async (request, reply) => {
    const session = await pageSession(deps, request, reply);
    if (!session) return reply;
    return sendPage(reply, 200, noNumberPage(session, await openReportsWithoutNumber(deps.db), noticeFor(session.language, request.query)));
  });

  scope.get<{ Querystring: { before?: string } }>('/moderate/audit', async (request, reply) => {
    const session = await pageSession(deps, request, reply);
    if (!session) return reply;
    const before = /^\d{1,15}$/.test(request.query.before ?? '') ? Number(request.query.before) : undefined;
    return sendPage(reply, 200, auditPage(session, await readAudit(deps.db, AUDIT_PAGE, before), AUDIT_PAGE));
  });
}
