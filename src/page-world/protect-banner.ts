/**
 * Part of the page-world script: the page's own DOM methods refuse to remove the extension's banner host.
 * A page that has read this code will delete whatever the extension adds; the content script puts it back,
 * but a page that removes every new child of <html> in a MutationObserver would win that race. So in the
 * page's world (not the extension's, which keeps the real methods) removal of the host becomes a no-op.
 * Known limit: methods taken from a freshly made iframe before this script reaches it are unpatched; the
 * content script's repair loop (banner-keeper.ts) still answers those.
 */
import { BANNER_TAG } from '../shared/banner-tag.ts';

/** tagName, as the wrappers compare it: upper case in HTML documents, where the host always lives. */
const HOST_TAG = BANNER_TAG.toUpperCase();

type Wrap = <T extends object, K extends keyof T>(target: T | undefined, key: K, before: (this: unknown, ...args: unknown[]) => boolean) => void;

const isHost = (node: unknown): node is Element => node instanceof Element && node.tagName === HOST_TAG;
// The host only ever lives on <html>: checking that first keeps the wrappers free for every other element.
const hostsIn = (parent: unknown): Element[] =>
  parent === document.documentElement || parent === document ? [...(parent as Node).childNodes].filter(isHost) : [];

export function protectBanner(wrap: Wrap): void {
  wrap(Node.prototype, 'removeChild', (child) => isHost(child));
  wrap(Element.prototype, 'remove', function (this: unknown) {
    return isHost(this);
  });
  wrap(Node.prototype, 'replaceChild', function (this: unknown, replacement, old) {
    if (!isHost(old)) return false;
    (this as Node).insertBefore(replacement as Node, old);
    return true;
  });
  wrap(Element.prototype, 'replaceWith', function (this: unknown, ...nodes) {
    if (!isHost(this)) return false;
    (this as Element).before(...(nodes as (Node | string)[]));
    return true;
  });
  for (const proto of [Element.prototype, Document.prototype, DocumentFragment.prototype]) {
    wrap(proto as unknown as Record<string, unknown>, 'replaceChildren', function (this: unknown, ...nodes) {
      const keep = hostsIn(this);
      if (keep.length === 0) return false;
      const parent = this as ParentNode & Node;
      for (const child of [...parent.childNodes]) if (!keep.includes(child as Element)) parent.removeChild(child);
      parent.prepend(...(nodes as (Node | string)[]));
      return true;
    });
  }
  // Setters that replace all children: let them run, then put the host back.
  for (const property of ['innerHTML', 'outerHTML', 'textContent'] as const) {
    const descriptor = Object.getOwnPropertyDescriptor(property === 'textContent' ? Node.prototype : Element.prototype, property);
    if (!descriptor?.set || !descriptor.configurable) continue;
    const owner = property === 'textContent' ? Node.prototype : Element.prototype;
    Object.defineProperty(owner, property, {
      ...descriptor,
      set(this: Node, value: unknown) {
        const keep = hostsIn(this);
        const parent = this.parentNode;
        descriptor.set?.call(this, value);
        if (property === 'outerHTML') return;
        for (const host of keep) if (!host.isConnected) (parent && !this.isConnected ? parent : this).appendChild(host);
      },
    });
  }
}
