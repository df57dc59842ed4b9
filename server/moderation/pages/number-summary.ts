/**
 * What a reviewer weighs about one number, drawn from its reports: counts, dates, the extension's verdict
 * levels and reasons, the distinct page titles and hosts (the report carries no brand id, so the titles and
 * reasons are how a claimed brand shows), and the official-number warning above everything.
 */
import { html, type Html } from '../html.ts';
import type { Session } from '../accounts/sessions.ts';
import { t } from '../messages.ts';
import type { NumberGroup } from '../queue.ts';
import { reasonLabel } from '../reason-labels.ts';
import { tally } from '../report-rows.ts';
import { visibleHost, visibleText } from '../visible-text.ts';
import { officialWarning, when } from './format.ts';

/** A queue group's facts; a number's own page may have no open report, so its dates can be missing. */
export type SummaryFacts = Omit<NumberGroup, 'number' | 'firstSeen' | 'lastSeen'> & {
  readonly firstSeen: Date | undefined;
  readonly lastSeen: Date | undefined;
};

function counted(entries: [string, number][], show: (value: string) => Html | string): Html {
  return html`<ul>${entries.slice(0, 10).map(([value, count]) => html`<li>${show(value)} <span class="count">×${count}</span></li>`)}</ul>`;
}

export function numberSummary(session: Session, facts: SummaryFacts): Html {
  const lang = session.language;
  const reports = facts.reports;
  const hosts = new Map(reports.map((r) => [r.pageHost, r]));
  return html`${officialWarning(lang, facts.official)}
<dl class="summary">
<dt>${t(lang, 'country')}</dt><dd>${facts.country ?? '?'}</dd>
<dt>${t(lang, 'state')}</dt><dd>${facts.state ?? '—'}</dd>
<dt>${t(lang, 'reports')}</dt><dd>${facts.reportCount}</dd>
<dt>${t(lang, 'reporters')}</dt><dd>${facts.reporterCount}</dd>
<dt>${t(lang, 'hosts')}</dt><dd>${facts.hostCount} <ul>${[...hosts.values()].slice(0, 10).map((r) => html`<li>${visibleHost(r.pageUrl, r.pageHost)}</li>`)}</ul></dd>
<dt>${t(lang, 'firstSeen')}</dt><dd>${facts.firstSeen ? when(facts.firstSeen) : '—'}</dd>
<dt>${t(lang, 'lastSeen')}</dt><dd>${facts.lastSeen ? when(facts.lastSeen) : '—'}</dd>
<dt>${t(lang, 'verdicts')}</dt><dd>${counted(tally(reports.map((r) => r.verdictLevel ?? t(lang, 'noVerdict'))), (v) => v)}</dd>
<dt>${t(lang, 'reasons')}</dt><dd>${counted(tally(reports.flatMap((r) => r.verdictReasons)), (v) => reasonLabel(v, lang))}</dd>
<dt>${t(lang, 'titles')}</dt><dd>${counted(tally(reports.map((r) => r.pageTitle)), (v) => visibleText(v))}</dd>
<dt>${t(lang, 'comments')}</dt><dd><ul>${reports.filter((r) => r.comment.trim() !== '').slice(0, 5).map((r) => html`<li class="comment">${visibleText(r.comment)}</li>`)}</ul></dd>
</dl>`;
}
