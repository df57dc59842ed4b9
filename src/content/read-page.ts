/**
 * Reads the page's text the way a reader sees it, in one linear walk: block elements start new lines, inline
 * elements are joined, so a number split over `<span>`s is whole again; white space is collapsed as the
 * browser renders it. Script, style, form fields (the user's own input is not ours to read) and the
 * extension's own marks are skipped; open shadow roots are read where they render, slots included.
 *
 * Visibility by computed style is not checked here: that costs a style lookup per element and most pages
 * have no phone number at all. `visibleOnly` applies it afterwards, to the pages that need it.
 */

import type { ReadingAids } from './visual-text.ts';

export interface TextSegment {
  /** The text node, or undefined for CSS generated text (which has no node to mark). */
  readonly node: Text | undefined;
  /** For generated text: the element it belongs to, whose visibility decides. */
  readonly owner?: Element;
  /** Offset of this node's (collapsed) text in PageText.text. */
  readonly start: number;
  readonly length: number;
}

export interface PageText {
  readonly text: string;
  readonly segments: readonly TextSegment[];
}

const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'iframe', 'frame', 'object', 'embed', 'canvas', 'video',
  'audio', 'textarea', 'input', 'select', 'option', 'map', 'area', 'param', 'source', 'track', 'link', 'meta',
]);

const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'dfn', 'em', 'font', 'i', 'kbd', 'label', 'mark',
  'nobr', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr',
  'slot', 'img', 'ins', 'del', 'output', 'ruby', 'rt', 'rp',
  // SVG text: pieces of one drawing are read as one line (Chromium's innerText splits them, Firefox's joins).
  'tspan', 'textPath', 'textpath',
]);

/** The only elements that can host a shadow root (besides custom elements, whose names have a dash). */
const SHADOW_HOSTS = new Set([
  'article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'main', 'nav', 'p',
  'section', 'span',
]);

/**
 * Elements the extension itself adds to pages carry this attribute. Labels and the banner are never read
 * back; a `mark` wrapper around a page's own number is read like any inline element, so marking a number
 * does not make it disappear from the next scan.
 */
export const OWN_MARK_ATTRIBUTE = 'data-helpdesk-guard';

const WHITESPACE = /[\t\n\r\f ]+/g;
const NEEDS_COLLAPSE = /[\t\n\r\f]| {2}/;

function isSkipped(element: Element, name: string): boolean {
  if (SKIP.has(name) || element.hasAttribute('hidden')) return true;
  const own = element.getAttribute(OWN_MARK_ATTRIBUTE);
  return own !== null && own !== 'mark' && own !== 'tel';
}

/** Shadow trees and slot assignments: the rare places where rendering is not the child list. */
function renderedInstead(element: Element, name: string, aids: ReadingAids | undefined): ArrayLike<Node> | undefined {
  if (name.includes('-') || SHADOW_HOSTS.has(name)) {
    const root = aids?.shadowRootOf ? aids.shadowRootOf(element) : element.shadowRoot;
    if (root) return root.childNodes;
  }
  if (name === 'slot') {
    const assigned = (element as HTMLSlotElement).assignedNodes({ flatten: true });
    if (assigned.length > 0) return assigned;
  }
  return undefined;
}

/**
 * The walk as a resumable object, so a long page can be read in slices: `run` stops when `shouldYield`
 * says the slice is used up (checked every few hundred nodes) and continues where it left off next time.
 * Children are pushed by walking lastChild → previousSibling, which creates no NodeList per element: in a
 * content script's own world, every DOM object touched costs a wrapper, and this walk is paid on every page.
 */
export class PageReader {
  readonly #parts: string[] = [];
  readonly #segments: TextSegment[] = [];
  /** Nodes to read; null ends a block; a string is generated text, with the element it belongs to. */
  readonly #stack: (Node | null | { text: string; owner: Element })[];
  #length = 0;
  #pendingBreak = false;
  #pendingSpace = '';

  constructor(
    root: Node,
    private readonly maxChars = Number.POSITIVE_INFINITY,
    private readonly aids?: ReadingAids,
  ) {
    this.#stack = [root];
  }

