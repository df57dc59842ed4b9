/**
 * Which phone-shaped runs to look at first when a text has more than can be afforded. A page crowded with
 * number-like text (order tables, or a scam page padded with decoys so that its real number falls past a
 * limit) must not have its real number crowded out: runs that a contact word introduces come first, then
 * the rest, each group taken alternately from both ends of the text so that padding at one end cannot push
 * everything else out.
 */
import { CONTACT_CUE } from './contact-cue.ts';
import type { Span } from './number-runs.ts';

/** How far before a run a contact word ("call", "bel", "電話") marks it as one to keep. */
const CUE_LOOKBEHIND = 80;

/** First, last, second, second to last, … */
export function fromBothEnds<T>(items: readonly T[]): T[] {
  const out: T[] = [];
  for (let i = 0, j = items.length - 1; i <= j; i++, j--) {
    out.push(items[i] as T);
    if (j !== i) out.push(items[j] as T);
  }
  return out;
}

const CUE_ANYWHERE = new RegExp(CONTACT_CUE.source, `${CONTACT_CUE.flags}g`);

/**
 * Runs a contact word introduces, and the rest, each in text order. One pass of the cue pattern over the
 * text, not one test per run: a crowded page has tens of thousands of runs.
 */
export function splitByCue<T extends Span>(text: string, runs: readonly T[]): { cued: T[]; rest: T[] } {
  const cues: [start: number, end: number][] = [];
  CUE_ANYWHERE.lastIndex = 0;
  for (let match = CUE_ANYWHERE.exec(text); match; match = CUE_ANYWHERE.exec(text)) {
    cues.push([match.index, match.index + match[0].length]);
    if (match[0].length === 0) CUE_ANYWHERE.lastIndex++;
  }
  const cued: T[] = [];
  const rest: T[] = [];
  let k = 0;
  for (const run of runs) {
    // Cues sorted and disjoint: skip those too far back; the next one is the only candidate.
    while (k < cues.length && (cues[k]?.[0] ?? 0) < run.start - CUE_LOOKBEHIND) k++;
    const cue = cues[k];
    (cue !== undefined && cue[1] <= run.start ? cued : rest).push(run);
  }
  return { cued, rest };
}

export function prioritiseRuns<T extends Span>(text: string, runs: readonly T[]): T[] {
  const { cued, rest } = splitByCue(text, runs);
  return [...fromBothEnds(cued), ...fromBothEnds(rest)];
}
