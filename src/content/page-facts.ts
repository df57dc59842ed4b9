/**
 * Gathers what build-sample.ts needs from the live document: the address, title and language, the text
 * (read-page.ts), `tel:` links, the short texts of alt, title and aria-label attributes, and how many fields
 * ask for a phone number. The elements come from one query for all of them: one selector match over the
 * document, not one per kind.
 */
import type { PageFacts } from './build-sample.ts';
// Phone fields are only counted, never read: what a user types is theirs.
import { MESSENGER_LINK, PHONE_FIELD, TEL_LINK } from './gate.ts';
import { pageKinds, pageQuotes } from './page-kind.ts';
import { OWN_MARK_ATTRIBUTE, readPage, visibleOnly, type PageText } from './read-page.ts';
import { readingAids, visualText } from './visual-text.ts';

const MAX_LINKS = 50;
const MAX_ATTRIBUTES = 200;

const LABELLED = `[aria-label]:not([${OWN_MARK_ATTRIBUTE}]),[title]:not([${OWN_MARK_ATTRIBUTE}]),img[alt]`;
/**
 * Text the page itself wrote into form controls: button labels (`<input type=button value=…>`), preset values
 * and placeholders, a `<textarea>`'s preset text. Attributes and default text only: what a user types
 * changes the live value, never these.
 */
const FORM_TEXT = 'input[value]:not([type="hidden" i]):not([type="password" i]),input[placeholder],textarea';

interface ElementFacts {
  readonly telLinks: string[];
  readonly attributeText: string;
  readonly phoneFields: number;
}

export function phoneFieldCount(root: ParentNode): number {
  return root.querySelectorAll(PHONE_FIELD).length;
}

function elementFacts(doc: Document): ElementFacts {
  const telLinks: string[] = [];
  const values: string[] = [];
  let phoneFields = 0;
  for (const element of doc.querySelectorAll(`${TEL_LINK},${MESSENGER_LINK},${PHONE_FIELD},${LABELLED},${FORM_TEXT}`)) {
    if (element.localName === 'input') {
      if (element.matches(PHONE_FIELD)) phoneFields++;
    } else if (element.localName === 'a' && telLinks.length < MAX_LINKS && (element.matches(TEL_LINK) || element.matches(MESSENGER_LINK))) {
      telLinks.push(element.getAttribute('href') ?? '');
    }
    if (values.length >= MAX_ATTRIBUTES || element.hasAttribute(OWN_MARK_ATTRIBUTE)) continue;
    if (element.localName === 'textarea') values.push((element.textContent ?? '').trim().slice(0, 300));
    for (const name of ['alt', 'title', 'aria-label', 'value', 'placeholder']) {
      if ((name === 'value' || name === 'placeholder') && element.localName !== 'input') continue;
      const value = element.getAttribute(name)?.trim();
      if (value && value.length <= 300) values.push(value);
    }
  }
  return { telLinks, attributeText: values.join('\n'), phoneFields };
}

export interface ReadResult {
  readonly facts: PageFacts;
  readonly page: PageText;
}

export function readFacts(doc: Document, url: string, page: PageText): ReadResult {
  return { page, facts: factsWithText(doc, url, page.text) };
}

export function factsWithText(doc: Document, url: string, text: string): PageFacts {
  return {
    url, title: doc.title, lang: doc.documentElement.lang || '', text: visualText(doc, text), ...elementFacts(doc),
    kinds: pageKinds(doc), quotes: pageQuotes(doc),
  };
}

/** The second, careful read for pages that passed the gate: only what is really visible. */
export function readVisibleFacts(doc: Document, url: string): ReadResult {
  const root = doc.body ?? doc.documentElement;
  return readFacts(doc, url, visibleOnly(readPage(root, Number.POSITIVE_INFINITY, readingAids(doc))));
}
