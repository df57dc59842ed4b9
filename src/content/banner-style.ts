import { HOST_RULES } from './host-style.ts';

/**
 * The banner's own stylesheet, inside its closed shadow root where page CSS cannot reach. The host element
 * itself is reachable by page CSS (`* { display: none !important }`), so its rules are declared here on
 * `:host` with !important: in the cascade, important declarations from inside a shadow tree beat important
 * declarations from the page, even inline ones set by page script.
 *
 * Colours: red #b91c1c and amber #fbbf24 with the text colours below both exceed WCAG AA 4.5:1. Sizes are
 * in rem of the banner's own 16px root, so the banner grows with browser zoom and wraps on narrow windows.
 */
export const BANNER_CSS = `
:host { ${HOST_RULES} }
.banner { box-sizing: border-box; width: 100%; font: 16px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  padding: 0.75rem 1rem; display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem;
  box-shadow: 0 2px 12px rgba(0,0,0,.35); border-bottom: 3px solid rgba(0,0,0,.35); }
.banner.scam { background: #b91c1c; color: #ffffff; }
.banner.suspicious { background: #fbbf24; color: #1f1300; }
.icon { flex: none; width: 2rem; height: 2rem; border-radius: 50%; display: grid; place-items: center;
  font-weight: 800; font-size: 1.3rem; background: rgba(255,255,255,.92); }
.scam .icon { color: #b91c1c; }
.suspicious .icon { color: #92400e; }
.text { flex: 1 1 24rem; min-width: 0; }
.headline { margin: 0; font-size: 1.1rem; font-weight: 700; outline: none; }
.reason { margin: 0.2rem 0 0; }
.numbers { margin: 0.2rem 0 0; font-weight: 700; overflow-wrap: anywhere; }
.number { text-decoration: line-through; text-decoration-thickness: 2px; margin-inline-end: 0.75rem; white-space: nowrap; }
.actions { display: flex; flex-wrap: wrap; gap: 0.5rem; }
button { font: inherit; font-size: 0.95rem; font-weight: 600; cursor: pointer; border-radius: 0.4rem; padding: 0.45rem 0.9rem;
  border: 2px solid currentColor; background: transparent; color: inherit; min-height: 2.5rem; }
button.primary { background: #ffffff; color: #7f1d1d; border-color: #ffffff; }
.suspicious button.primary { background: #1f1300; color: #ffffff; border-color: #1f1300; }
button:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; box-shadow: 0 0 0 5px #ffffff; }
@media (max-width: 40rem) { .actions { width: 100%; } .actions button { flex: 1 1 auto; } }
`;
