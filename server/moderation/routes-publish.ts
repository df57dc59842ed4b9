/**
 * The publisher's page and the admin-only answer to a held publish. The role is checked here, on the server,
 * whatever the page showed: a moderator's POST is refused with 403 and reaches the publisher not at all.
 */
import type { FastifyInstance } from 'fastify';
import { MAX_REASON } from './decision-input.ts';
import { t } from './messages.ts';
import { errorPage } from './pages/error-page.ts';
import { noticeFor } from './pages/notice.ts';
import { publishPage } from './pages/publish-page.ts';
import type { RouteDeps } from './routes.ts';
import { formSession, pageSession } from './web/session-guard.ts';
import { sendPage } from './web/send-page.ts';

export function registerPublishRoutes(scope: FastifyInstance, deps: RouteDeps): void {
  scope.get('/moderate/publish', async (request, reply) => {
    const session = await pageSession(deps, request, reply);
    if (!session) return reply;
    return sendPage(reply, 200, publishPage(session, await deps.publish.status(), noticeFor(session.language, request.query)));
  });

  scope.post('/moderate/publish/held', async (request, reply) => {
    const checked = await formSession(deps, request, reply);
    if (!checked) return reply;
    const { session, form } = checked;
    if (session.role !== 'admin') return sendPage(reply, 403, errorPage(session.language, t(session.language, 'forbidden')));
    const version = /^\d{1,15}$/.test(form.version ?? '') ? Number(form.version) : undefined;
    const reason = (form.reason ?? '').trim();
    if (version === undefined) return reply.redirect('/moderate/publish?error=invalid-version', 303);
    if (reason === '' || reason.length > MAX_REASON) return reply.redirect('/moderate/publish?error=missing-reason', 303);
    const actor = `user:${session.name}`;
    if (form.choice === 'confirm') await deps.publish.confirmHeld(version, actor, reason);
    else if (form.choice === 'discard') await deps.publish.discardHeld(version, actor, reason);
    else return reply.redirect('/moderate/publish?error=invalid-action', 303);
    return reply.redirect('/moderate/publish', 303);
  });
}
