/**
 * The frame of every page after login: navigation, the language switch and logout (both forms, with the
 * session's CSRF token), then the page's own content. No script and no inline style: the one stylesheet is
 * served from /moderate/static/.
 */
import { html, type Html } from '../html.ts';
import type { Session } from '../accounts/sessions.ts';
import { LANGUAGES, t, type Language, type MessageKey } from '../messages.ts';

export function document(language: Language, title: string, body: Html): Html {
  return html`<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${title} · ${t(language, 'title')}</title>
<link rel="stylesheet" href="/moderate/static/moderation.css">
</head>
<body>
${body}
</body>
</html>`;
}

const NAV: readonly [path: string, key: MessageKey][] = [
  ['/moderate/queue', 'navQueue'], ['/moderate/appeals', 'navAppeals'], ['/moderate/no-number', 'navNoNumber'],
  ['/moderate/audit', 'navAudit'], ['/moderate/publish', 'navPublish'],
];

export function csrfField(session: Session): Html {
  return html`<input type="hidden" name="csrf" value="${session.csrfToken}">`;
}

function header(session: Session): Html {
  const lang = session.language;
  return html`<header>
<nav>${NAV.map(([path, key]) => html`<a href="${path}">${t(lang, key)}</a> `)}</nav>
<div class="account">
<span>${session.name} (${session.role})</span>
<form method="post" action="/moderate/language">${csrfField(session)}
<label>${t(lang, 'language')} <select name="language">${LANGUAGES.map((l) => (l === lang ? html`<option value="${l}" selected>${l}</option>` : html`<option value="${l}">${l}</option>`))}</select></label>
<button type="submit">${t(lang, 'switchLanguage')}</button></form>
<form method="post" action="/moderate/logout">${csrfField(session)}<button type="submit">${t(lang, 'logout')}</button></form>
</div>
</header>`;
}

export function page(session: Session, title: string, content: Html, notice?: Html): Html {
  return document(session.language, title, html`${header(session)}
<main>
<h1>${title}</h1>
${notice ?? ''}
${content}
</main>`);
}
