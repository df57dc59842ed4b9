/**
 * What partners send and receive as JSON. A decision must be an object with exactly the documented fields,
 * each of the right type; anything else is a 400 with a code, before the decision logic sees it. The queue a
 * partner reads leaves out reporters' comments and screenshots: those were given to this service, not to
 * third parties (PRIVACY.md), and a partner decides on the number, the pages and the verdicts.
 */
import { checkDecision, type Checked } from './decision-input.ts';
import type { NumberGroup } from './queue.ts';
import { tally } from './report-rows.ts';

const DECISION_FIELDS = new Set(['number', 'action', 'brand', 'organisation', 'reason']);

export type DecisionJson = Checked | { readonly ok: false; readonly problem: 'invalid-json' | 'unknown-field' | 'invalid-field-type' };

export function parseDecisionJson(raw: string): DecisionJson {
  let doc: unknown;
  try {
    doc = JSON.parse(raw);
  } catch {
    return { ok: false, problem: 'invalid-json' };
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return { ok: false, problem: 'invalid-json' };
  const fields = doc as Record<string, unknown>;
  if (Object.keys(fields).some((key) => !DECISION_FIELDS.has(key))) return { ok: false, problem: 'unknown-field' };
  if (Object.values(fields).some((value) => typeof value !== 'string')) return { ok: false, problem: 'invalid-field-type' };
  return checkDecision(fields, ['list', 'reject', 'official', 'remove']);
}

export function queueJson(groups: readonly NumberGroup[]): unknown {
  return groups.map((g) => ({
    number: g.number,
    country: g.country ?? null,
    state: g.state,
    official: g.official ? { organisation: g.official.organisation, source: g.official.source } : null,
    reports: g.reportCount,
    reporters: g.reporterCount,
    hosts: g.hostCount,
    firstSeen: g.firstSeen.toISOString(),
    lastSeen: g.lastSeen.toISOString(),
    verdictLevels: Object.fromEntries(tally(g.reports.map((r) => r.verdictLevel ?? 'none'))),
    reasons: Object.fromEntries(tally(g.reports.flatMap((r) => r.verdictReasons))),
    latest: g.reports.map((r) => ({
      kind: r.kind, receivedAt: r.receivedAt.toISOString(), pageUrl: r.pageUrl, pageHost: r.pageHost, pageTitle: r.pageTitle,
      verdict: r.verdictLevel === null ? null : { level: r.verdictLevel, score: r.verdictScore, reasons: r.verdictReasons },
      partner: r.partner, status: r.status,
    })),
  }));
}
