/**
 * One view per distinct number on the page: where it was written, what the lists say about it, and whether
 * the page presents it as the way to reach someone (next to a brand, after "call", in a `tel:` link, carried
 * in the URL) or merely mentions it. Proximity is measured in characters of visible text.
 */
import type { BrandMention } from '../brands/find-brands.ts';
import type { PhraseHit } from '../language/find-phrases.ts';
import { isInside } from '../language/reported-speech.ts';
import { CONTACT_CUE } from '../phone/contact-cue.ts';
import type { E164 } from '../phone/e164.ts';
import type { ParsedPhone } from '../phone/parse-phone.ts';
import type { Evidence, NumberSource } from './collect-evidence.ts';
import { numberStatus, type NumberLists } from './number-lists.ts';
import type { NumberStatus } from './verdict.ts';

export interface NumberView {
  readonly e164: E164;
  readonly parsed: ParsedPhone;
  readonly written: readonly string[];
  readonly status: NumberStatus;
  readonly sources: ReadonlySet<NumberSource>;
  readonly disguised: boolean;
  readonly nearBrand: boolean;
  readonly nearCue: boolean;
  /** A call to action ("call Microsoft support now") in the page's own voice just before it. */
  readonly nearCall: boolean;
  readonly nearWarning: boolean;
  /** Every place the page writes it is inside a quotation or a sentence about scams. */
  readonly quoted: boolean;
  /** A warning ("do not call", "reported as a scam") stands right beside it. */
  readonly warned: boolean;
}

/** What the page says in its own voice (own-voice.ts): the brands and phrases proximity is measured to. */
export interface Voice {
  readonly brands: readonly BrandMention[];
  readonly phrases: readonly PhraseHit[];
}

const BRAND_DISTANCE = 220;
const CUE_DISTANCE = 60;
const WARNING_DISTANCE = 300;
/** A warning this close labels the number itself ("bel dit nummer niet: …", "… reported 14 times"). */
const WARNED_DISTANCE = 90;

function isNear(offset: number, positions: readonly number[], distance: number): boolean {
  return offset >= 0 && positions.some((p) => Math.abs(p - offset) <= distance);
}

interface Positions {
  readonly brands: readonly number[];
  readonly warnings: readonly number[];
  readonly calls: readonly number[];
  readonly callsToAction: readonly number[];
}

function positionsOf(brands: readonly BrandMention[], phrases: readonly PhraseHit[]): Positions {
  return {
    brands: brands.map((b) => b.start),
    warnings: phrases.filter((p) => p.category === 'warning').map((p) => p.start),
    calls: phrases.filter((p) => p.category === 'callNow' || p.category === 'support').map((p) => p.start),
    callsToAction: phrases.filter((p) => p.category === 'callNow').map((p) => p.start),
  };
}

/** A warning on the same line, right beside the number (a table row, "bel dit nummer niet: …"). */
function isWarnedHere(text: string, offset: number, warnings: readonly number[]): boolean {
  return offset >= 0 && warnings.some((w) => Math.abs(w - offset) <= WARNED_DISTANCE && !text.slice(Math.min(w, offset), Math.max(w, offset)).includes('\n'));
}

function hasCueBefore(text: string, offset: number): boolean {
  return offset >= 0 && CONTACT_CUE.test(text.slice(Math.max(0, offset - CUE_DISTANCE), offset + 20));
}

export function viewNumbers(evidence: Evidence, lists: NumberLists, voice: Voice = evidence): NumberView[] {
  const positions = positionsOf(voice.brands, voice.phrases);
  const byNumber = new Map<E164, { views: Evidence['numbers'][number][] }>();
  for (const found of evidence.numbers) {
    const entry = byNumber.get(found.parsed.e164) ?? { views: [] };
    entry.views.push(found);
    byNumber.set(found.parsed.e164, entry);
  }
  return [...byNumber.entries()].map(([e164, { views }]) => {
    const offsets = views.map((v) => v.offset);
    const sources = new Set(views.map((v) => v.source));
    const first = views[0];
    if (!first) throw new Error('unreachable: a number view without a finding');
    return {
      e164,
      parsed: first.parsed,
      written: [...new Set(views.filter((v) => v.source === 'text').map((v) => v.written))],
      status: numberStatus(e164, lists),
      sources,
      disguised: views.some((v) => v.disguised),
      nearBrand: offsets.some((o) => isNear(o, positions.brands, BRAND_DISTANCE)),
      nearCue:
        sources.has('tel') ||
        offsets.some((o) => hasCueBefore(evidence.text, o) || isNear(o, positions.calls, CUE_DISTANCE * 2)),
      nearCall: offsets.some((o) => positions.callsToAction.some((c) => c <= o && o - c <= CUE_DISTANCE * 2)),
      nearWarning: offsets.some((o) => isNear(o, positions.warnings, WARNING_DISTANCE)),
      quoted: offsets.every((o) => o >= 0 && isInside(evidence.reported, o)),
      warned: offsets.some((o) => isWarnedHere(evidence.text, o, positions.warnings)),
    };
  });
}
