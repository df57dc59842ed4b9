/**
 * Quirk file: reading a *closed* shadow root from a content script. A page can hide its text from every
 * script of its own with `attachShadow({ mode: 'closed' })`; extensions get a way in, spelt differently in
 * each browser: Chromium's `chrome.dom.openOrClosedShadowRoot(element)`
 * (https://developer.chrome.com/docs/extensions/reference/api/dom) and Firefox's `element.openOrClosedShadowRoot`,
 * which in Firefox ESR 153 is a property holding the root, not a method (checked in the browser: `typeof` is
 * "object"; https://developer.mozilla.org/docs/Web/API/Element/openOrClosedShadowRoot).
 * Outside an extension (tests) only open roots are visible.
 */

type ShadowRootOf = (element: Element) => ShadowRoot | null;

interface ChromeDom {
  readonly dom?: { openOrClosedShadowRoot?: (element: HTMLElement) => ShadowRoot | null };
}

export function shadowRootAccessor(): ShadowRootOf {
  const chromeDom = (globalThis as { chrome?: ChromeDom }).chrome?.dom?.openOrClosedShadowRoot;
  return (element) => {
    // Each way in turn: one browser may define the other's name without it working.
    try {
      const root = chromeDom?.(element as HTMLElement);
      if (root) return root;
    } catch {
      // Not this browser's way.
    }
    try {
      const value = (element as Element & { openOrClosedShadowRoot?: ShadowRoot | (() => ShadowRoot | null) | null }).openOrClosedShadowRoot;
      const root = typeof value === 'function' ? value.call(element) : value;
      if (root) return root;
    } catch {
      // Not this browser's way either.
    }
    return element.shadowRoot;
  };
}
