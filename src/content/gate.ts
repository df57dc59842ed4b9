/**
 * The gate every page passes through, at the cost of reading its text once: the document's textContent
 * (one native call, no per-node work in the extension's world), the regex scan of core/phone/number-runs,
 * and three native selector queries. A page with no phone-shaped run, no tel: link, no phone field, no
 * digits in alt/title/aria-label, no number in its address and no alarming title goes no further: none of
 * its text is sampled or sent (the top frame's hello only names the document to the background).
 *
 * textContent also holds hidden text and script text, and joins block elements without a space. That can
 * only open the gate for a page that then turns out clean; it never closes it on a number the page shows.
 * Open shadow roots are not in textContent: when the page-world script has seen one attached, the caller
 * reads the page the slow way instead.
 */
import { hasNumberRun } from '../core/phone/number-runs.ts';
import { findSpelledNumbers } from '../core/phone/spelled-numbers.ts';
import { numbersInUrl } from '../core/phone/url-numbers.ts';
import { VANITY_HINT } from '../core/phone/vanity-numbers.ts';
import { titleNamesBrand } from './title-brand.ts';
import type { ChangedPart } from './watch-page.ts';

const TEL_HREF = '[href^="tel:" i]';
export const TEL_LINK = `a${TEL_HREF}`;
/**
 * A `tel:` or WhatsApp link, in one query: one pass over the page where two cost each engine another pass
 * (on the bench's 1 MB article, 0.30 ms against 0.43 in Chromium and 0.35 against 0.51 in Firefox).
 */
const CONTACT_LINK = `a:is(${TEL_HREF},[href*="wa.me/" i])`;
/**
 * Joined when the script starts rather than written as one literal: the minifier copies a constant string into
 * every place it is used, and this one is used in four (1.1 KB more for every frame to parse).
 */
export const PHONE_FIELD = [
  'type="tel"', 'name*="phone"', 'id*="phone"', 'placeholder*="phone"', 'autocomplete="tel"', 'name="number"', 'name*="telef"',
  'id*="telef"', 'placeholder*="telef"', 'placeholder*="nummer"', 'placeholder*="number"', 'placeholder*="número"', 'placeholder*="numero"',
].map((test) => `input[${test} i]`).join(',');
/**
 * Only pages this short are searched for vanity numbers and numbers in words, or have their title searched
 * for every brand of the lexicon: scam pages are short, and long honest pages (articles, documentation) should
 * not pay for searches that only scam pages need.
 */
const SHORT_PAGE_CHARS = 32_768;

const LABEL_ATTRIBUTES = ['alt', 'title', 'aria-label'] as const;
// One native query per attribute, testing the values in JS: cheaper than thirty `[alt*="0"]`-style substring
// selectors (0.7 ms against 5.7 ms on a 1 MB article in Chromium), and than one `[alt],[title],[aria-label]`
// list, which both engines test element by element against each selector: over a 10,000-item list, 0.34 ms
// in Firefox and 0.5 ms in Chromium for the list against 0.04 and 0.16 ms for each single query.
const LABEL_QUERIES = LABEL_ATTRIBUTES.map((name) => [name, `[${name}]`] as const);

export function labelsHaveNumber(root: ParentNode): boolean {
  for (const [name, selector] of LABEL_QUERIES) {
    for (const element of root.querySelectorAll(selector)) {
      const value = element.getAttribute(name);
      if (value && hasNumberRun(value)) return true;
    }
  }
  return false;
}

/**
 * A `tel:` or WhatsApp link or a phone field under `root`. Not one list of seven selectors, which both
 * engines test against every element under the root (0.8 ms in Firefox and 1.2 ms in Chromium over a
 * 10,000-item list, on every check of a growing feed): one query led by a tag name, which rejects an element
 * at once (0.06 and 0.03 ms), and the inputs by tag, which pages have few of.
 */
function hasPhoneChannel(root: Element | Document): boolean {
  if (root.querySelector(CONTACT_LINK)) return true;
  for (const input of root.getElementsByTagName('input')) {
    if (input.matches(PHONE_FIELD)) return true;
    // A button's label or a preset value the page wrote ("Call 0800 …" on an <input type=button>).
    const value = input.getAttribute('value');
    if (value && hasNumberRun(value)) return true;
  }
  return false;
}

export function nodeBringsCandidate(node: Node): boolean {
  return hasNumberRun(node.textContent ?? '', true) || elementBringsChannel(node);
}

