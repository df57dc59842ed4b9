/**
 * Pages that put their text in place with CSS (flex `order`, grid placement, absolute positions), one piece
 * per character, so that the DOM's order, which innerText follows, reads as noise ("5-1-04-8 4…") while the
 * user sees "1-844-555-0128". Reading every page by position would cost a layout rectangle per text node on
 * every page; this reads by position only the short pages built of many one- or two-character pieces, and
 * then reads the whole page that way: lines top to bottom, pieces left to right.
 */

/**
 * Only pages this short (visible text) are considered: scam pages are short (none of the scam fixtures shows
 * a thousand characters), articles and tables are not.
 */
const MAX_TEXT = 20_000;
/** Text pieces measured at most: each costs a layout rectangle, and 3,000 is a short page read per character. */
const MAX_NODES = 3000;
/** This many tiny text pieces make a page one that is built character by character. */
const MIN_TINY_PIECES = 10;

interface Piece {
  readonly text: string;
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

function textNodes(doc: Document): Text[] | undefined {
  const root = doc.body;
  if (!root) return undefined;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  let tiny = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    const trimmed = text.data.trim();
    if (!trimmed) continue;
    if (nodes.length >= MAX_NODES) return undefined;
    const parent = text.parentElement?.localName;
    if (parent === 'script' || parent === 'style' || parent === 'noscript' || parent === 'template') continue;
    if (trimmed.length <= 2) tiny++;
    nodes.push(text);
  }
  return tiny >= MIN_TINY_PIECES ? nodes : undefined;
}

function pieceOf(doc: Document, node: Text): Piece | undefined {
  const parent = node.parentElement;
  if (parent && !(parent.checkVisibility?.({ opacityProperty: true, visibilityProperty: true }) ?? true)) return undefined;
  const range = doc.createRange();
  range.selectNodeContents(node);
  const box = range.getBoundingClientRect();
  if (box.width === 0 && box.height === 0) return undefined;
  return { text: node.data.replace(/\s+/g, ' '), top: box.top, bottom: box.bottom, left: box.left, right: box.right };
}

/** The page's text as it is laid out, or undefined when the page is not built of tiny placed pieces. */
export function visualReading(doc: Document, visibleTextLength: number): string | undefined {
  if (visibleTextLength > MAX_TEXT) return undefined;
  const nodes = textNodes(doc);
  if (!nodes) return undefined;
  const pieces = nodes.map((node) => pieceOf(doc, node)).filter((p): p is Piece => p !== undefined);
  // A piece belongs to the line whose vertical middle it shares; lines top to bottom, pieces left to right.
  pieces.sort((a, b) => a.top - b.top);
  const lines: Piece[][] = [];
  for (const piece of pieces) {
    const middle = (piece.top + piece.bottom) / 2;
    const line = lines.find((l) => l[0] !== undefined && middle >= l[0].top && middle <= l[0].bottom);
    if (line) line.push(piece);
    else lines.push([piece]);
  }
  return lines
    .map((line) => {
      line.sort((a, b) => a.left - b.left);
      let out = '';
      let lastRight = Number.NEGATIVE_INFINITY;
      for (const piece of line) {
        // A gap wider than a few pixels between two pieces is a space the layout draws.
        if (out && piece.left - lastRight > 4 && !out.endsWith(' ') && !piece.text.startsWith(' ')) out += ' ';
        out += piece.text;
        lastRight = Math.max(lastRight, piece.right);
      }
      return out.trim();
    })
    .filter(Boolean)
    .join('\n');
}
