/**
 * One report as a reviewer sees it. Every field here came from the report's sender: text goes through
 * `visibleText` (escaped, invisible characters shown), the address is never a link (a reviewer should not
 * open a scam page by a misclick), and the screenshot is an <img> of our own /moderate/screenshots/ URL,
 * which answers only image/png.
 */
import { html, type Html } from '../html.ts';
import type { Session } from '../accounts/sessions.ts';
import { t } from '../messages.ts';
import { reasonLabel } from '../reason-labels.ts';
import type { ReportView } from '../report-rows.ts';
import { hasInvisible, visibleHost, visibleText } from '../visible-text.ts';
import { when } from './format.ts';
import { csrfField } from './layout.ts';

function invisibleBadge(session: Session, report: ReportView): Html {
  return [report.pageTitle, report.pageUrl, report.comment].some(hasInvisible)
    ? html`<p class="warning">${t(session.language, 'invisibleWarning')}</p>`
    : html``;
}

function verdictOf(session: Session, report: ReportView): Html {
  if (report.verdictLevel === null) return html`${t(session.language, 'noVerdict')}`;
  const reasons = report.verdictReasons.map((key) => html`<li>${reasonLabel(key, session.language)}</li>`);
  return html`<span class="level">${report.verdictLevel}</span> (${report.verdictScore ?? ''})<ul class="reasons">${reasons}</ul>`;
}

function rejectForm(session: Session, report: ReportView, action: 'reject-report' | 'reject-no-number', back: string | undefined): Html {
  const open = report.status === 'received' || report.status === 'under-review';
  if (!open) return html``;
  const label = t(session.language, action === 'reject-report' ? 'actionRejectReport' : 'actionRejectNoNumber');
  return html`<form method="post" action="/moderate/decide" class="decision">${csrfField(session)}
<input type="hidden" name="action" value="${action}"><input type="hidden" name="report" value="${report.id}">${back ? html`<input type="hidden" name="back" value="${back}">` : ''}
<label>${t(session.language, 'reason')} <input name="reason" required maxlength="1000"></label>
<button type="submit">${label}</button></form>`;
}

/** `back`: the number whose page the reject form returns to. */
export function reportCard(session: Session, report: ReportView, reject?: 'reject-report' | 'reject-no-number', back?: string): Html {
  const lang = session.language;
  const screenshot = report.hasScreenshot
    ? html`<a href="/moderate/screenshots/${encodeURIComponent(report.id)}"><img class="screenshot" loading="lazy" alt="${t(lang, 'screenshot')}" src="/moderate/screenshots/${encodeURIComponent(report.id)}"></a>`
    : html``;
  return html`<article class="report" data-report="${report.id}">
${invisibleBadge(session, report)}
<dl>
<dt>${t(lang, 'received')}</dt><dd>${when(report.receivedAt)}</dd>
<dt>${t(lang, 'kind')}</dt><dd>${report.kind}${report.partner ? html` · ${t(lang, 'partner')}: ${report.partner}` : ''}</dd>
<dt>${t(lang, 'status')}</dt><dd>${report.status}${report.reason ? html` (${report.reason})` : ''}</dd>
<dt>${t(lang, 'page')}</dt><dd class="title">${visibleText(report.pageTitle)}</dd>
<dt>Host</dt><dd>${visibleHost(report.pageUrl, report.pageHost)}</dd>
<dt>${t(lang, 'url')}</dt><dd class="url">${visibleText(report.pageUrl)}</dd>
<dt>${t(lang, 'verdict')}</dt><dd>${verdictOf(session, report)}</dd>
<dt>${t(lang, 'comment')}</dt><dd class="comment">${visibleText(report.comment)}</dd>
<dt>${t(lang, 'reporter')}</dt><dd class="reporter">${report.reporter.slice(0, 12)} · ${report.language}</dd>
</dl>
${screenshot}
${reject ? rejectForm(session, report, reject, back) : ''}
</article>`;
}
