/**
 * Gathers what build-sample.ts needs from the live document: the address, title and language, the text
 * (read-page.ts), `tel:` links, the short texts of alt, title and aria-label attributes, and how many fields
 * ask for a phone number. The elements come from one query for all of them: one selector match over the
 * document, not one per kind.
 */
import type { PageFacts } from './build-sample.ts';
// Phone fields are only counted, never read: what a user types is theirs.
import { PHONE_FIELD, TEL_LINK } from './gate.ts';
import { OWN_MARK_ATTRIBUTE, readPage, visibleOnly, type PageText } from './read-page.ts';

const MAX_LINKS = 50;
const MAX_ATTRIBUTES = 200;

const LABELLED = `[aria-label]:not([${OWN_MARK_ATTRIBUTE}]),[title]:not([${OWN_MARK_ATTRIBUTE}]),img[alt]`;

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
  for (const element of doc.querySelectorAll(`${TEL_LINK},${PHONE_FIELD},${LABELLED}`)) {
    if (element.localName === 'input') {
      if (element.matches(PHONE_FIELD)) phoneFields++;
    } else if (element.localName === 'a' && telLinks.length < MAX_LINKS && element.matches(TEL_LINK)) {
      telLinks.push(element.getAttribute('href') ?? '');
    }
    if (values.length >= MAX_ATTRIBUTES || element.hasAttribute(OWN_MARK_ATTRIBUTE)) continue;
    for (const name of ['alt', 'title', 'aria-label']) {
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
  return { url, title: doc.title, lang: doc.documentElement.lang || '', text, ...elementFacts(doc) };
}

/** The second, careful read for pages that passed the gate: only what is really visible. */
export function readVisibleFacts(doc: Document, url: string): ReadResult {
  return readFacts(doc, url, visibleOnly(readPage(doc.body ?? doc.documentElement)));
}
