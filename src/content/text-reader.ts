/**
 * Reads what a page shows, and builds the sample sent about it. Visible text comes from the browser's own
 * innerText (rendered text, block breaks, no per-node work here); pages with open shadow roots, with text
 * innerText misses or reads differently in each browser (CSS generated text, SVG text pieces: visual-text.ts),
 * or with enormous text are read with the sliced walker instead (read-page.ts), which is also what finds the
 * text nodes to mark once a verdict asks for it (verdict-view.ts). A page built of tiny pieces placed by CSS
 * is read as it is laid out (visual-order.ts).
 */
import { MAX_SAMPLE_TEXT, type PageSample } from '../core/verdict/page-sample.ts';
import { afterNextFrame } from './after-frame.ts';
import { buildSample } from './build-sample.ts';
import { factsWithText } from './page-facts.ts';
import { PageReader, VisibleFilter, type PageText } from './read-page.ts';
import { inSlices } from './slices.ts';
import { visualReading } from './visual-order.ts';
import { readingAids, type ReadingAids } from './visual-text.ts';

/**
 * A page with more text than this is read in slices, not in one innerText call that could hold the page:
 * twice the bench's 1 MB article, which one call reads (docs/performance.md); text dumps of many megabytes
 * (the 20 MB flood fixture) are what the slices are for.
 */
export const MAX_INNER_TEXT = 2_000_000;
/**
 * Pages with more text than this are not searched for CSS generated text or SVG text (visual-text.ts): scam
 * pages are far shorter, and a page of tables has no use for the search (0.8 ms of the table page's profile).
 */
export const MAX_AIDED_TEXT = 100_000;

export class TextReader {
  /** The page-world script saw an open shadow root attached: textContent and innerText miss its text. */
  hasShadowRoots = false;
  readonly #doc: Document;

  constructor(
    private readonly win: Window,
    private readonly signal: AbortSignal,
  ) {
    this.#doc = win.document;
  }

  /** The sliced walker: text with its nodes, optionally only what is visible; undefined once aborted. */
  async walk(visibleOnly: boolean, aids?: ReadingAids): Promise<PageText | undefined> {
    const doc = this.#doc;
    const reader = new PageReader(doc.body ?? doc.documentElement, Number.POSITIVE_INFINITY, aids ?? (this.hasShadowRoots ? readingAids(doc, true) : undefined));
    if (!(await inSlices(this.win, this.signal, (shouldYield) => reader.run(shouldYield)))) return undefined;
    if (!visibleOnly) return reader.result();
    const filter = new VisibleFilter(reader.result());
    return (await inSlices(this.win, this.signal, (shouldYield) => filter.run(shouldYield))) ? filter.result() : undefined;
  }

  /**
   * innerText where it reads the page as the user sees it, the walker where it does not. `textLength`: the
   * length of the page's textContent when the caller has just read it (the gate has); reading it again
   * costs a long page a second walk of its text (about 1 ms on the bench's table page).
   */
  async visibleText(textLength?: number): Promise<string | undefined> {
    const doc = this.#doc;
    const root = doc.body ?? doc.documentElement;
    const length = textLength ?? root.textContent?.length ?? 0;
    const aids = this.hasShadowRoots || length <= MAX_AIDED_TEXT ? readingAids(doc, this.hasShadowRoots) : undefined;
    if (!aids && !this.hasShadowRoots && root instanceof HTMLElement && length <= MAX_INNER_TEXT) {
      await afterNextFrame(this.win);
      return this.signal.aborted ? undefined : root.innerText;
    }
    return (await this.walk(true, aids))?.text;
  }

  /** What to send about the page at `url`, or undefined when the read was cut short. */
  async sample(url: string, textLength?: number): Promise<PageSample | undefined> {
    const read = await this.visibleText(textLength);
    if (read === undefined) return undefined;
    const text = visualReading(this.#doc, read.length) ?? read;
    // Reading a long page's text (a layout) and choosing what to send from it are two tasks, not one long one.
    if (text.length > MAX_SAMPLE_TEXT) await new Promise((resume) => this.win.setTimeout(resume, 0));
    if (this.signal.aborted) return undefined;
    return buildSample(factsWithText(this.#doc, url, text));
  }
}
