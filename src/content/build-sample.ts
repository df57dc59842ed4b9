/**
 * What to send about a page that passed the gate (gate.ts): the visible text, or on long pages the head and
 * windows of text around each phone-shaped run, so a 1 MB article with one number costs one small message.
 */
import { phoneShapedSpans, type Span } from '../core/phone/number-runs.ts';
import { splitByCue } from '../core/phone/prioritise-runs.ts';
import {
  MAX_PHONE_FIELDS, MAX_SAMPLE_LANG, MAX_SAMPLE_TEXT, MAX_SAMPLE_TITLE, MAX_SAMPLE_URL, MAX_TEL_LINK_LENGTH, MAX_TEL_LINKS,
  type PageKind, type PageSample,
} from '../core/verdict/page-sample.ts';

/** The head of a long page: its heading, menu and opening lines, where a scam page names its brand and alarm. */
const HEAD_CHARS = 4096;
/** Around each number: the paragraph before it (the brand, the claim) and the line after it (the hours, a name). */
const WINDOW_BEFORE = 1500;
const WINDOW_AFTER = 600;
/** Windows on a page too crowded with runs for the generous ones: still room for the brand and a cue. */
const NARROW_BEFORE = 300;
const NARROW_AFTER = 120;
/** Phone-shaped spans looked at on a crowded page: enough for any real page, one native pass to find. */
const MAX_SAMPLE_RUNS = 50_000;
/** alt, title and aria-label texts (page-facts.ts keeps up to 200 short ones); a sixteenth of the sample at most. */
const MAX_ATTRIBUTE_TEXT = 4096;

export interface PageFacts {
  readonly url: string;
  readonly title: string;
  readonly lang: string;
  readonly text: string;
  readonly telLinks: readonly string[];
  /** alt, title and aria-label texts, which can carry a number with no digits in the visible text. */
  readonly attributeText: string;
  readonly phoneFields: number;
  readonly kinds?: readonly PageKind[];
  readonly quotes?: readonly string[];
}

type Range = [start: number, end: number];

/** Sorted and merged where they overlap or touch. */
function merge(ranges: Range[]): Range[] {
  ranges.sort((a, b) => a[0] - b[0]);
  const out: Range[] = [];
  for (const range of ranges) {
    const last = out[out.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else out.push([range[0], range[1]]);
  }
  return out;
}

const SEPARATOR = '\n…\n';
const joined = (text: string, ranges: readonly Range[]): string => ranges.map(([a, b]) => text.slice(a, b)).join(SEPARATOR);
const lengthOf = (ranges: readonly Range[]): number => ranges.reduce((sum, [a, b]) => sum + (b - a) + SEPARATOR.length, 0);

/**
 * The head of the page and windows around each run. Most long pages have few runs and get generous windows
 * (the brand and the claim are usually within them). A page crowded with number-like text (order tables, or a
 * scam page padded with decoys so that its real number falls outside the limit) gets narrow windows instead:
 * first around runs a contact word introduces, then around the rest, each taken from both ends of the page
 * inwards (prioritise-runs.ts), so that padding cannot crowd out the number that matters.
 */
function windowsOf(text: string, runs: readonly Span[], budget: number): string {
  const head: Range = [0, Math.min(HEAD_CHARS, text.length)];
  const around = (run: Span, before: number, after: number): Range => [Math.max(0, run.start - before), Math.min(text.length, run.end + after)];
  const wide = wideWindows(head, runs, (run) => around(run, WINDOW_BEFORE, WINDOW_AFTER), budget);
  if (wide) return joined(text, wide);

  const { cued, rest } = splitByCue(text, runs);
  const chosen: Range[] = [head];
  let left = budget - lengthOf(chosen);
  for (const group of [cued, rest]) {
    left = takeFromBothEnds(group.map((run) => around(run, NARROW_BEFORE, NARROW_AFTER)), left, chosen);
  }
  return joined(text, merge(chosen));
}

/**
 * The head and the generous windows merged, or undefined as soon as they need more than `budget`. The
 * windows come in text order (runs are found front to back), so one pass merges them without sorting, and a
 * crowded page (ten thousand runs) gives up after the first few dozen instead of merging them all.
 */
function wideWindows(head: Range, runs: readonly Span[], around: (run: Span) => Range, budget: number): Range[] | undefined {
  const out: Range[] = [[head[0], head[1]]];
  let length = lengthOf(out);
  for (const run of runs) {
    const [a, b] = around(run);
    const last = out[out.length - 1] as Range;
    if (a <= last[1]) {
      length += Math.max(0, b - last[1]);
      last[1] = Math.max(last[1], b);
    } else {
      out.push([a, b]);
      length += b - a + SEPARATOR.length;
    }
    if (length > budget) return undefined;
  }
  return out;
}

/**
 * Adds windows (in text order) to `chosen` alternately from both ends until `budget` characters are used, and
 * returns what is left. Neighbouring windows overlap, so each is charged only for what it adds beyond the
 * last window taken from its side; overlaps with other groups are charged twice, which only errs on the side
 * of a shorter sample. Linear, so a page of fifty thousand runs costs no more than reading them.
 */
function takeFromBothEnds(windows: readonly Range[], budget: number, chosen: Range[]): number {
  let left = budget;
  let leftEdge = -1;
  let rightEdge = Number.POSITIVE_INFINITY;
  for (let i = 0, j = windows.length - 1; i <= j; i++, j--) {
    const [a, b] = windows[i] as Range;
    const cost = Math.max(0, b - Math.max(a, leftEdge)) + (a >= leftEdge ? SEPARATOR.length : 0);
    if (cost > left) break;
    chosen.push([a, b]);
    left -= cost;
    leftEdge = Math.max(leftEdge, b);
    if (j === i) break;
    const [c, d] = windows[j] as Range;
    const costRight = Math.max(0, Math.min(d, rightEdge) - c) + (d <= rightEdge ? SEPARATOR.length : 0);
    if (costRight > left) break;
    chosen.push([c, d]);
    left -= costRight;
    rightEdge = Math.min(rightEdge, c);
  }
  return left;
}

export function buildSample(facts: PageFacts): PageSample {
  const attributes = facts.attributeText.slice(0, MAX_ATTRIBUTE_TEXT);
  const budget = MAX_SAMPLE_TEXT - attributes.length - 1;
  const text =
    facts.text.length <= budget ? facts.text : windowsOf(facts.text, phoneShapedSpans(facts.text, MAX_SAMPLE_RUNS), budget);
  return {
    url: facts.url.slice(0, MAX_SAMPLE_URL),
    title: facts.title.slice(0, MAX_SAMPLE_TITLE),
    lang: facts.lang.slice(0, MAX_SAMPLE_LANG),
    text: attributes ? `${text}\n${attributes}` : text,
    telLinks: facts.telLinks.slice(0, MAX_TEL_LINKS).map((l) => l.slice(0, MAX_TEL_LINK_LENGTH)),
    phoneFields: Math.min(facts.phoneFields, MAX_PHONE_FIELDS),
    ...(facts.kinds && facts.kinds.length > 0 ? { kinds: facts.kinds } : {}),
    ...(facts.quotes && facts.quotes.length > 0 ? { quotes: facts.quotes } : {}),
  };
}