/** A tel: link or phone field at or under `node`, or a label with a number: native queries, no text read. */
function elementBringsChannel(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const element = node as Element;
  if (element.matches(TEL_LINK) || element.matches(PHONE_FIELD) || hasPhoneChannel(element)) return true;
  return LABEL_ATTRIBUTES.some((name) => hasNumberRun(element.getAttribute(name) ?? '')) || labelsHaveNumber(element);
}

/**
 * Text just before appended nodes that is read with them, so that a number cannot slip through by arriving
 * in pieces ("020 555" now, "0199" in the next batch). A number and its separators fit in far less.
 */
const TAIL_CHARS = 512;
/** Siblings walked back to find that text; a page that needs more gets its whole node read. */
const TAIL_SIBLINGS = 32;

function textBefore(from: Node): string | undefined {
  const pieces: string[] = [];
  let length = 0;
  let sibling = from.previousSibling;
  // Whitespace collapsed, so that padding (a line break and hundreds of spaces, which still reads as one
  // separator) cannot push the first piece out of the tail. Each sibling's text is collapsed once, on its
  // own: where two pieces meet, two spaces may remain, which the raw-text scan reads as one separator.
  for (let steps = 0; sibling && length < TAIL_CHARS; steps++, sibling = sibling.previousSibling) {
    if (steps === TAIL_SIBLINGS) return undefined;
    const piece = (sibling.textContent ?? '').replace(/\s+/g, ' ');
    pieces.push(piece);
    length += piece.length;
  }
  return pieces.reverse().join('').slice(-TAIL_CHARS);
}

/**
 * Whether a changed part of the page brings something phone-shaped. For nodes appended at the end of a
 * parent only the new text (and the tail of the text before it) is read: one native Range read, however
 * long the list it joins; the parent's links, fields and labels are still looked up with native queries.
 */
export function partBringsCandidate({ node, from }: ChangedPart): boolean {
  const doc = node.ownerDocument;
  if (!from || !doc || from.parentNode !== node) return nodeBringsCandidate(node);
  const tail = textBefore(from);
  if (tail === undefined) return nodeBringsCandidate(node);
  const range = doc.createRange();
  range.setStartBefore(from);
  range.setEnd(node, node.childNodes.length);
  return hasNumberRun(tail + range.toString(), true) || elementBringsChannel(node);
}

/**
 * A title that names a brand fake helpdesks pose as, or sounds an alarm. Scam pages that show their number
 * only as a picture, a canvas or CSS-generated text have no phone-shaped run at all; their title still says
 * "Windows Defender Security Center". Testing the title costs nothing, and a title that opens the gate on an
 * honest page only costs it one local judgement. Beyond the alarm words and the brands below, every brand of
 * the lexicon opens it away from the brand's own sites (title-brand.ts).
 */
const ALARMING_TITLE =
  /microsoft|windows|defender|apple|icloud|mcafee|norton|avast|bitdefender|kaspersky|paypal|secur|sécurité|sicherheit|beveilig|alert|alerte|warn|waarschuw|avertissement|virus|malware|blocked|locked|geblokkeerd|vergrendeld|gesperrt|bloqué|verrouillé|helpdesk|seguridad|sicurezza|segurança|advertencia|avviso|aviso|bloquead|bloccat|警告|ウイルス|セキュリティ|サポート/i;

/** `text`: the page text to scan, when the caller already has it (shadow-root pages read the slow way). */
export function pageNeedsDetector(doc: Document, url: string, text?: string): boolean {
  const root = doc.body ?? doc.documentElement;
  if (!root) return false;
  if (ALARMING_TITLE.test(doc.title)) return true;
  const content = text ?? root.textContent ?? '';
  if (hasNumberRun(doc.title, true) || hasNumberRun(content, true)) return true;
  // Numbers without a phone-shaped run of digits (keypad letters, words): looked for on short pages only,
  // which is where scam pages are; on a 1 MB article the keypad pattern alone cost a quarter of a millisecond.
  if (content.length <= SHORT_PAGE_CHARS && (VANITY_HINT.test(content) || findSpelledNumbers(content, 1).length > 0)) return true;
  if (hasPhoneChannel(doc)) return true;
  // Last, as the dearest of the title checks on first use: pages with a number never pay for it, nor do long
  // pages (the alarming-title pattern above still covers the brands kits use most, on pages of any length).
  return labelsHaveNumber(doc) || numbersInUrl(url).length > 0 || (content.length <= SHORT_PAGE_CHARS && titleNamesBrand(doc.title, url));
}
