/**
 * Quirk file: reading a *closed* shadow root from a content script. A page can hide its text from every
 * script of its own with `attachShadow({ mode: 'closed' })`; extensions get a way in, spelt differently in
 * each browser: Chromium's `chrome.dom.openOrClosedShadowRoot(element)`
 * (https://developer.chrome.com/docs/extensions/reference/api/dom) and Firefox's
 * `element.openOrClosedShadowRoot()` (https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/API/dom).
 * Outside an extension (tests) only open roots are visible.
 */

type ShadowRootOf = (element: Element) => ShadowRoot | null;

interface ChromeDom {
  readonly dom?: { openOrClosedShadowRoot?: (element: HTMLElement) => ShadowRoot | null };
}

export function shadowRootAccessor(): ShadowRootOf {
  const chromeDom = (globalThis as { chrome?: ChromeDom }).chrome?.dom?.openOrClosedShadowRoot;
  if (chromeDom) {
    return (element) => {
      try {
        return chromeDom(element as HTMLElement) ?? null;
      } catch {
        return null;
      }
    };
  }
  return (element) => {
    const firefox = (element as Element & { openOrClosedShadowRoot?: () => ShadowRoot | null }).openOrClosedShadowRoot;
    if (typeof firefox === 'function') {
      try {
        return firefox.call(element) ?? null;
      } catch {
        return null;
      }
    }
    return element.shadowRoot;
  };
}
