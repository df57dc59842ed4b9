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
}

/** The largest text the background accepts from one frame; the content script samples long pages to fit. */
export const MAX_SAMPLE_TEXT = 64 * 1024;
export const MAX_TEL_LINKS = 50;
export const MAX_PHONE_FIELDS = 50;
