/**
 * The login form. Its CSRF token is the double-submit kind (the same random value in a `__Host-` cookie and
 * in the form), since there is no session yet; it stops another site from logging a reviewer into an
 * attacker's account. The code field is always there, so the page does not reveal which accounts are admins.
 */
import { html, type Html } from '../html.ts';
import { t, type Language } from '../messages.ts';
import { document } from './layout.ts';

export function loginPage(language: Language, csrf: string, message: string | undefined): Html {
  return document(language, t(language, 'login'), html`<main class="login">
<h1>${t(language, 'title')}</h1>
${message ? html`<p class="error" role="alert">${message}</p>` : ''}
<form method="post" action="/moderate/login">
<input type="hidden" name="csrf" value="${csrf}">
<input type="hidden" name="lang" value="${language}">
<label>${t(language, 'name')} <input name="name" autocomplete="username" required maxlength="64"></label>
<label>${t(language, 'password')} <input name="password" type="password" autocomplete="current-password" required maxlength="256"></label>
<label>${t(language, 'code')} <input name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9 ]*" maxlength="8"></label>
<button type="submit">${t(language, 'login')}</button>
</form>
<p class="languages"><a href="/moderate/login?lang=en">English</a> · <a href="/moderate/login?lang=nl">Nederlands</a></p>
</main>`);
}
