/**
 * Property tests: whatever text a page holds, extraction and analysis return (never throw), stay within
 * their bounds, and do work in proportion to the input. The time bounds below are hang detectors, set a
 * hundred times above what a linear pass needs: a quadratic pass over these inputs would take hours.
 * Speed itself is measured by `npm run bench`, not here.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findNumberRuns, hasNumberRun, MAX_PHONE_DIGITS, MIN_PHONE_DIGITS, phoneShapedSpans } from '../../../src/core/phone/number-runs.ts';
import { foldLookalikes } from '../../../src/core/text/fold-lookalikes.ts';
import { analyzePage } from '../../../src/core/verdict/analyze-page.ts';
import { NO_LISTS } from '../../../src/core/verdict/number-lists.ts';
import { parseList } from '../../../src/core/blocklist/parse-list.ts';
import { ListError } from '../../../src/core/blocklist/list-errors.ts';

// Text that looks like the inside of a phone number, in every disguise the scanner knows, plus noise.
const phoneish = fc.stringMatching(/^[0-9０-９⒈-⒐⓪①-⑨OIl +().\-/–\u200B\u00A0a-z€,:#]{0,400}$/);
const anything = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 200 }), phoneish);

function elapsed(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

// Raw page text adds source line breaks and indentation inside numbers.
const rawPhoneish = fc.stringMatching(/^[0-9０-９⒈OoIl +().\-/\n\t a-z€,:#]{0,400}$/);
// Short strings from a few characters, so that runs broken by letters and long gaps actually occur.
const denseRuns = fc.stringMatching(/^[0-9Oo Il\n.-]{0,40}$/);

describe('number extraction properties', () => {
  it('the gate (hasNumberRun) opens exactly when the full scan finds a run, in rendered and raw text', () => {
    fc.assert(
      fc.property(fc.oneof(anything, rawPhoneish, denseRuns), fc.boolean(), (text, raw) => {
        expect(hasNumberRun(text, raw)).toBe(findNumberRuns(text, 400, raw).length > 0);
      }),
      { numRuns: 5000 },
    );
  });

  // Crowded pages are sampled around these spans (content/build-sample.ts): a run outside them would never
  // reach the background.
  it('every run the full scan finds lies inside a span of the gate pattern', () => {
    fc.assert(
      fc.property(fc.oneof(anything, rawPhoneish, denseRuns), fc.boolean(), (text, raw) => {
        const spans = phoneShapedSpans(text, 10_000);
        for (const run of findNumberRuns(text, 400, raw)) {
          // The pattern starts at the first real digit; a leading +, ( or letters standing in for digits
          // come before it.
          let firstDigit = run.start;
          while (/[+( OoIl\uFF0B\uFF08]/.test(text[firstDigit] ?? '')) firstDigit++;
          expect(spans.some((span) => span.start <= firstDigit && span.end >= run.end)).toBe(true);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('never throws, and every run is inside the text with a phone-sized digit count', () => {
    fc.assert(
      fc.property(anything, (text) => {
        for (const run of findNumberRuns(text)) {
          expect(run.start).toBeGreaterThanOrEqual(0);
          expect(run.end).toBeLessThanOrEqual(text.length);
          expect(run.start).toBeLessThan(run.end);
          expect(run.digitCount).toBeGreaterThanOrEqual(MIN_PHONE_DIGITS);
          expect(run.digitCount).toBeLessThanOrEqual(MAX_PHONE_DIGITS);
          expect(run.folded.replace(/\D/g, '')).toHaveLength(run.digitCount);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('analysis of any page returns a verdict', () => {
    fc.assert(
      fc.property(anything, anything, fc.webUrl(), (title, text, url) => {
        const verdict = analyzePage({ url, title, lang: 'en', text, telLinks: [text.slice(0, 40)], phoneFields: 0 }, { lists: NO_LISTS, behaviour: {}, options: { sensitivity: 'high' } });
        expect(['scam', 'suspicious', 'clean']).toContain(verdict.level);
        expect(Number.isFinite(verdict.score)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('folding keeps a monotone map back into the original text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const folded = foldLookalikes(text);
        expect(folded.origin.length).toBe(folded.text.length);
        for (let i = 1; i < folded.origin.length; i++) expect(folded.origin[i]).toBeGreaterThanOrEqual(folded.origin[i - 1] ?? 0);
        for (const o of folded.origin) expect(o).toBeLessThan(Math.max(1, text.length));
      }),
    );
  });

  it.each([
    ['a million digits', () => '7'.repeat(1_000_000)],
    ['megabytes of separators', () => `1${' -'.repeat(1_000_000)}2`],
    ['digit pairs between separators', () => '12 '.repeat(400_000)],
    ['letter-digits everywhere', () => '1O'.repeat(500_000)],
    ['alternating look-alike digits', () => '⒈０'.repeat(400_000)],
    ['numbers back to back', () => '+1 844 555 0147 '.repeat(60_000)],
  ])('scans %s in linear time', (_name, make) => {
    const small = make().slice(0, 250_000);
    const large = make();
    const tSmall = elapsed(() => findNumberRuns(small, 10_000));
    const tLarge = elapsed(() => findNumberRuns(large, 10_000));
    expect(tLarge).toBeLessThan(10_000);
    // Four times the input may cost at most about four times the time (ten for noise), never sixteen.
    expect(tLarge).toBeLessThan(10 * tSmall + 250);
  });

  it('analyses a megabyte of adversarial text in bounded time', () => {
    const text = `Microsoft ${'1O-'.repeat(100_000)} call ${'۰'.repeat(200_000)} M i c r o s o f t `.repeat(2);
    expect(elapsed(() => analyzePage({ url: 'http://x.test/', title: '', lang: '', text, telLinks: [], phoneFields: 0 }, { lists: NO_LISTS, behaviour: {}, options: { sensitivity: 'normal' } }))).toBeLessThan(20_000);
  });
});

describe('list parsing properties', () => {
  it('any input either parses or fails with a ListError, never anything else', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        try {
          parseList(text);
        } catch (error) {
          expect(error).toBeInstanceOf(ListError);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
