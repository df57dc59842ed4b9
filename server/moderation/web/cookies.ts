/**
 * The two cookies of the moderation pages. `__Host-` means the browser only accepts them when set with
 * Secure, Path=/ and no Domain, so a sibling subdomain or a plain-HTTP page cannot plant or overwrite them.
 * Browsers count http://localhost and http://127.0.0.1 as secure, so this also works in development
 * (checked in Chromium and Firefox by test/e2e/moderation-page.test.ts).
 */
export const SESSION_COOKIE = '__Host-hg-session';
/** Holds the login form's CSRF token before there is a session (double-submit). */
export const LOGIN_COOKIE = '__Host-hg-login';

export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}

export function setCookie(name: string, value: string, maxAgeSeconds: number): string {
  return `${name}=${value}; Path=/; Secure; HttpOnly; SameSite=Strict; Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}`;
}

export function clearCookie(name: string): string {
  return setCookie(name, '', 0);
}
