/**
 * Reads a page sample into evidence: the phone numbers (from text, `tel:` links and the URL), the brands
 * named, and the phrases used, each with its position so the scorer can tell a number *presented as the way
 * to reach a brand* from a number somewhere on the page.
 */
import type { CountryCode } from 'libphonenumber-js/max';
import { findBrands, type BrandMention } from '../brands/find-brands.ts';
import { detectLanguage } from '../language/detect-language.ts';
import { findPhrases, type PhraseHit } from '../language/find-phrases.ts';
import { quotationSpans, reportedSpans, type TextSpan } from '../language/reported-speech.ts';
import { messengerContact } from '../phone/messenger-links.ts';
import { hasPhoneCue, isLabelledAsOtherNumber, looksLikeBookCode } from '../phone/number-context.ts';
import { findNumberRuns } from '../phone/number-runs.ts';
import { parsePhones, type ParsedPhone } from '../phone/parse-phone.ts';
import { prioritiseRuns } from '../phone/prioritise-runs.ts';
import { regionsForPage } from '../phone/regions.ts';
import { findSpelledNumbers } from '../phone/spelled-numbers.ts';
import { numbersInUrl } from '../phone/url-numbers.ts';
import { findVanityNumbers } from '../phone/vanity-numbers.ts';
import { toVisualOrder } from '../text/bidi-visual.ts';
import { foldLookalikes } from '../text/fold-lookalikes.ts';
import { hostOf } from '../web/host-of.ts';
import type { PageKind, PageSample } from './page-sample.ts';

export type NumberSource = 'text' | 'tel' | 'url';

export interface FoundNumber {
  readonly parsed: ParsedPhone;
  /** As the page wrote it (digits in the page's own characters). */
  readonly written: string;
  /** Offset in `Evidence.text`, or -1 for numbers from links and the URL. */
  readonly offset: number;
  readonly source: NumberSource;
  /** Letters for digits or enclosed digits: no honest page needs them. */
  readonly disguised: boolean;
}

export interface Evidence {
  readonly host: string;
  readonly language: string;
  readonly regions: readonly CountryCode[];
  /** Title and text as one string; offsets below point into it. */
  readonly text: string;
  readonly numbers: readonly FoundNumber[];
  readonly brands: readonly BrandMention[];
  readonly phrases: readonly PhraseHit[];
  /** Fields asking for the visitor's phone number (a call-back funnel). */
  readonly phoneFields: number;
  /** Quotations and sentences about scams (reported-speech.ts), sorted. */
  readonly reported: readonly TextSpan[];
  /** Quotations alone: quotation marks and quotation elements. */
  readonly quotations: readonly TextSpan[];
  /** What the page's markup says it is. */
  readonly kinds: readonly PageKind[];
  /** Messenger links without a number (m.me, t.me): a channel, but nothing to look up. */
  readonly messengerChannels: number;
}

/** Parsing with libphonenumber-js is what costs; this many runs per page at most. */
const MAX_RUNS = 300;
const MAX_FOUND_RUNS = 50_000;
const SHORT_NATIONAL = 9;

function isDisguisedWriting(written: string, language: string, letterDigits: boolean): boolean {
  if (letterDigits || /[\u2460-\u24FF\u2776-\u2793\uD835]/.test(written)) return true;
  // Full-width digits are ordinary typography in Japanese, a disguise anywhere else.
  return language !== 'ja' && /[\uFF10-\uFF19]/.test(written);
}

/**
 * Numbers in keypad letters (1-800-FLOWERS is ordinary American business, so no disguise) or in words (which
 * no honest page needs, so a disguise).
 */
function numbersInDisguise(text: string, regions: readonly CountryCode[]): { found: FoundNumber[]; covered: { start: number; end: number }[] } {
  const found: FoundNumber[] = [];
  const vanity = findVanityNumbers(text).map((n) => ({ ...n, disguised: false }));
  const spelled = findSpelledNumbers(text).map((n) => ({ ...n, disguised: true }));
  for (const { start, end, digits, disguised } of [...vanity, ...spelled]) {
    const written = text.slice(start, end);
    for (const parsed of parsePhones(digits, regions)) found.push({ parsed, written, offset: start, source: 'text', disguised });
  }
  return { found, covered: vanity };
}

