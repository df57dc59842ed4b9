/**
 * Gathers what build-sample.ts needs from the live document: the address, title and language, the text
 * (read-page.ts), `tel:` links, the short texts of alt, title and aria-label attributes, and how many fields
 * ask for a phone number. The elements come from one query for all of them: one selector match over the
 * document, not one per kind.
 */
import type { PageFacts } from './build-sample.ts';
// Phone fields are only counted, never read: what a user types is theirs.
import { MESSENGER_LINK_PATTERN } from '../core/phone/messenger-links.ts';
import { MAX_SAMPLE_TEXT, MAX_TEL_LINKS } from '../core/verdict/page-sample.ts';
import { PHONE_FIELD, TEL_LINK } from './gate.ts';
import { pageKinds, pageQuotes } from './page-kind.ts';
import { OWN_MARK_ATTRIBUTE, readPage, visibleOnly, type PageText } from './read-page.ts';
import { readingAids, visualText } from './visual-text.ts';

/** Labels kept: enough for a scam page's buttons and pictures, not every icon of a page of tables. */
const MAX_ATTRIBUTES = 200;
/** One label or preset text: a button's words or a picture's caption; a longer one is prose, read as text. */
const MAX_LABEL_TEXT = 300;

const LABELLED = `[aria-label]:not([${OWN_MARK_ATTRIBUTE}]),[title]:not([${OWN_MARK_ATTRIBUTE}]),img[alt]`;
/** Links looked at for messenger contacts; a page with more is not a scam page's size. */
const MAX_ANCHORS = 5000;

interface ElementFacts {
  readonly telLinks: string[];
  readonly attributeText: string;
  readonly phoneFields: number;
}

export function phoneFieldCount(root: ParentNode): number {
  return root.querySelectorAll(PHONE_FIELD).length;
}

function pushLabel(values: string[], value: string | null | undefined): void {
  const trimmed = value?.trim();
  if (trimmed && trimmed.length <= MAX_LABEL_TEXT && values.length < MAX_ATTRIBUTES) values.push(trimmed);
}

/**
 * Text the page itself wrote into form controls: button labels (`<input type=button value=…>`), preset values
 * and placeholders, a `<textarea>`'s preset text. Attributes and default text only: what a user types
 * changes the live value, never these. Also counts the fields that ask for a phone number. By tag name, not
 * in the selector list below: every selector added to a list is tested against every element of the page
 * (on the table page the longer list cost 3 ms more in Chromium's profiler).
 */
function formFacts(doc: Document, values: string[]): number {
  let phoneFields = 0;
  for (const input of doc.getElementsByTagName('input')) {
    if (input.matches(PHONE_FIELD)) phoneFields++;
    if (input.hasAttribute(OWN_MARK_ATTRIBUTE)) continue;
    const type = (input.getAttribute('type') ?? '').toLowerCase();
    if (type !== 'hidden' && type !== 'password') pushLabel(values, input.getAttribute('value'));
    pushLabel(values, input.getAttribute('placeholder'));
  }
  for (const area of doc.getElementsByTagName('textarea')) pushLabel(values, (area.textContent ?? '').slice(0, MAX_LABEL_TEXT));
  return phoneFields;
}

/** WhatsApp, Viber, Skype, Messenger and Telegram links (core/phone/messenger-links.ts), by tag name. */
function messengerLinks(doc: Document, telLinks: string[]): void {
  const anchors = doc.getElementsByTagName('a');
  for (let i = 0; i < Math.min(anchors.length, MAX_ANCHORS) && telLinks.length < MAX_TEL_LINKS; i++) {
    const href = anchors[i]?.getAttribute('href');
    if (href && MESSENGER_LINK_PATTERN.test(href)) telLinks.push(href);
  }
}

function elementFacts(doc: Document): ElementFacts {
  const telLinks: string[] = [];
  const values: string[] = [];
  for (const element of doc.querySelectorAll(`${TEL_LINK},${LABELLED}`)) {
    if (element.localName === 'a' && telLinks.length < MAX_TEL_LINKS && element.matches(TEL_LINK)) {
      telLinks.push(element.getAttribute('href') ?? '');
    }
    if (values.length >= MAX_ATTRIBUTES || element.hasAttribute(OWN_MARK_ATTRIBUTE)) continue;
    for (const name of ['alt', 'title', 'aria-label']) pushLabel(values, element.getAttribute(name));
  }
  messengerLinks(doc, telLinks);
  const phoneFields = formFacts(doc, values);
  return { telLinks, attributeText: values.join('\n'), phoneFields };
}

export interface ReadResult {
  readonly facts: PageFacts;
  readonly page: PageText;
}

export function readFacts(doc: Document, url: string, page: PageText): ReadResult {
  return { page, facts: factsWithText(doc, url, page.text) };
}

/**
 * The page's kind and quotations tell core when quoted scam words may be set aside. Only pages sent whole
 * (up to the sample's size) need them: a longer page is sampled around its numbers, and its quotations could
 * not be found in the sample anyway. That spares pages of tables their cost (1.5 ms and 0.7 ms on the
 * bench's table page).
 */
function kindFacts(doc: Document, text: string): Pick<PageFacts, 'kinds' | 'quotes'> {
  return text.length <= MAX_SAMPLE_TEXT ? { kinds: pageKinds(doc), quotes: pageQuotes(doc) } : {};
}

export function factsWithText(doc: Document, url: string, text: string): PageFacts {
  return { url, title: doc.title, lang: doc.documentElement.lang || '', text: visualText(doc, text), ...elementFacts(doc), ...kindFacts(doc, text) };
}

/** The second, careful read for pages that passed the gate: only what is really visible. */
export function readVisibleFacts(doc: Document, url: string): ReadResult {
  const root = doc.body ?? doc.documentElement;
  return readFacts(doc, url, visibleOnly(readPage(root, Number.POSITIVE_INFINITY, readingAids(doc))));
}
