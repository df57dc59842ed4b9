/**
 * POST /moderate/decide: every decision form posts here. The fields are checked (decision-input.ts), the
 * decision made (decisions.ts), and the reviewer sent back to where the decision was made with a notice
 * code. Any role may decide on reports; the admin-only actions are in routes-publish.ts.
 */
import type { FastifyInstance } from 'fastify';
import { checkDecision, type DecisionInput } from './decision-input.ts';
import { decide } from './decisions.ts';
import type { RouteDeps } from './routes.ts';
import { formSession } from './web/session-guard.ts';

function backTo(decision: DecisionInput | undefined, number: string | undefined): string {
  if (decision && 'number' in decision) return `/moderate/numbers/${encodeURIComponent(decision.number)}`;
  if (decision?.action === 'reject-no-number') return '/moderate/no-number';
  // Rejecting one report is done from its number's page; go back there when the form said which.
  return number && /^\+[1-9]\d{6,14}$/.test(number) ? `/moderate/numbers/${encodeURIComponent(number)}` : '/moderate/queue';
}

export function registerDecisionRoutes(scope: FastifyInstance, deps: RouteDeps): void {
  scope.post('/moderate/decide', async (request, reply) => {
    const checked = await formSession(deps, request, reply);
    if (!checked) return reply;
    const input = checkDecision(checked.form);
    if (!input.ok) return reply.redirect(`${backTo(undefined, checked.form.back)}?error=${input.problem}`, 303);
    const outcome = await decide(deps, `user:${checked.session.name}`, input.decision);
    const target = backTo(input.decision, checked.form.back);
    return reply.redirect(outcome.ok ? `${target}?done=${outcome.reports}` : `${target}?error=${outcome.error}`, 303);
  });
}
