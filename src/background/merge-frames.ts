/**
 * A tab is judged as a whole: the brand can be named in the page and the number shown in an iframe. The
 * top frame's address, title and language lead; the other frames' text is appended in frame order.
 */
import type { BehaviourCounts } from '../core/verdict/behaviour.ts';
import { MAX_QUOTES, MAX_SAMPLE_TEXT, MAX_TEL_LINKS, type PageSample } from '../core/verdict/page-sample.ts';
import type { TabRecord } from './tab-state.ts';

/** A tab's merged sample keeps up to this many frames' worth of text, links and quotes (ads and widgets add frames). */
const FRAMES_KEPT = 4;

const MAX_MERGED_TEXT = FRAMES_KEPT * MAX_SAMPLE_TEXT;

export function mergeSamples(record: TabRecord): PageSample | undefined {
  const frames = Object.entries(record.frames)
    .filter(([, f]) => f.sample !== undefined)
    .sort(([a], [b]) => Number(a) - Number(b));
  const first = frames[0]?.[1].sample;
  if (!first) return undefined;
  const top = record.frames['0']?.sample ?? first;
  let text = '';
  let phoneFields = 0;
  const telLinks: string[] = [];
  const quotes: string[] = [];
  for (const [, frame] of frames) {
    if (!frame.sample) continue;
    if (text.length + frame.sample.text.length <= MAX_MERGED_TEXT) text += (text ? '\n\n' : '') + frame.sample.text;
    telLinks.push(...frame.sample.telLinks);
    phoneFields += frame.sample.phoneFields ?? 0;
    quotes.push(...(frame.sample.quotes ?? []));
  }
  // The page's kind is the top frame's: an embedded article does not make the page around it one.
  const kinds = top.kinds && top.kinds.length > 0 ? { kinds: top.kinds } : {};
  return {
    url: top.url, title: top.title, lang: top.lang, text, telLinks: telLinks.slice(0, FRAMES_KEPT * MAX_TEL_LINKS), phoneFields, ...kinds,
    ...(quotes.length > 0 ? { quotes: quotes.slice(0, FRAMES_KEPT * MAX_QUOTES) } : {}),
  };
}

function originOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Lock-screen acts of the top frame and of frames from its own origin. A frame from elsewhere (an ad, an
 * embed) could otherwise forge the counts and make the page that embeds it look like a lock screen; real
 * lock-screen kits run in the top frame, where the acts take the whole window.
 */
export function mergeBehaviour(record: TabRecord): BehaviourCounts {
  const total: Record<string, number> = {};
  const topOrigin = originOf(record.topUrl ?? record.helloUrl) ?? record.frames['0']?.origin;
  for (const [id, frame] of Object.entries(record.frames)) {
    if (id !== '0' && (frame.origin === undefined || frame.origin !== topOrigin)) continue;
    for (const [signal, count] of Object.entries(frame.behaviour ?? {})) total[signal] = (total[signal] ?? 0) + count;
  }
  return total as BehaviourCounts;
}
