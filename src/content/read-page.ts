/**
 * Reads the page's text the way a reader sees it, in one linear walk: block elements start new lines, inline
 * elements are joined, so a number split over `<span>`s is whole again; white space is collapsed as the
 * browser renders it. Script, style, form fields (the user's own input is not ours to read) and the
 * extension's own marks are skipped; open shadow roots are read where they render, slots included.
 *
 * Visibility by computed style is not checked here: that costs a style lookup per element and most pages
 * have no phone number at all. `visibleOnly` applies it afterwards, to the pages that need it.
 */

export interface TextSegment {
  readonly node: Text;
  /** Offset of this node's (collapsed) text in PageText.text. */
  readonly start: number;
  readonly length: number;
}

export interface PageText {
  readonly text: string;
  readonly segments: readonly TextSegment[];
}

const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO',
  'AUDIO', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'MAP', 'AREA', 'PARAM', 'SOURCE', 'TRACK', 'LINK', 'META',
]);

const INLINE = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'BIG', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'KBD', 'LABEL', 'MARK',
  'NOBR', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRIKE', 'STRONG', 'SUB', 'SUP', 'TIME', 'TT', 'U', 'VAR', 'WBR',
  'SLOT', 'IMG', 'INS', 'DEL', 'OUTPUT', 'RUBY', 'RT', 'RP',
]);

/**
 * Elements the extension itself adds to pages carry this attribute. Labels and the banner are never read
 * back; a `mark` wrapper around a page's own number is read like any inline element, so marking a number
 * does not make it disappear from the next scan.
 */
export const OWN_MARK_ATTRIBUTE = 'data-helpdesk-guard';

const WHITESPACE = /[\t\n\r\f ]+/g;

function isSkipped(element: Element): boolean {
  if (SKIP.has(element.tagName.toUpperCase())) return true;
  if (element.hasAttribute('hidden')) return true;
  const own = element.getAttribute(OWN_MARK_ATTRIBUTE);
  if (own !== null && own !== 'mark' && own !== 'tel') return true;
  return element instanceof HTMLElement && element.style.display === 'none';
}

/** The nodes that render as `node`'s content: its open shadow tree, a slot's assigned nodes, or children. */
function renderedChildren(node: Node): ArrayLike<Node> {
  if (node instanceof Element && node.shadowRoot) return node.shadowRoot.childNodes;
  if (node instanceof HTMLSlotElement) {
    const assigned = node.assignedNodes({ flatten: true });
    if (assigned.length > 0) return assigned;
  }
  return node.childNodes;
}

/**
 * The walk as a resumable object, so a long page can be read in slices: `run` stops when `shouldYield`
 * says the slice is used up (checked every few hundred nodes) and continues where it left off next time.
 */
export class PageReader {
  readonly #parts: string[] = [];
  readonly #segments: TextSegment[] = [];
  readonly #stack: (Node | null)[];
  #length = 0;
  #pendingBreak = false;

  constructor(
    root: Node,
    private readonly maxChars = Number.POSITIVE_INFINITY,
  ) {
    this.#stack = [root];
  }

  /** Reads until the page is done (true) or `shouldYield()` asks for a pause (false). */
  run(shouldYield: () => boolean): boolean {
    let sinceCheck = 0;
    while (this.#stack.length > 0 && this.#length < this.maxChars) {
      if (++sinceCheck >= 256) {
        sinceCheck = 0;
        if (shouldYield()) return false;
      }
      this.#visit(this.#stack.pop());
    }
    return true;
  }

  result(): PageText {
    return { text: this.#parts.join(''), segments: this.#segments };
  }

  #visit(node: Node | null | undefined): void {
    if (node === null) {
      this.#pendingBreak = true;
      return;
    }
    if (node === undefined) return;
    if (node.nodeType === Node.TEXT_NODE) {
      this.#text(node as Text);
      return;
    }
    if (node.nodeType === Node.ELEMENT_NODE) {
      const element = node as Element;
      if (isSkipped(element)) return;
      if (element.tagName === 'BR') {
        this.#pendingBreak = true;
        return;
      }
      if (!INLINE.has(element.tagName.toUpperCase())) {
        this.#pendingBreak = true;
        this.#stack.push(null);
      }
    } else if (node.nodeType !== Node.DOCUMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) {
      return;
    }
    const children = renderedChildren(node);
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) this.#stack.push(child);
    }
  }

  #text(node: Text): void {
    const data = node.data.replace(WHITESPACE, ' ');
    if (data === ' ' && (this.#pendingBreak || this.#length === 0)) return;
    if (this.#pendingBreak && this.#length > 0) {
      this.#parts.push('\n');
      this.#length++;
    }
    this.#pendingBreak = false;
    this.#segments.push({ node, start: this.#length, length: data.length });
    this.#parts.push(data);
    this.#length += data.length;
  }
}

export function readPage(root: Node, maxChars = Number.POSITIVE_INFINITY): PageText {
  const reader = new PageReader(root, maxChars);
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
      if (!segment || !this.#isVisible(segment.node.parentElement)) continue;
      // Keep the line break that separated this segment from the previous one in the original text.
      const gap = segment.start > this.#previousEnd && text[segment.start - 1] === '\n' && this.#length > 0 ? '\n' : '';
      this.#parts.push(gap, text.slice(segment.start, segment.start + segment.length));
      this.#segments.push({ node: segment.node, start: this.#length + gap.length, length: segment.length });
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
