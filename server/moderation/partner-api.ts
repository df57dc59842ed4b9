/**
 * The JSON API for anti-fraud desks' own tools, under /v1/partner/, with a bearer token per partner (made with
 * `npm run server -- partner add`). A partner can submit reports (stored by intake, marked with the partner,
 * counted as one reporter however many it sends), read the grouped queue, and — only if an admin marked it
 * trusted — make the same decisions a reviewer makes, recorded as `partner:<name>`.
 */
import type { FastifyInstance } from 'fastify';
import type { Db } from '../store/db.ts';
import { acceptReport } from '../intake/accept-report.ts';
import { MAX_REPORT_BODY } from '../intake/routes.ts';
import { decide } from './decisions.ts';
import { loadStaticOfficialNumbers, type StaticOfficialNumbers } from './official-numbers.ts';
import { authenticatePartner } from './partner-auth.ts';
import { parseDecisionJson, queueJson } from './partner-json.ts';
import { openGroups } from './queue.ts';
import { sendIntakeResult } from '../intake/intake-answer.ts';

export interface PartnerApiDeps {
  readonly db: Db;
  readonly now: () => Date;
  /** The allow list and official channels; read from lists/allow.csv when not given. */
  readonly staticOfficial?: StaticOfficialNumbers;
}

const DECISION_BODY = 16 * 1024;

const REFUSED_STATUS: Readonly<Record<string, number>> = { 'not-on-list': 409, 'official-number': 409, 'on-allow-list': 409 };

export function registerPartnerApi(app: FastifyInstance, deps: PartnerApiDeps): void {
  const staticOfficial = deps.staticOfficial ?? loadStaticOfficialNumbers();
  void app.register(async (scope) => {
    // Raw text: intake compares the exact bytes for idempotence, and decisions are parsed strictly here.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: MAX_REPORT_BODY }, (_request, body, done) => done(null, body));
    scope.addHook('onSend', async (_request, reply, payload) => {
      reply.header('cache-control', 'no-store');
      return payload;
    });

    scope.post('/v1/partner/reports', { bodyLimit: MAX_REPORT_BODY }, async (request, reply) => {
      const partner = await authenticatePartner(deps.db, request, reply);
      if (!partner) return reply;
      const result = await acceptReport(deps, String(request.body), `partner:${partner.name}`, partner.id);
      return sendIntakeResult(reply, result);
    });

    scope.get<{ Querystring: { kind?: string } }>('/v1/partner/queue', async (request, reply) => {
      const partner = await authenticatePartner(deps.db, request, reply);
      if (!partner) return reply;
      const kind = request.query.kind ?? 'reports';
      if (kind !== 'reports' && kind !== 'appeals') return reply.code(400).send({ error: 'invalid-kind' });
      return reply.send({ kind, numbers: queueJson(await openGroups(deps.db, kind, staticOfficial)) });
    });

    scope.post('/v1/partner/decisions', { bodyLimit: DECISION_BODY }, async (request, reply) => {
      const partner = await authenticatePartner(deps.db, request, reply);
      if (!partner) return reply;
      if (!partner.trusted) return reply.code(403).send({ error: 'partner-not-trusted' });
      const parsed = parseDecisionJson(String(request.body));
      if (!parsed.ok) return reply.code(400).send({ error: parsed.problem });
      const outcome = await decide({ db: deps.db, now: deps.now, staticOfficial }, `partner:${partner.name}`, parsed.decision);
      if (!outcome.ok) return reply.code(REFUSED_STATUS[outcome.error] ?? 409).send({ error: outcome.error });
      return reply.code(200).send({ ok: true, reports: outcome.reports });
    });
  });
}