function numbersInText(text: string, language: string, regions: readonly CountryCode[]): FoundNumber[] {
  const { found, covered } = numbersInDisguise(text, regions);
  // Every run is found (linear and cheap); only MAX_RUNS are parsed, the likeliest contacts first. Runs inside
  // a vanity number are its first digits, not a number of their own.
  let masked = text;
  for (const c of covered) masked = `${masked.slice(0, c.start)}${' '.repeat(c.end - c.start)}${masked.slice(c.end)}`;
  const runs = findNumberRuns(masked, MAX_FOUND_RUNS);
  const chosen = runs.length > MAX_RUNS ? prioritiseRuns(text, runs).slice(0, MAX_RUNS).sort((a, b) => a.start - b.start) : runs;
  for (const run of chosen) {
    const before = text.slice(Math.max(0, run.start - 40), run.start);
    if (isLabelledAsOtherNumber(before)) continue;
    const digits = run.folded.replace(/\D/g, '');
    if (looksLikeBookCode(digits)) continue;
    // Seven or eight digits in one unbroken block, with no "tel"/"call" in front, are more often a reference
    // number than a phone line; written in groups (0900-8844) they are read as numbers.
    if (digits.length < SHORT_NATIONAL && /^\d+$/.test(run.folded) && !hasPhoneCue(before)) continue;
    const written = text.slice(run.start, run.end);
    const disguised = isDisguisedWriting(written, language, run.hasLetterDigits);
    for (const parsed of parsePhones(run.folded, regions)) {
      found.push({ parsed, written, offset: run.start, source: 'text', disguised });
    }
  }
  return found;
}

function numbersInLinks(telLinks: readonly string[], regions: readonly CountryCode[]): FoundNumber[] {
  return telLinks.flatMap((href) => {
    const messenger = messengerContact(href);
    if (messenger) {
      const number = messenger.number;
      return number === undefined ? [] : parsePhones(number, regions).map((parsed) => ({ parsed, written: number, offset: -1, source: 'tel' as const, disguised: false }));
    }
    let value: string;
    try {
      value = decodeURIComponent(href.replace(/^tel:/i, '').split(/[;?,]/)[0] ?? '');
    } catch {
      return [];
    }
    return parsePhones(value, regions).map((parsed) => ({
      parsed, written: value, offset: -1, source: 'tel' as const, disguised: false,
    }));
  });
}

function numbersFromUrl(url: string, regions: readonly CountryCode[]): FoundNumber[] {
  return numbersInUrl(url).flatMap(({ value }) =>
    parsePhones(value, regions).map((parsed) => ({ parsed, written: value, offset: -1, source: 'url' as const, disguised: false })),
  );
}

function spansOf(text: string, quotes: readonly string[]): { reported: TextSpan[]; quotations: TextSpan[] } {
  const quotations = quotationSpans(text, quotes);
  return { quotations, reported: reportedSpans(text, quotations) };
}

export function collectEvidence(sample: PageSample): Evidence {
  // Text drawn right-to-left by an override is read the way the user sees it.
  const text = toVisualOrder(`${sample.title}\n${sample.text}`);
  const host = hostOf(sample.url) ?? '';
  const guessed = detectLanguage(text);
  const language = guessed === 'unknown' ? sample.lang.slice(0, 2).toLowerCase() : guessed;
  // The text's language leads (kits keep a template's lang="en"); the attribute's region ("nl-BE") still
  // says which country when it agrees with the text.
  const [attributeLanguage, attributeRegion] = sample.lang.toLowerCase().split(/[-_]/);
  const tag = guessed === 'unknown' || (guessed === attributeLanguage && attributeRegion) ? sample.lang : guessed;
  const regions = regionsForPage(tag, host);
  const folded = foldLookalikes(text);
  return {
    host,
    language,
    regions,
    text,
    numbers: [
      ...numbersInText(text, language, regions),
      ...numbersInLinks(sample.telLinks, regions),
      ...numbersFromUrl(sample.url, regions),
    ],
    brands: findBrands(text, folded),
    phrases: findPhrases(folded),
    phoneFields: sample.phoneFields,
    ...spansOf(text, sample.quotes ?? []),
    kinds: sample.kinds ?? [],
    messengerChannels: sample.telLinks.filter((href) => messengerContact(href)?.number === undefined && messengerContact(href) !== undefined).length,
  };
}
