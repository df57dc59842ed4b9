/**
 * Gathers what build-sample.ts needs from the live document: the address, title and language, the text
 * (read-page.ts), `tel:` links, and the short texts of alt, title and aria-label attributes.
 */
import { OWN_MARK_ATTRIBUTE, readPage, visibleOnly, type PageText } from './read-page.ts';
import type { PageFacts } from './build-sample.ts';

const MAX_LINKS = 50;
const MAX_ATTRIBUTES = 200;

export function telLinks(doc: Document): string[] {
  const links: string[] = [];
  for (const a of doc.querySelectorAll<HTMLAnchorElement>('a[href^="tel:" i]')) {
    if (links.length >= MAX_LINKS) break;
    links.push(a.getAttribute('href') ?? '');
  }
  return links;
}

export function attributeText(doc: Document): string {
  const values: string[] = [];
  const elements = doc.querySelectorAll(`[aria-label]:not([${OWN_MARK_ATTRIBUTE}]),[title]:not([${OWN_MARK_ATTRIBUTE}]),img[alt]`);
  for (let i = 0; i < elements.length && values.length < MAX_ATTRIBUTES; i++) {
    const element = elements[i];
    for (const name of ['alt', 'title', 'aria-label']) {
      const value = element?.getAttribute(name)?.trim();
      if (value && value.length <= 300) values.push(value);
    }
  }
  return values.join('\n');
}

// Fields that ask for the visitor's phone number. Only counted, never read: what a user types is theirs.
const PHONE_FIELD = 'input[type="tel" i],input[name*="phone" i],input[id*="phone" i],input[placeholder*="phone" i],input[autocomplete="tel" i],input[name="number" i]';

export function phoneFieldCount(root: ParentNode): number {
  return root.querySelectorAll(PHONE_FIELD).length;
}

export interface ReadResult {
  readonly facts: PageFacts;
  readonly page: PageText;
}

export function readFacts(doc: Document, url: string, page: PageText): ReadResult {
  return {
    page,
    facts: {
      url,
      title: doc.title,
      lang: doc.documentElement.lang || '',
      text: page.text,
      telLinks: telLinks(doc),
      attributeText: attributeText(doc),
      phoneFields: phoneFieldCount(doc),
    },
  };
}

/** The second, careful read for pages that passed the gate: only what is really visible. */
export function readVisibleFacts(doc: Document, url: string): ReadResult {
  return readFacts(doc, url, visibleOnly(readPage(doc.body ?? doc.documentElement)));
}
