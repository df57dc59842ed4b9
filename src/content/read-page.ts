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

export function readPage(root: Node, maxChars = Number.POSITIVE_INFINITY): PageText {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let pendingBreak = false;
  // An explicit stack with exit markers: blocks need a break on the way in *and* out.
  const stack: (Node | null)[] = [root];
  while (stack.length > 0 && length < maxChars) {
    const node = stack.pop();
    if (node === null) {
      pendingBreak = true;
      continue;
    }
    if (node === undefined) break;
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data.replace(WHITESPACE, ' ');
      if (data === ' ' && (pendingBreak || length === 0)) continue;
      if (pendingBreak && length > 0) {
        parts.push('\n');
        length++;
      }
      pendingBreak = false;
      segments.push({ node: node as Text, start: length, length: data.length });
      parts.push(data);
      length += data.length;
      continue;
    }
    if (node.nodeType === Node.ELEMENT_NODE) {
      const element = node as Element;
      if (isSkipped(element)) continue;
      const block = !INLINE.has(element.tagName.toUpperCase());
      if (element.tagName === 'BR') {
        pendingBreak = true;
        continue;
      }
      if (block) {
        pendingBreak = true;
        stack.push(null);
      }
    } else if (node.nodeType !== Node.DOCUMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) {
      continue;
    }
    const children = renderedChildren(node);
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push(child);
    }
  }
  return { text: parts.join(''), segments };
}

/** Drops text the user cannot see (display:none, visibility:hidden, opacity 0, zero-size clipping). */
export function visibleOnly(page: PageText): PageText {
  const seen = new Map<Element, boolean>();
  const isVisible = (element: Element | null): boolean => {
    if (!element) return true;
    let visible = seen.get(element);
    if (visible === undefined) {
      visible = element.checkVisibility?.({ opacityProperty: true, visibilityProperty: true }) ?? true;
      seen.set(element, visible);
    }
    return visible;
  };
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let previousEnd = 0;
  for (const segment of page.segments) {
    if (!isVisible(segment.node.parentElement)) continue;
    // Keep the line break that separated this segment from the previous one in the original text.
    const gap = segment.start > previousEnd && page.text[segment.start - 1] === '\n' && length > 0 ? '\n' : '';
    parts.push(gap);
    length += gap.length;
    segments.push({ node: segment.node, start: length, length: segment.length });
    parts.push(page.text.slice(segment.start, segment.start + segment.length));
    length += segment.length;
    previousEnd = segment.start + segment.length;
  }
  return { text: parts.join(''), segments };
}
