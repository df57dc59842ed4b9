/**
 * What to send about a page that passed the gate (gate.ts): the visible text, or on long pages the head and
 * windows of text around each phone-shaped run, so a 1 MB article with one number costs one small message.
 */
import { findNumberRuns, type NumberRun } from '../core/phone/number-runs.ts';
import { MAX_PHONE_FIELDS, MAX_SAMPLE_TEXT, MAX_TEL_LINKS, type PageSample } from '../core/verdict/page-sample.ts';

const HEAD_CHARS = 4096;
const WINDOW_BEFORE = 1500;
const WINDOW_AFTER = 600;
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
}

/** Windows around each run, merged where they overlap, after the head of the page. */
function windowsOf(text: string, runs: readonly NumberRun[], budget: number): string {
  const ranges: [number, number][] = [[0, Math.min(HEAD_CHARS, text.length)]];
  for (const run of runs) {
    const start = Math.max(0, run.start - WINDOW_BEFORE);
    const end = Math.min(text.length, run.end + WINDOW_AFTER);
    const last = ranges[ranges.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else ranges.push([start, end]);
  }
  let out = '';
  for (const [start, end] of ranges) {
    const piece = text.slice(start, end);
    if (out.length + piece.length + 3 > budget) break;
    out += (out ? '\n…\n' : '') + piece;
  }
  return out;
}

export function buildSample(facts: PageFacts): PageSample {
  const attributes = facts.attributeText.slice(0, MAX_ATTRIBUTE_TEXT);
  const budget = MAX_SAMPLE_TEXT - attributes.length - 1;
  const text =
    facts.text.length <= budget ? facts.text : windowsOf(facts.text, findNumberRuns(facts.text), budget);
  return {
    url: facts.url.slice(0, 4096),
    title: facts.title.slice(0, 1024),
    lang: facts.lang.slice(0, 35),
    text: attributes ? `${text}\n${attributes}` : text,
    telLinks: facts.telLinks.slice(0, MAX_TEL_LINKS).map((l) => l.slice(0, 256)),
    phoneFields: Math.min(facts.phoneFields, MAX_PHONE_FIELDS),
  };
}
