/**
 * The publisher's state: the list in force, decisions waiting, the last error, and a held publish. Only an
 * admin sees the confirm/discard buttons, and the route refuses a moderator anyway (routes-publish.ts).
 */
import { html, type Html } from '../html.ts';
import type { Session } from '../accounts/sessions.ts';
import { t } from '../messages.ts';
import type { PublishStatus, PublishedSummary } from '../../publish/publish-control.ts';
import { when } from './format.ts';
import { csrfField, page } from './layout.ts';

function summary(session: Session, s: PublishedSummary): Html {
  const lang = session.language;
  return html`<dl class="summary"><dt>${t(lang, 'version')}</dt><dd>${s.version}</dd><dt>${t(lang, 'at')}</dt><dd>${when(s.at)}</dd>
<dt>${t(lang, 'entries')}</dt><dd>${s.entries}</dd><dt>${t(lang, 'allowed')}</dt><dd>${s.allowed}</dd>
<dt>${t(lang, 'added')}</dt><dd>${s.added}</dd><dt>${t(lang, 'removed')}</dt><dd>${s.removed}</dd></dl>`;
}

function heldForms(session: Session, held: PublishedSummary): Html {
  if (session.role !== 'admin') return html`<p>${t(session.language, 'heldAdminOnly')}</p>`;
  const one = (choice: 'confirm' | 'discard'): Html => html`<form method="post" action="/moderate/publish/held" class="decision">${csrfField(session)}
<input type="hidden" name="version" value="${held.version}"><input type="hidden" name="choice" value="${choice}">
<label>${t(session.language, 'reason')} <input name="reason" required maxlength="1000"></label>
<button type="submit">${t(session.language, choice)}</button></form>`;
  return html`${one('confirm')}${one('discard')}`;
}

export function publishPage(session: Session, status: PublishStatus, notice: Html): Html {
  const lang = session.language;
  const held = status.held
    ? html`<section class="held"><p class="warning" role="alert">${t(lang, 'held')}</p>${summary(session, status.held)}${heldForms(session, status.held)}</section>`
    : html``;
  return page(session, t(lang, 'navPublish'), html`${held}
<h2>${t(lang, 'publishCurrent')}</h2>
${status.current ? summary(session, status.current) : html`<p>${t(lang, 'publishNone')}</p>`}
<dl class="summary"><dt>${t(lang, 'pendingSince')}</dt><dd>${status.pendingSince ? when(status.pendingSince) : '—'}</dd>
<dt>${t(lang, 'lastError')}</dt><dd class="${status.lastError ? 'error' : ''}">${status.lastError ? html`${when(status.lastError.at)}: ${status.lastError.message}` : t(lang, 'noError')}</dd></dl>`, notice);
}
