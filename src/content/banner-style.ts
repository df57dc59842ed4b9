import { HOST_RULES } from './host-style.ts';

/**
 * The banner's own stylesheet, inside its closed shadow root where page CSS cannot reach. The host element
 * itself is reachable by page CSS (`* { display: none !important }`), so its rules are declared here on
 * `:host` with !important: in the cascade, important declarations from inside a shadow tree beat important
 * declarations from the page, even inline ones set by page script.
 *
 * Sizes. `rem` inside a shadow root still means the *page's* root font size, so a page with
 * `html { font-size: 62.5% }` shrank the old banner to 11 px text. Here the base is `font-size: medium` on
 * the banner: a keyword the browser resolves to the user's own default text size (Chrome's "Font size",
 * Firefox's "Size" setting), never to anything the page sets. Every other length is in `em` of that base, so
 * the banner follows the browser's text size and zoom and nothing else. The one cost: `em` compounds, so no
 * element below sets a font size relative to a parent that already changed it.
 *
 * Short or narrow windows (high zoom, phones): the banner never grows past the window, scrolls inside
 * itself, and shows its buttons first, so "Leave this page" is always on screen (`em` in a media query is
 * also the browser's default size, so the breakpoints follow its text size).
 *
 * Colours, WCAG 2.1: white on red #b91c1c 6.5:1, #1f1300 on amber #fbbf24 11:1; focus rings are white on
 * red and near-black on amber (the same ratios, well over the 3:1 for outlines).
 */
export const BANNER_CSS = `
:host { ${HOST_RULES} }
.banner { box-sizing: border-box; width: 100%; max-height: 100vh; overflow-y: auto; overscroll-behavior: contain;
  font: normal medium/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size: medium; text-align: start;
  padding: 0.75em 1em; display: flex; flex-wrap: wrap; align-items: center; gap: 0.5em 1em;
  box-shadow: 0 2px 12px rgba(0,0,0,.35); border-bottom: 3px solid rgba(0,0,0,.35); }
.banner.scam { background: #b91c1c; color: #ffffff; }
.banner.suspicious { background: #fbbf24; color: #1f1300; }
.icon { flex: none; width: 2em; height: 2em; border-radius: 50%; display: grid; place-items: center;
  font-weight: 800; background: rgba(255,255,255,.92); }
.scam .icon { color: #b91c1c; }
.suspicious .icon { color: #92400e; }
.text { flex: 1 1 24em; min-width: 0; }
.headline { margin: 0; font-size: 1.2em; font-weight: 700; line-height: 1.35; outline: none; }
.reason, .numbers, .question { margin: 0.25em 0 0; }
.numbers { font-weight: 700; overflow-wrap: anywhere; }
.number { text-decoration: line-through; text-decoration-thickness: 2px; margin-inline-end: 0.75em; white-space: nowrap; }
.actions { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5em; }
.question { flex: 1 1 100%; font-weight: 700; outline: none; }
button { font: inherit; font-weight: 700; cursor: pointer; border-radius: 0.4em; padding: 0.5em 1em; margin: 0;
  border: 2px solid currentColor; background: transparent; color: inherit; min-height: 2.75em; line-height: 1.3; text-align: center; }
button.primary { background: #ffffff; color: #7f1d1d; border-color: #ffffff; }
.suspicious button.primary { background: #1f1300; color: #ffffff; border-color: #1f1300; }
/* The quiet choices (hide, "this page is safe"): plain underlined words, set apart, never like "Leave". */
button.quiet { border-color: transparent; font-weight: 400; text-decoration: underline; text-underline-offset: 0.2em;
  padding-inline: 0.5em; min-height: 2.75em; }
.quiet-group { display: flex; flex-wrap: wrap; gap: 0 0.25em; margin-inline-start: auto; }
.scam button:focus-visible { outline: 3px solid #ffffff; outline-offset: 2px; }
.suspicious button:focus-visible { outline: 3px solid #1f1300; outline-offset: 2px; }
.scam button.primary:focus-visible { box-shadow: 0 0 0 2px #7f1d1d inset; }
.suspicious button.primary:focus-visible { box-shadow: 0 0 0 2px #fbbf24 inset; }
@media (max-width: 40em) { .actions { width: 100%; } .actions > button { flex: 1 1 auto; } .quiet-group { margin-inline-start: 0; } }
@media (max-height: 30em), (max-width: 24em) {
  .banner { padding: 0.5em 0.75em; gap: 0.4em; }
  .icon { display: none; }
  .actions { order: -1; width: 100%; }
  .actions > button { flex: 1 1 auto; }
  .headline { font-size: 1.1em; }
}
@media (forced-colors: active) { .banner { border: 3px solid CanvasText; } button { border-color: ButtonText; } }
`;
