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

// The limits below are the sample's size in one home: the content script cuts to them (content/build-sample.ts,
// page-facts.ts, page-kind.ts) and the background refuses a sample past them (shared/validate-message.ts).

/** A quotation is a few sentences; twenty of them cover an article that quotes a scam at length. */
export const MAX_QUOTES = 20;
/** Long enough for a quoted pop-up's whole text; twenty of them still fit within MAX_SAMPLE_TEXT. */
export const MAX_QUOTE_TEXT = 2000;

/**
 * The largest text the background accepts from one frame; the content script samples long pages to fit.
 * 64 KB holds any scam page whole, many times over, and a long page's head with the windows around its
 * numbers (build-sample.ts), while keeping one frame's message small.
 */
export const MAX_SAMPLE_TEXT = 64 * 1024;
/** A contact page lists a handful of numbers; fifty bounds a page that lists hundreds. */
export const MAX_TEL_LINKS = 50;
/** One tel: or messenger link: a number and a few parameters, far below this. */
export const MAX_TEL_LINK_LENGTH = 256;
/** Phone fields are only counted: a call-back funnel has one or two, and fifty says "many" as well as more. */
export const MAX_PHONE_FIELDS = 50;
/** Any address a person can read; longer ones are tracking payloads, of no use to the detector. */
export const MAX_SAMPLE_URL = 4096;
/** A title is one line in a tab; 1 KB is many times what a browser shows of it. */
export const MAX_SAMPLE_TITLE = 1024;
/** BCP 47 (RFC 5646) asks that language tags of up to 35 characters be handled; longer is no language tag. */
export const MAX_SAMPLE_LANG = 35;
