/**
 * What the content script sends about a page: only what the detector needs, bounded in size. The text is the
 * visible text (or, on long pages, windows around phone-shaped runs); `telLinks` are `tel:` hrefs, which a
 * page can show as an icon with no digits in the text at all.
 */

export interface PageSample {
  readonly url: string;
  readonly title: string;
  /** The document's `lang` attribute, possibly empty. */
  readonly lang: string;
  readonly text: string;
  readonly telLinks: readonly string[];
  /** Form fields that ask for the visitor's phone number: scam funnels that call you back instead. */
  readonly phoneFields: number;
  /**
   * What the page's markup says it is (og:type, schema.org types, article and byline markup): a news article,
   * a discussion, a reference work. Page-written, so it only ever lets *quoted* scam language count less
   * (core/language/reported-speech.ts); it never lowers what the page says in its own voice.
   */
  readonly kinds?: readonly PageKind[];
  /** Texts of the page's quotation elements (`blockquote`, `q`), each cut to MAX_QUOTE_TEXT. */
  readonly quotes?: readonly string[];
}

export type PageKind = 'article' | 'discussion' | 'reference';
export const PAGE_KINDS: readonly PageKind[] = ['article', 'discussion', 'reference'];
export const MAX_QUOTES = 20;
export const MAX_QUOTE_TEXT = 2000;

/** The largest text the background accepts from one frame; the content script samples long pages to fit. */
export const MAX_SAMPLE_TEXT = 64 * 1024;
export const MAX_TEL_LINKS = 50;
export const MAX_PHONE_FIELDS = 50;
