/**
 * Marks the flagged numbers inside the page itself (struck through, with a short label after them), so a
 * user who never reads the banner still does not dial them. The numbers are found in the same collapsed
 * text the detector read, then mapped back to the page's text nodes, so a number split over several
 * elements is marked in each of its pieces.
 */
import { OWN_MARK_ATTRIBUTE, type PageText, type TextSegment } from './read-page.ts';

const STRIKE_STYLE =
  'text-decoration: line-through !important; text-decoration-color: #b91c1c !important; ' +
  'text-decoration-thickness: 3px !important; background: #fee2e2 !important; color: #7f1d1d !important;';
const LABEL_STYLE =
  'display: inline-block !important; margin: 0 0.3em !important; padding: 0 0.35em !important; ' +
  'font: 600 0.8em/1.4 system-ui, sans-serif !important; background: #b91c1c !important; color: #fff !important; ' +
  'border-radius: 0.25em !important; text-decoration: none !important; vertical-align: middle !important;';

/** Offset in `data` of the `collapsed`-th character of its white-space-collapsed form. */
function rawOffset(data: string, collapsed: number): number {
  let c = 0;
  let i = 0;
  while (i < data.length && c < collapsed) {
    if (/[\t\n\r\f ]/.test(data[i] ?? '')) {
      while (i < data.length && /[\t\n\r\f ]/.test(data[i] ?? '')) i++;
    } else i++;
    c++;
  }
  return i;
}

function segmentAt(segments: readonly TextSegment[], offset: number): number {
  let low = 0;
  let high = segments.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const s = segments[mid];
    if (!s) break;
    if (offset < s.start) high = mid - 1;
    else if (offset >= s.start + s.length) low = mid + 1;
    else return mid;
  }
  return -1;
}

function isMarked(node: Node): boolean {
  return node.parentElement?.closest(`[${OWN_MARK_ATTRIBUTE}]`) != null;
}

function wrap(doc: Document, node: Text, from: number, to: number): HTMLElement | undefined {
  const start = rawOffset(node.data, from);
  const end = rawOffset(node.data, to);
  if (end <= start || !node.parentNode) return undefined;
  const middle = node.splitText(start);
  middle.splitText(end - start);
  const mark = doc.createElement('span');
  mark.setAttribute(OWN_MARK_ATTRIBUTE, 'mark');
  mark.setAttribute('style', STRIKE_STYLE);
  middle.replaceWith(mark);
  mark.append(middle);
  return mark;
}

/** Marks every occurrence of each written number; returns how many numbers were marked. */
export function markNumbers(doc: Document, page: PageText, written: readonly string[], label: string): number {
  let marked = 0;
  for (const form of new Set(written)) {
    if (form.length < 5) continue;
    for (let at = page.text.indexOf(form); at >= 0; at = page.text.indexOf(form, at + form.length)) {
      if (markRange(doc, page, at, at + form.length, label)) marked++;
    }
  }
  return marked;
}

function markRange(doc: Document, page: PageText, start: number, end: number, label: string): boolean {
  const pieces: { segment: TextSegment; from: number; to: number }[] = [];
  for (let i = segmentAt(page.segments, start); i >= 0 && i < page.segments.length; i++) {
    const segment = page.segments[i];
    if (!segment || segment.start >= end) break;
    // Generated text (CSS content) has no node to mark.
    if (!segment.node || isMarked(segment.node) || !segment.node.isConnected) return false;
    pieces.push({ segment, from: Math.max(0, start - segment.start), to: Math.min(segment.length, end - segment.start) });
  }
  // Wrap from the last piece backwards: splitting a node does not move the earlier pieces.
  let lastMark: HTMLElement | undefined;
  for (const piece of pieces.reverse()) {
    const mark = wrap(doc, piece.segment.node as Text, piece.from, piece.to);
    lastMark ??= mark;
  }
  if (!lastMark) return false;
  const tag = doc.createElement('span');
  tag.setAttribute(OWN_MARK_ATTRIBUTE, 'label');
  tag.setAttribute('style', LABEL_STYLE);
  tag.setAttribute('role', 'note');
  tag.textContent = label;
  lastMark.after(tag);
  return true;
}

/** `tel:` links to flagged numbers are struck through and stop dialling on click. */
export function disarmTelLinks(doc: Document, digits: readonly string[], label: string, signal: AbortSignal): void {
  const flagged = new Set(digits.map((d) => d.replace(/\D/g, '').slice(-9)));
  const isFlagged = (a: HTMLAnchorElement): boolean => flagged.has((a.getAttribute('href') ?? '').replace(/\D/g, '').slice(-9));
  for (const a of doc.querySelectorAll<HTMLAnchorElement>('a[href^="tel:" i]')) {
    if (!isFlagged(a) || a.hasAttribute(OWN_MARK_ATTRIBUTE)) continue;
    a.setAttribute(OWN_MARK_ATTRIBUTE, 'tel');
    a.style.setProperty('text-decoration', 'line-through', 'important');
    a.title = label;
  }
  doc.addEventListener(
    'click',
    (event) => {
      const link = (event.target as Element | null)?.closest?.('a[href^="tel:" i]');
      if (link instanceof HTMLAnchorElement && isFlagged(link)) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    },
    { capture: true, signal },
  );
}
