/** The audit log, newest first, read-only: there is no form on this page and no route that changes the log. */
import { html, type Html } from '../html.ts';
import type { Session } from '../accounts/sessions.ts';
import type { AuditRow } from '../audit.ts';
import { t } from '../messages.ts';
import { when } from './format.ts';
import { page } from './layout.ts';

export function auditPage(session: Session, rows: readonly AuditRow[], pageSize: number): Html {
  const lang = session.language;
  if (rows.length === 0) return page(session, t(lang, 'navAudit'), html`<p class="empty">${t(lang, 'auditEmpty')}</p>`);
  const last = rows[rows.length - 1];
  const older = rows.length === pageSize && last ? html`<p><a href="/moderate/audit?before=${last.id}">${t(lang, 'older')}</a></p>` : html``;
  return page(session, t(lang, 'navAudit'), html`<table class="audit">
<thead><tr><th>${t(lang, 'at')}</th><th>${t(lang, 'actor')}</th><th>${t(lang, 'action')}</th><th>${t(lang, 'subject')}</th><th>${t(lang, 'reason')}</th><th>${t(lang, 'detail')}</th></tr></thead>
<tbody>${rows.map((r) => html`<tr><td>${when(r.at)}</td><td>${r.actor}</td><td>${r.action}</td><td>${r.subject}</td><td>${r.reason}</td><td><code>${JSON.stringify(r.detail)}</code></td></tr>`)}</tbody>
</table>${older}`);
}
