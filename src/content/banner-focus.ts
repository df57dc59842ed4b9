/**
 * When the banner takes keyboard focus. A keyboard user must reach "Leave this page" at once: focus on the
 * headline (a screen reader starts reading there) puts "Leave" one Tab away. Red pages always take it. Amber
 * pages take it too, unless the person is typing into the page at that moment: an amber warning can be wrong,
 * and moving focus out of a field someone is filling in would lose what they type. Focus is taken once per
 * level, so a page whose verdict is re-sent (new numbers, a rescan) cannot make the banner steal it again.
 * In every case the banner is also the first thing in the page's Tab order (banner-keeper.ts).
 */

export type BannerLevel = 'scam' | 'suspicious';

const RANK: Readonly<Record<BannerLevel, number>> = { suspicious: 1, scam: 2 };

function isTyping(doc: Document): boolean {
  const active = doc.activeElement as HTMLElement | null;
  if (!active || active === doc.body || active === doc.documentElement) return false;
  if (active.isContentEditable) return true;
  if (active instanceof (doc.defaultView?.HTMLTextAreaElement ?? HTMLTextAreaElement)) return true;
  if (active instanceof (doc.defaultView?.HTMLInputElement ?? HTMLInputElement)) {
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'image', 'file', 'range', 'color'].includes(active.type);
  }
  return false;
}

/** `focused`: the highest level that already took focus in this document. */
export function shouldTakeFocus(doc: Document, level: BannerLevel, focused: BannerLevel | undefined): boolean {
  if (focused && RANK[focused] >= RANK[level]) return false;
  return level === 'scam' || !isTyping(doc);
}