  /** Reads until the page is done (true) or `shouldYield()` asks for a pause (false). */
  run(shouldYield: () => boolean): boolean {
    let sinceCheck = 0;
    const stack = this.#stack;
    while (stack.length > 0 && this.#length < this.maxChars) {
      if (++sinceCheck >= 512) {
        sinceCheck = 0;
        if (shouldYield()) return false;
      }
      const node = stack.pop();
      if (node === null) {
        this.#pendingBreak = true;
        continue;
      }
      if (node === undefined) continue;
      if (!('nodeType' in node)) {
        this.#add(node.text, undefined, node.owner);
        continue;
      }
      const type = node.nodeType;
      if (type === 3) {
        this.#text(node as Text);
        continue;
      }
      if (type === 1) {
        const element = node as Element;
        const name = element.localName;
        if (isSkipped(element, name)) continue;
        if (name === 'br') {
          this.#pendingBreak = true;
          continue;
        }
        // SVG text pieces are joined by a space; table cells by a tab, as innerText does, so a row is one line.
        if (name === 'text') this.#pendingSpace = ' ';
        else if (name === 'td' || name === 'th') this.#pendingSpace = '\t';
        else if (!INLINE.has(name)) {
          this.#pendingBreak = true;
          stack.push(null);
        }
        const generated = this.aids?.generated?.get(element);
        if (generated?.after) stack.push({ text: generated.after, owner: element });
        const instead = renderedInstead(element, name, this.aids);
        if (instead) {
          for (let i = instead.length - 1; i >= 0; i--) {
            const child = instead[i];
            if (child) stack.push(child);
          }
          if (generated?.before) stack.push({ text: generated.before, owner: element });
          continue;
        }
        for (let child = node.lastChild; child !== null; child = child.previousSibling) stack.push(child);
        if (generated?.before) stack.push({ text: generated.before, owner: element });
        continue;
      } else if (type !== 9 && type !== 11) {
        continue;
      }
      for (let child = node.lastChild; child !== null; child = child.previousSibling) stack.push(child);
    }
    return true;
  }

  result(): PageText {
    return { text: this.#parts.join(''), segments: this.#segments };
  }

  #text(node: Text): void {
    this.#add(node.data, node);
  }

  #add(raw: string, node: Text | undefined, owner?: Element): void {
    const data = NEEDS_COLLAPSE.test(raw) ? raw.replace(WHITESPACE, ' ') : raw;
    if (data === ' ' && (this.#pendingBreak || this.#length === 0)) return;
    if (data.length === 0) return;
    if (this.#pendingBreak && this.#length > 0) {
      this.#parts.push('\n');
      this.#length++;
    } else if (this.#pendingSpace && this.#length > 0 && data[0] !== ' ') {
      this.#parts.push(this.#pendingSpace);
      this.#length++;
    }
    this.#pendingBreak = false;
    this.#pendingSpace = '';
    this.#segments.push(owner ? { node, owner, start: this.#length, length: data.length } : { node, start: this.#length, length: data.length });
    this.#parts.push(data);
    this.#length += data.length;
  }
}

export function readPage(root: Node, maxChars = Number.POSITIVE_INFINITY, aids?: ReadingAids): PageText {
  const reader = new PageReader(root, maxChars, aids);
  reader.run(() => false);
  return reader.result();
}

/**
 * Drops text the user cannot see (display:none, visibility:hidden, opacity 0), in slices like PageReader:
 * one style lookup per text-holding element, paid only on pages that passed the gate.
 */
export class VisibleFilter {
  readonly #seen = new Map<Element, boolean>();
  readonly #parts: string[] = [];
  readonly #segments: TextSegment[] = [];
  #index = 0;
  #length = 0;
  #previousEnd = 0;

  constructor(private readonly page: PageText) {}

  run(shouldYield: () => boolean): boolean {
    const { segments, text } = this.page;
    while (this.#index < segments.length) {
      if (this.#index % 128 === 0 && this.#index > 0 && shouldYield()) return false;
      const segment = segments[this.#index++];
      if (!segment || !this.#isVisible(segment.node?.parentElement ?? segment.owner ?? null)) continue;
      // Keep the line break that separated this segment from the previous one in the original text.
      const gap = segment.start > this.#previousEnd && text[segment.start - 1] === '\n' && this.#length > 0 ? '\n' : '';
      this.#parts.push(gap, text.slice(segment.start, segment.start + segment.length));
      this.#segments.push({ ...segment, start: this.#length + gap.length });
      this.#length += gap.length + segment.length;
      this.#previousEnd = segment.start + segment.length;
    }
    return true;
  }

  result(): PageText {
    return { text: this.#parts.join(''), segments: this.#segments };
  }

  #isVisible(element: Element | null): boolean {
    if (!element) return true;
    let visible = this.#seen.get(element);
    if (visible === undefined) {
      visible = element.checkVisibility?.({ opacityProperty: true, visibilityProperty: true }) ?? true;
      this.#seen.set(element, visible);
    }
    return visible;
  }
}

export function visibleOnly(page: PageText): PageText {
  const filter = new VisibleFilter(page);
  filter.run(() => false);
  return filter.result();
}
