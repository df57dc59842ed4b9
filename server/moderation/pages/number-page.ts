/** One number: its summary, what was decided before, the decision forms, and every report about it. */
import { html, type Html } from '../html.ts';
import type { Session } from '../accounts/sessions.ts';
import { t } from '../messages.ts';
import type { NumberDetail } from '../number-detail.ts';
import { decisionForms } from './decision-forms.ts';
import { when } from './format.ts';
import { page } from './layout.ts';
import { numberSummary } from './number-summary.ts';
import { reportCard } from './report-card.ts';

function previous(detail: NumberDetail): Html {
  const d = detail.decision;
  if (!d) return html``;
  return html`<p class="previous">${d.state}${d.brands.length ? html` (${d.brands.join(', ')})` : ''}${d.organisation ? html` — ${d.organisation}` : ''} · ${d.decidedBy} · ${when(d.decidedAt)} · ${d.source}</p>`;
}

export function numberPage(session: Session, detail: NumberDetail, notice: Html): Html {
  const reports = detail.reports;
  const times = reports.map((r) => r.receivedAt.getTime());
  const facts = {
    country: detail.country, state: detail.decision?.state ?? null, official: detail.official, reports,
    reportCount: reports.length, reporterCount: new Set(reports.map((r) => r.reporter)).size,
    hostCount: new Set(reports.map((r) => r.pageHost)).size,
    firstSeen: times.length ? new Date(Math.min(...times)) : undefined, lastSeen: times.length ? new Date(Math.max(...times)) : undefined,
  };
  return page(session, detail.number, html`${previous(detail)}
${numberSummary(session, facts)}
${decisionForms(session, detail)}
<h2>${t(session.language, 'reports')}</h2>
${reports.map((r) => reportCard(session, r, r.kind === 'false-positive' ? undefined : 'reject-report', detail.number))}`, notice);
}
