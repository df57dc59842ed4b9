/**
 * Attacker-chosen Unicode shown safely and legibly. A title can carry a right-to-left override that makes
 * "exe.txt" read as "txt.exe", zero-width characters that split a brand name past a filter, or an IDN host
 * that looks like microsoft.com. Moderators must see what is really there, so each invisible or
 * direction-changing character is replaced by a visible marker (its code point), the text is isolated from
 * the surrounding page's direction (CSS class `untrusted`, `unicode-bidi: isolate`), and hosts are shown in
 * their punycode form with the Unicode form beside it.
 */
import { domainToUnicode } from 'node:url';
import { html, type Html } from './html.ts';

/**
 * Bidi controls, zero-width and other default-ignorable characters, C0/C1 controls, and tag characters.
 * Ordinary letters of any script (Arabic, Hebrew, Cyrillic) are left alone: they are legible, and look-alike
 * hosts are handled by the punycode display. A run of five or more combining marks ("Zalgo" text) is shown as
 * a count: stacked on one letter they draw a glyph tall enough to lie over the lines around it (the
 * official-number warning, a decision button), while real scripts put at most a few on one letter.
 */
// eslint-disable-next-line no-control-regex, no-misleading-character-class -- invisible and combining characters are exactly what this must find
const INVISIBLE = /[\p{Mn}\p{Me}]{5,}|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u2028-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb\u{1d173}-\u{1d17a}\u{e0000}-\u{e0fff}]/gu;

function marker(found: string): string {
  const count = [...found].length;
  if (count > 1) return `+${count} combining marks`;
  return `U+${(found.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Text with every invisible character shown as a marked code point. */
export function visibleText(text: string): Html {
  const parts: Html[] = [];
  let last = 0;
  for (const match of text.matchAll(INVISIBLE)) {
    const at = match.index;
    parts.push(html`${text.slice(last, at)}`, html`<span class="invisible" title="invisible character">${marker(match[0])}</span>`);
    last = at + match[0].length;
  }
  parts.push(html`${text.slice(last)}`);
  return html`<span class="untrusted" dir="ltr">${parts}</span>`;
}

/** Whether the text holds anything `visibleText` would mark (shown as a warning next to it). */
export function hasInvisible(text: string): boolean {
  INVISIBLE.lastIndex = 0;
  const found = INVISIBLE.test(text);
  INVISIBLE.lastIndex = 0;
  return found;
}

/** The host as the browser resolves it (punycode), and its Unicode form when that differs (an IDN). */
export function displayHost(pageUrl: string, storedHost: string): { ascii: string; unicode: string | undefined } {
  let ascii = storedHost;
  try {
    ascii = new URL(pageUrl).hostname || storedHost;
  } catch {
    // A report's URL that does not parse: show the stored host as text.
  }
  const unicode = ascii.includes('xn--') ? domainToUnicode(ascii) : undefined;
  return { ascii, unicode: unicode && unicode !== ascii ? unicode : undefined };
}

export function visibleHost(pageUrl: string, storedHost: string): Html {
  const { ascii, unicode } = displayHost(pageUrl, storedHost);
  return unicode
    ? html`<span class="host">${visibleText(ascii)} <span class="idn">(IDN: ${visibleText(unicode)})</span></span>`
    : html`<span class="host">${visibleText(ascii)}</span>`;
}
